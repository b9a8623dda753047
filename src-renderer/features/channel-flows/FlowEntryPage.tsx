import { Alert, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import {
  IconArrowLeft,
  IconDeviceFloppy,
  IconDownload,
  IconFileSpreadsheet,
  IconPrinter,
} from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { FlowDetail } from '../../../src-shared/contract/channel';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { api, ApiCallError, deliverFile } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { formatClock, officeToday } from '../../app/format';
import { useSession } from '../../app/session';
import { PrintPreviewModal } from '../documents';
import {
  draftOf,
  dropLocalDraft,
  type FlowDraft,
  gridErrors,
  loadLocalDraft,
  newLine,
  sameDraft,
  saveLocalDraft,
  toSaveInput,
} from './flow-draft';
import { FlowGrid } from './FlowGrid';
import { FLOW_PATHS, monthLabel, monthParam } from './flow-paths';
import { FlowReconciliation } from './FlowReconciliation';

interface Dealer {
  code: string;
  name: string;
  due: string;
}

const emptyDraft = (month: string): FlowDraft => {
  const today = officeToday();
  return { submittedOn: today < `${month}-01` ? `${month}-01` : today, note: '', lines: [newLine()] };
};

/**
 * One dealer's 商品流向单 of a month, typed from its paper into a grid. Until it is saved the
 * draft is kept on this PC (and offered back on the next visit); leaving with unsaved changes
 * asks first. Once saved, the reconciliation per batch and per buyer shows below.
 */
export function FlowEntryPage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const params = useParams();
  const dealerCode = params.dealer ?? '';
  const month = monthParam(params.month);
  const canEdit = user.role === 'manager' || user.role === 'clerk';

  const [dealer, setDealer] = useState<Dealer | null>(null);
  const [missingDealer, setMissingDealer] = useState(false);
  const [stored, setStored] = useState<FlowDetail | null>(null);
  const [saved, setSaved] = useState<FlowDraft | null>(null);
  const [draft, setDraft] = useState<FlowDraft | null>(null);
  const [restored, setRestored] = useState(false);
  const [keptAt, setKeptAt] = useState<Date | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [leaving, setLeaving] = useState<string | null>(null);
  const [preview, setPreview] = useState<DocModel | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const overview = await api('channel.flowMonth', { month });
        const d = overview.dealers.find((x) => x.code === dealerCode);
        if (!live) return;
        if (!d) return setMissingDealer(true);
        setDealer({ code: d.code, name: d.name, due: overview.due });
        let flow: FlowDetail | null = null;
        try {
          flow = await api('channel.flow', { dealerCode, month });
        } catch (err) {
          if (!(err instanceof ApiCallError && err.error.code === 'NOT_FOUND')) throw err;
        }
        if (!live) return;
        const base = flow ? draftOf(flow) : emptyDraft(month);
        const local = canEdit ? loadLocalDraft(dealerCode, month) : null;
        setStored(flow);
        setSaved(base);
        setRestored(local !== null && !sameDraft(local, base));
        setDraft(local && !sameDraft(local, base) ? local : base);
      } catch (err) {
        notifyError(err, '流向单未能载入');
      }
    })();
    return () => {
      live = false;
    };
  }, [dealerCode, month, canEdit]);

  const dirty = draft !== null && saved !== null && !sameDraft(draft, saved);

  // The unsaved draft is kept on this PC as it is typed, and dropped once it equals what is stored.
  useEffect(() => {
    if (!draft || !saved || !canEdit) return;
    if (dirty) {
      saveLocalDraft(dealerCode, month, draft);
      setKeptAt(new Date());
    } else dropLocalDraft(dealerCode, month);
  }, [draft, saved, dirty, dealerCode, month, canEdit]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const update = useCallback((next: Partial<FlowDraft>) => {
    setDraft((d) => (d ? { ...d, ...next } : d));
  }, []);

  const leave = (to: string) => (dirty ? setLeaving(to) : navigate(to));

  const discard = () => {
    dropLocalDraft(dealerCode, month);
    setDraft(saved);
    setErrors({});
    setRestored(false);
  };

  const save = async () => {
    if (!draft) return;
    const { input, errors: found } = toSaveInput(dealerCode, month, draft);
    setErrors(found);
    const count = Object.keys(found).length;
    if (count > 0) {
      notifyError(new Error(`有 ${count} 处需要改正,已在对应的格子下标出。`), '流向单未保存');
      return;
    }
    setSaving(true);
    try {
      const flow = await api('channel.saveFlow', input);
      const next = draftOf(flow);
      dropLocalDraft(dealerCode, month);
      setStored(flow);
      setSaved(next);
      setDraft(next);
      setRestored(false);
      notifyOk(flow.ok ? '流向单已保存,对账相符。' : '流向单已保存,对账有异常,请查看下方标红的项目。');
    } catch (err) {
      if (err instanceof ApiCallError && err.error.fields) setErrors(gridErrors(draft, err.error.fields));
      notifyError(err, '流向单未保存');
    } finally {
      setSaving(false);
    }
  };

  // Paper is printed from what is saved; unsaved changes are saved first.
  const printPreview = async () => {
    try {
      setPreview(await api('channel.flowSheet', { dealerCode, month }));
    } catch (err) {
      notifyError(err, '打印预览未能打开');
    }
  };
  const downloadWord = async () => {
    try {
      await deliverFile(await api('channel.flowSheetDocx', { dealerCode, month }));
    } catch (err) {
      notifyError(err, '流向单 Word 文件未能生成');
    }
  };

  if (missingDealer)
    return (
      <Alert color="red" title="找不到该经销商" maw={720}>
        经销商“{dealerCode}”不是本区域的经销商,请从商品流向单月度列表中选择。
        <Group mt="sm">
          <Button component={Link} to={FLOW_PATHS.month(month)} variant="light">
            返回月度列表
          </Button>
        </Group>
      </Alert>
    );

  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Button
          variant="subtle"
          leftSection={<IconArrowLeft size={16} />}
          onClick={() => leave(FLOW_PATHS.month(month))}
        >
          返回月度列表
        </Button>
        <Group gap="xs">
          {stored && (
            <>
              <Button
                variant="default"
                leftSection={<IconPrinter size={16} />}
                disabled={dirty}
                title={dirty ? '请先保存流向单再打印' : undefined}
                onClick={() => void printPreview()}
              >
                打印预览
              </Button>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                disabled={dirty}
                title={dirty ? '请先保存流向单再下载' : undefined}
                onClick={() => void downloadWord()}
              >
                下载Word
              </Button>
            </>
          )}
          {canEdit && (
            <Button
              variant="light"
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={() => leave(FLOW_PATHS.import(month, dealerCode))}
            >
              从 Excel 导入
            </Button>
          )}
        </Group>
      </Group>
      <Stack gap={2}>
        <Title order={3}>
          商品流向单 · {dealer?.name ?? dealerCode} · {monthLabel(month)}
        </Title>
        <Text size="sm" c="dimmed">
          经销商编码 {dealerCode}
          {dealer && `,应于 ${dealer.due} 前提交`}
          {stored ? `;已于 ${stored.submittedOn} 收到并录入` : ';尚未录入'}
        </Text>
      </Stack>

      {restored && (
        <Alert color="yellow" title="已恢复本机上未保存的草稿">
          <Group justify="space-between">
            <Text size="sm">上次录入的内容还没有保存,已恢复。核对后请按“保存流向单”。</Text>
            <Button size="xs" variant="default" onClick={discard}>
              放弃草稿
            </Button>
          </Group>
        </Alert>
      )}

      {draft && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group align="flex-start">
              <DateInput
                label="收到日期"
                description="经销商交来流向单的日期"
                valueFormat="YYYY-MM-DD"
                w={170}
                readOnly={!canEdit}
                value={draft.submittedOn || null}
                onChange={(v) => update({ submittedOn: v ? String(v).slice(0, 10) : '' })}
                error={errors.submittedOn}
                withAsterisk
              />
              <TextInput
                label="备注"
                description="如:传真件,原件后补"
                style={{ flex: 1 }}
                maw={520}
                readOnly={!canEdit}
                value={draft.note}
                onChange={(e) => update({ note: e.currentTarget.value })}
                error={errors.note}
              />
            </Group>
            {errors.lines && (
              <Text c="red" size="sm" role="alert">
                {errors.lines}
              </Text>
            )}
            <FlowGrid
              month={month}
              lines={draft.lines}
              onChange={(lines) => update({ lines })}
              errors={errors}
              readOnly={!canEdit}
            />
            {canEdit && (
              <Group>
                <Button
                  leftSection={<IconDeviceFloppy size={16} />}
                  loading={saving}
                  onClick={() => void save()}
                  disabled={!dirty && stored !== null}
                >
                  保存流向单
                </Button>
                <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} aria-live="polite">
                  {dirty
                    ? `有未保存的改动${keptAt ? `,草稿已存于本机(${formatClock(keptAt)})` : ''}`
                    : stored
                      ? '已保存'
                      : ''}
                </Text>
              </Group>
            )}
          </Stack>
        </Paper>
      )}

      {stored && <FlowReconciliation flow={stored} />}

      {preview && (
        <PrintPreviewModal
          opened
          onClose={() => setPreview(null)}
          model={preview}
          title={`商品流向单 · ${stored?.dealerName ?? dealerCode} · ${monthLabel(month)} 打印预览`}
        />
      )}

      <Modal opened={leaving !== null} onClose={() => setLeaving(null)} title="流向单还没有保存">
        <Text size="sm">改动还没有保存到系统。草稿已存于本机,下次打开这张流向单时会恢复;要现在离开吗?</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setLeaving(null)}>
            继续录入
          </Button>
          <Button color="orange" onClick={() => leaving && navigate(leaving)}>
            离开
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
