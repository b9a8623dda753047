import {
  Alert,
  Button,
  Code,
  Group,
  NumberInput,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { mailText } from '../../../src-shared/bundle/mail-text';
import {
  type BundleExportSummary,
  DEFAULT_MAX_PART_BYTES,
  type OutputOf,
} from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { useSession } from '../../app/session';
import { formatInstant, officeToday } from '../../app/format';
import { GapsTable } from './GapsTable';
import { OutboxFileActions, OutboxPanel } from './OutboxPanel';
import { useExportJob } from './use-export-job';

const MB = 1_000_000;

type Preview = OutputOf<'bundles.preview'>;
type Exported = OutputOf<'bundles.export'>;

function ContentsTable({ preview }: { preview: Preview }) {
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">
        数据包内容({preview.reportCount} 份报表,{preview.included.filter((f) => f.kind === 'document').length}{' '}
        个 Word 文件,另含数据文件与 summary.xlsx)
      </Text>
      <Table aria-label="数据包内容">
        <Table.Tbody>
          {preview.included.map((f) => (
            <Table.Tr key={f.fileName}>
              <Table.Td>{f.title}</Table.Td>
              <Table.Td>
                <Code>{f.fileName}</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** 月度报送: what the month's bundle holds and lacks, the export with its progress, and the outbox. */
export function BundlePage() {
  const { office } = useSession();
  const [month, setMonth] = useState<string | null>(
    dayjs(officeToday()).subtract(1, 'month').format('YYYY-MM-01'),
  );
  const [preview, setPreview] = useState<Preview | null>(null);
  const [exported, setExported] = useState<Exported | null>(null);
  const [exports, setExports] = useState<BundleExportSummary[]>([]);
  const [partMb, setPartMb] = useState<number>(DEFAULT_MAX_PART_BYTES / MB);
  const key = month?.slice(0, 7) ?? null;

  const refresh = useCallback(async () => {
    setExports(await api('bundles.list', {}));
    if (key) setPreview(await api('bundles.preview', { month: key }));
  }, [key]);

  useEffect(() => {
    setExported(null);
    setPreview(null);
    refresh().catch((err: unknown) => notifyError(err, '无法载入'));
  }, [refresh]);

  const { job, start, cancel } = useExportJob((ended) => {
    if (ended.state === 'done' && ended.result) {
      setExported(ended.result);
      notifyOk(`第 ${ended.result.revision} 版数据包已保存到发件箱,报表已标为已报送。`);
    } else if (ended.state === 'cancelled') {
      notifyOk('已取消导出,没有保存任何文件,报表状态未改变。');
    } else if (ended.error) {
      notifyError(new Error(ended.error.message), '未能导出');
    }
    void refresh().catch(() => undefined);
  });

  const doExport = async () => {
    if (!key) return;
    setExported(null);
    try {
      await start(key, Math.round(partMb * MB));
    } catch (err) {
      notifyError(err, '未能开始导出');
    }
  };

  const copyMail = async () => {
    if (!preview || !exported) return;
    const { subject, body } = mailText({
      regionName: office.regionName,
      officeName: office.officeName,
      phone: office.phone,
      fax: office.fax,
      monthLabel: preview.monthLabel,
      ...exported,
    });
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      notifyOk('邮件主题和正文已复制,请在邮件中粘贴并附上发件箱中的文件。');
    } catch {
      notifyError(new Error('无法写入剪贴板,请改用“邮件草稿”。'));
    }
  };

  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <Stack maw={1100}>
      <Title order={3}>月度报送</Title>
      <Group align="flex-end">
        <MonthPickerInput
          label="月份"
          valueFormat="YYYY年M月"
          value={month}
          onChange={setMonth}
          w={160}
          disabled={job !== null}
        />
        {preview && (
          <Text size="sm" c="dimmed">
            报销售部截止:{formatInstant(preview.headOfficeDueAt)} · 将导出第 {preview.revision} 版
          </Text>
        )}
      </Group>
      {preview && (
        <>
          <ContentsTable preview={preview} />
          <GapsTable gaps={preview.gaps} />
          <Group justify="flex-end" align="flex-end">
            <NumberInput
              label="超过此大小分卷(MB)"
              description="邮箱附件上限 25 MB 时用默认 18"
              value={partMb}
              onChange={(v) => setPartMb(typeof v === 'number' && v > 0 ? v : DEFAULT_MAX_PART_BYTES / MB)}
              min={1}
              max={2000}
              w={200}
              disabled={job !== null}
            />
            <Button onClick={() => void doExport()} disabled={job !== null}>
              {preview.gaps.length ? '连同缺报清单导出数据包' : '导出数据包'}
            </Button>
          </Group>
        </>
      )}
      {job && (
        <Paper withBorder p="md" role="status" aria-live="polite">
          <Group justify="space-between" mb="xs">
            <Text size="sm">
              正在导出:{job.label}({job.done}/{job.total || '…'})
            </Text>
            <Button size="xs" variant="default" onClick={() => void cancel().catch(notifyError)}>
              取消导出
            </Button>
          </Group>
          <Progress value={percent} aria-label="导出进度" animated striped />
        </Paper>
      )}
      {exported && (
        <Alert color="green" title={`第 ${exported.revision} 版已保存到发件箱`} role="status">
          <Text size="sm">
            文件夹:<Code>{exported.outboxDir}</Code>
          </Text>
          {exported.files.map((f) => (
            <Group key={f.fileName} gap="xs">
              <Text size="sm">
                {f.fileName}({Math.ceil(f.bytes / 1024)} KB)
              </Text>
              <OutboxFileActions month={exported.month} revision={exported.revision} fileName={f.fileName} />
            </Group>
          ))}
          <Text size="sm" mt="xs">
            校验码(SHA-256):<Code>{exported.sha256}</Code>
          </Text>
          <Group mt="sm">
            <Button size="xs" variant="light" onClick={() => void copyMail()}>
              复制邮件主题和正文
            </Button>
          </Group>
        </Alert>
      )}
      <OutboxPanel exports={exports} folder={exported?.outboxDir ?? null} />
    </Stack>
  );
}
