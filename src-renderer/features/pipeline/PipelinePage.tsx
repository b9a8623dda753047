import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconPlus, IconSettings } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Opportunity, OpportunityDetail, PipelineSettings } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { useSession } from '../../app/session';
import { CreateOpportunityModal } from './CreateOpportunityModal';
import { GateModal } from './GateModal';
import { OpportunityDrawer } from './OpportunityDrawer';
import { PipelineBoard } from './PipelineBoard';
import { PipelineList } from './PipelineList';
import { PipelineReportButtons } from './PipelineReportButtons';
import { useStageMove } from './use-stage-move';

/**
 * 销售流程: the open opportunities on a board by stage (drag or keys to move, the SOP gate
 * checked on the way), a list with filters and totals, new opportunities, the funnel report.
 * `?open=<id>` opens one opportunity (the customer page links here).
 */
export function PipelinePage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const openId = Number(params.get('open')) || null;
  const [settings, setSettings] = useState<PipelineSettings | null>(null);
  const [board, setBoard] = useState<Opportunity[]>([]);
  const [version, setVersion] = useState(0);
  const [detail, setDetail] = useState<OpportunityDetail | null>(null);
  const [toChecklist, setToChecklist] = useState(false);
  const [creating, setCreating] = useState(false);
  const [focus, setFocus] = useState<{ id: number } | null>(null);

  useEffect(() => {
    api('pipeline.settings', {}).then(setSettings, notifyError);
  }, []);
  useEffect(() => {
    api('pipeline.list', { status: 'open' }).then(setBoard, notifyError);
  }, [version]);
  useEffect(() => {
    if (!openId) return setDetail(null);
    let live = true;
    api('pipeline.get', { id: openId }).then(
      (d) => live && setDetail(d),
      (err: unknown) => {
        notifyError(err, '未能打开商机');
        setParams({}, { replace: true });
      },
    );
    return () => {
      live = false;
    };
  }, [openId, setParams]);

  const open = useCallback(
    (id: number, checklist = false) => {
      setToChecklist(checklist);
      setParams({ open: String(id) });
    },
    [setParams],
  );
  const changed = useCallback((d: OpportunityDetail) => {
    setDetail((cur) => (cur && cur.opportunity.id === d.opportunity.id ? d : cur));
    setVersion((v) => v + 1);
  }, []);
  const moved = useCallback(
    (d: OpportunityDetail) => {
      setFocus({ id: d.opportunity.id });
      changed(d);
    },
    [changed],
  );
  const { refusal, move, override, dismiss } = useStageMove(moved);
  const stages = settings?.stages ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>销售流程</Title>
        <Group>
          <PipelineReportButtons />
          {user.role === 'manager' && (
            <Button
              component={Link}
              to="/pipeline/settings"
              variant="default"
              leftSection={<IconSettings size={16} />}
            >
              流程设置
            </Button>
          )}
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            新建商机
          </Button>
        </Group>
      </Group>
      <Tabs defaultValue="board" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="board">看板</Tabs.Tab>
          <Tabs.Tab value="list">列表</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board" pt="sm">
          {settings && (
            <PipelineBoard
              stages={stages}
              rows={board}
              onOpen={open}
              onMove={(o, to) => void move(o, to)}
              focus={detail || refusal || creating ? null : focus}
            />
          )}
          {settings && board.length === 0 && (
            <Text c="dimmed" mt="sm">
              还没有进行中的商机。点“新建商机”添加。
            </Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="list" pt="sm">
          <PipelineList stages={stages} onOpen={open} version={version} />
        </Tabs.Panel>
      </Tabs>
      {detail && (
        <OpportunityDrawer
          key={detail.opportunity.id}
          detail={detail}
          stages={stages}
          focusChecklist={toChecklist}
          onClose={() => {
            const id = detail.opportunity.id;
            setToChecklist(false);
            setParams({}, { replace: true });
            setFocus({ id });
          }}
          onChanged={changed}
          onMove={(o, to) => void move(o, to)}
        />
      )}
      {refusal && (
        <GateModal
          refusal={refusal}
          onClose={dismiss}
          onOpenChecklist={() => {
            dismiss();
            open(refusal.opportunity.id, true);
          }}
          onOverride={(reason) => override(refusal, reason)}
        />
      )}
      {creating && (
        <CreateOpportunityModal
          onClose={() => setCreating(false)}
          onCreated={(d) => {
            setCreating(false);
            setVersion((v) => v + 1);
            open(d.opportunity.id);
          }}
        />
      )}
    </Stack>
  );
}
