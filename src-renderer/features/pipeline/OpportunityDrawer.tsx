import { Alert, Badge, Button, Divider, Drawer, Group, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import {
  OPPORTUNITY_STATUS_LABELS,
  type Opportunity,
  type OpportunityDetail,
  type StageDef,
} from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyOk } from '../../api/notify';
import { formatInstant, formatYuan } from '../../app/format';
import { useSession } from '../../app/session';
import { ChecklistPanel } from './ChecklistPanel';
import { OpportunityEditForm } from './OpportunityEditForm';
import { OpportunityHistory } from './OpportunityHistory';
import { ReasonModal } from './ReasonModal';
import { daysInStageText, neighbourStage } from './stage-order';

const STATUS_COLORS = { open: 'blue', won: 'green', lost: 'gray' } as const;

type Step = 'won' | 'lost' | 'reopen';
const STEPS: Record<Step, { title: string; label: string; hint: string; confirm: string }> = {
  won: {
    title: '赢单',
    label: '赢单原因',
    hint: '赢单后商机离开看板,赢单概率记为 100%。',
    confirm: '确认赢单',
  },
  lost: {
    title: '丢单',
    label: '丢单原因',
    hint: '如:价格高于竞品、客户预算取消。丢单后商机离开看板。',
    confirm: '确认丢单',
  },
  reopen: {
    title: '重新打开商机',
    label: '重新打开的原因',
    hint: '商机回到关闭前的阶段,重新出现在看板上。',
    confirm: '重新打开',
  },
};

interface Props {
  detail: OpportunityDetail;
  stages: readonly StageDef[];
  /** Opened from the gate dialog: the first missing item gets the focus. */
  focusChecklist: boolean;
  onClose: () => void;
  onChanged: (detail: OpportunityDetail) => void;
  onMove: (o: Opportunity, to: StageDef) => void;
}

/**
 * One opportunity: its fields, where it stands in the stages, the SOP checklist with evidence,
 * linked visits and history; 赢单/丢单 with a reason, and 重新打开 for the manager.
 */
export function OpportunityDrawer({ detail, stages, focusChecklist, onClose, onChanged, onMove }: Props) {
  const { user } = useSession();
  const [step, setStep] = useState<Step | null>(null);
  const o = detail.opportunity;
  const open = o.status === 'open';
  const next = open ? neighbourStage(stages, o.stage, 1) : undefined;
  const current = stages.findIndex((s) => s.key === o.stage);

  const finish = async (reason: string) => {
    const s = step!;
    const d =
      s === 'reopen'
        ? await api('pipeline.reopen', { id: o.id, reason })
        : await api('pipeline.close', { id: o.id, outcome: s, reason });
    setStep(null);
    notifyOk(s === 'reopen' ? '商机已重新打开。' : `商机已记为${STEPS[s].title}。`);
    onChanged(d);
  };

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={760}
      title={
        <Text fw={700} size="lg">
          {o.customerName} · {o.title}
        </Text>
      }
    >
      <Stack>
        <Group gap="xs">
          <Badge color={STATUS_COLORS[o.status]}>{OPPORTUNITY_STATUS_LABELS[o.status]}</Badge>
          <Badge variant="light">{o.stageName}</Badge>
          <Text size="sm">赢单概率 {o.probability}%</Text>
          <Text size="sm">· {formatYuan(o.amount)} 元</Text>
          <Text size="sm">· 负责人 {o.ownerName}</Text>
          {open && (
            <Badge color={o.overLimit ? 'red' : 'gray'} variant={o.overLimit ? 'filled' : 'light'}>
              本阶段{daysInStageText(o)}
            </Badge>
          )}
        </Group>
        <Stepper
          active={o.status === 'won' ? stages.length : current}
          size="xs"
          iconSize={24}
          allowNextStepsSelect={false}
        >
          {stages.map((s) => (
            <Stepper.Step key={s.key} label={s.name} description={`${s.probability}%`} />
          ))}
        </Stepper>
        {!open && (
          <Alert
            color={o.status === 'won' ? 'green' : 'gray'}
            title={`${OPPORTUNITY_STATUS_LABELS[o.status]} · ${formatInstant(o.closedAt)}`}
          >
            原因:{o.closedReason}
          </Alert>
        )}
        <Group>
          {next && <Button onClick={() => onMove(o, next)}>推进到“{next.name}”</Button>}
          {open && (
            <>
              <Button variant="light" color="green" onClick={() => setStep('won')}>
                赢单
              </Button>
              <Button variant="light" color="gray" onClick={() => setStep('lost')}>
                丢单
              </Button>
            </>
          )}
          {!open && user.role === 'manager' && (
            <Button variant="light" onClick={() => setStep('reopen')}>
              重新打开
            </Button>
          )}
        </Group>
        <Divider />
        <OpportunityEditForm key={o.updatedAt} opportunity={o} onSaved={onChanged} />
        <Divider />
        <ChecklistPanel
          detail={detail}
          stages={stages}
          readOnly={!open}
          focusMissing={focusChecklist}
          onChanged={onChanged}
        />
        <Divider />
        <OpportunityHistory detail={detail} stages={stages} />
      </Stack>
      {step && <ReasonModal {...STEPS[step]} onClose={() => setStep(null)} onSubmit={finish} />}
    </Drawer>
  );
}
