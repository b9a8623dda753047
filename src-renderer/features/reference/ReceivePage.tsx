import { Alert, Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { REFERENCE_BUNDLE_MODE_LABELS } from '../../../src-shared/contract/reference-bundles';
import { notifyError } from '../../api/notify';
import { formatInstant } from '../../app/format';
import { BundleDropzone, Fingerprint, useApi } from '../head-office';
import { CountsLine } from './reference-counts';
import { ReferenceTrustModal } from './ReferenceTrustModal';
import { type ImportOutcome, type PickedBundle, useReferenceImport } from './use-reference-import';

const STATES = {
  ready: { label: '可导入', color: 'green' },
  unknownKey: { label: '首次导入,需确认销售部公钥指纹', color: 'yellow' },
  rejected: { label: '不能导入', color: 'red' },
} as const;

function InspectedCard({
  picked,
  busy,
  onImport,
}: {
  picked: PickedBundle;
  busy: boolean;
  onImport: () => void;
}) {
  const b = picked.inspected;
  const s = STATES[b.state];
  return (
    <Paper withBorder p="md" component="section" aria-label="参考数据包">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{picked.fileName}</Text>
        <Badge variant="light" color={s.color}>
          {s.label}
        </Badge>
      </Group>
      {b.mode && (
        <Table variant="vertical" withTableBorder mb="sm" aria-label="数据包内容">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={140}>类型</Table.Th>
              <Table.Td>{REFERENCE_BUNDLE_MODE_LABELS[b.mode]}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>变更序号</Table.Th>
              <Table.Td>
                {b.fromSeq}→{b.toSeq}(本办事处现为第 {b.currentSeq} 号)
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>发布时间</Table.Th>
              <Table.Td>{formatInstant(b.createdAt)}</Table.Td>
            </Table.Tr>
            {b.counts && (
              <Table.Tr>
                <Table.Th>内容</Table.Th>
                <Table.Td>
                  <CountsLine counts={b.counts} />
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      )}
      {b.state === 'rejected' ? (
        <Alert color="red" title="该参考数据包不能导入" role="alert">
          {b.message ?? '参考数据包未通过核对,请向销售部重新索取。'}
        </Alert>
      ) : (
        <Button onClick={onImport} disabled={busy}>
          {b.state === 'unknownKey' ? '确认指纹并导入' : '导入参考数据'}
        </Button>
      )}
    </Paper>
  );
}

function OutcomeAlert({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.kind === 'cancelled')
    return (
      <Alert color="gray" role="status" title="已取消导入">
        参考数据没有改动。需要时请重新选择参考数据包导入。
      </Alert>
    );
  if (outcome.kind === 'failed')
    return (
      <Alert color="red" role="alert" title="未能导入">
        {outcome.message}
      </Alert>
    );
  const r = outcome.result;
  return (
    <Alert color="green" role="status" title={`参考数据已更新至第 ${r.toSeq} 号`}>
      <Stack gap={6}>
        <Text size="sm">
          已导入{REFERENCE_BUNDLE_MODE_LABELS[r.mode]}参考数据包(变更序号 {r.fromSeq}→{r.toSeq})
          {r.registeredFingerprint ? ',并已登记销售部的公钥' : ''}。
        </Text>
        <CountsLine counts={r.counts} />
      </Stack>
    </Alert>
  );
}

/**
 * 导入总部参考数据: the manager drops head office's reference bundle; it is checked, head office's
 * key is confirmed by phone on the first import, and the import runs with a progress bar.
 */
export function ReceivePage() {
  const { data: state, reload } = useApi('refBundles.state', {});
  const { picked, checking, job, outcome, pick, start, cancel } = useReferenceImport(reload);
  const [trusting, setTrusting] = useState<string | null>(null);
  // A fresh file input after each pick, so picking the same file again is noticed too.
  const [dropKey, setDropKey] = useState(0);
  const busy = checking || job !== null;
  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;

  return (
    <Stack maw={1000}>
      <Title order={3}>导入总部参考数据</Title>
      <Text size="sm" c="dimmed">
        销售部下发的参考数据(产品、规定价、经销商、发货明细)用于批号查询和窜货/低价核对。每个参考数据包都经签名核对后才导入,只接收比现有更新的数据。
      </Text>
      {state && (
        <Paper withBorder p="md" component="section" aria-label="当前参考数据">
          <Group align="flex-start" gap="xl">
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                当前参考数据
              </Text>
              <Text fw={600} aria-label="当前变更序号">
                {state.seq > 0 ? `第 ${state.seq} 号变更` : '尚未导入'}
              </Text>
              {state.importedAt && (
                <Text size="sm" c="dimmed">
                  {formatInstant(state.importedAt)} 导入
                </Text>
              )}
              {state.seq > 0 && <CountsLine counts={state.counts} />}
            </Stack>
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                已登记的销售部公钥
              </Text>
              {state.headOfficeFingerprint ? (
                <Fingerprint value={state.headOfficeFingerprint} />
              ) : (
                <Text size="sm">尚未登记(第一次导入时与销售部电话核对后登记)</Text>
              )}
            </Stack>
          </Group>
        </Paper>
      )}
      <BundleDropzone
        key={dropKey}
        onFiles={(files) => {
          setDropKey((k) => k + 1);
          if (files[0]) void pick(files[0]);
        }}
        disabled={busy}
        multiple={false}
        label="选择或拖入参考数据包"
        title="把销售部发来的参考数据包(reference-….zip)拖到这里,或点击这里选择文件"
        hint="一次导入一个。增量包须按顺序导入;缺了某次更新时,请向销售部索取全量包。"
      />
      {checking && (
        <Text size="sm" role="status">
          正在检查参考数据包…
        </Text>
      )}
      {picked && (
        <InspectedCard
          picked={picked}
          busy={busy}
          onImport={() =>
            picked.inspected.state === 'unknownKey' ? setTrusting(picked.inspected.fingerprint) : void start()
          }
        />
      )}
      {job && (
        <Paper withBorder p="md" role="status" aria-live="polite">
          <Group justify="space-between" mb="xs">
            <Text size="sm">
              正在导入:{job.label}(
              {job.total
                ? `${job.done.toLocaleString('zh-CN')}/${job.total.toLocaleString('zh-CN')} 行`
                : '…'}
              )
            </Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => void cancel().catch((e: unknown) => notifyError(e))}
            >
              取消导入
            </Button>
          </Group>
          <Progress value={percent} aria-label="导入进度" animated striped />
        </Paper>
      )}
      {outcome && <OutcomeAlert outcome={outcome} />}
      <ReferenceTrustModal
        fingerprint={trusting}
        onClose={() => setTrusting(null)}
        onConfirm={(fp) => {
          setTrusting(null);
          void start(fp);
        }}
      />
    </Stack>
  );
}
