import { Alert, Badge, Button, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError, notifyOk } from '../../api/notify';
import { useSession } from '../../app/session';
import { formatInstant } from '../home/format';
import { mailText } from './mail-text';

const GAP_COLORS = { missing: 'red', late: 'orange', notApproved: 'yellow' } as const;
const GAP_LABELS = { missing: '缺报', late: '逾期', notApproved: '未审核' } as const;

/** 月度报送: what the month's bundle holds and lacks, then the signed bundle in the outbox. */
export function BundlePage() {
  const { office } = useSession();
  const [month, setMonth] = useState<string | null>(dayjs().subtract(1, 'month').format('YYYY-MM-01'));
  const [preview, setPreview] = useState<OutputOf<'bundles.preview'> | null>(null);
  const [exported, setExported] = useState<OutputOf<'bundles.export'> | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setExported(null);
    if (!month) return;
    api('bundles.preview', { month: month.slice(0, 7) }).then(setPreview, (err: unknown) => {
      setPreview(null);
      notifyError(err);
    });
  }, [month]);

  const doExport = async () => {
    if (!month) return;
    setBusy(true);
    try {
      setExported(await api('bundles.export', { month: month.slice(0, 7) }));
      notifyOk('数据包已保存到发件箱,报表已标为已报送。');
    } catch (err) {
      notifyError(err, '未能导出');
    } finally {
      setBusy(false);
    }
  };

  const copyMail = async () => {
    if (!preview || !exported) return;
    const { subject, body } = mailText(office, preview, exported);
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      notifyOk('邮件主题和正文已复制,请在邮件中粘贴并附上发件箱中的文件。');
    } catch {
      notifyError(new Error('无法写入剪贴板,请手动复制下方文字。'));
    }
  };

  return (
    <Stack maw={1000}>
      <Title order={3}>月度报送</Title>
      <Group align="flex-end">
        <MonthPickerInput label="月份" valueFormat="YYYY年M月" value={month} onChange={setMonth} w={160} />
        {preview && (
          <Text size="sm" c="dimmed">
            报销售部截止:{formatInstant(preview.headOfficeDueAt)} · 将导出第 {preview.revision} 版
          </Text>
        )}
      </Group>
      {preview && (
        <>
          <Paper withBorder p="md">
            <Text fw={600} mb="xs">
              数据包内容({preview.reportCount} 份报表,{preview.included.length} 个 Word 文件,另含数据文件与
              summary.xlsx)
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
          <Paper withBorder p="md">
            <Text fw={600} mb="xs">
              缺报、逾期与未审核({preview.gaps.length})
            </Text>
            {preview.gaps.length === 0 ? (
              <Text c="dimmed">本月报表齐全。</Text>
            ) : (
              <Table aria-label="缺报与逾期">
                <Table.Tbody>
                  {preview.gaps.map((g) => (
                    <Table.Tr key={`${g.formCode}-${g.authorId}-${g.periodKey}`}>
                      <Table.Td>
                        <Badge color={GAP_COLORS[g.state]} variant="light">
                          {GAP_LABELS[g.state]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{g.authorName}</Table.Td>
                      <Table.Td>{g.periodLabel}</Table.Td>
                      <Table.Td>{g.note}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
          <Group justify="flex-end">
            <Button onClick={() => void doExport()} loading={busy}>
              {preview.gaps.length ? '连同缺报清单导出数据包' : '导出数据包'}
            </Button>
          </Group>
        </>
      )}
      {exported && preview && (
        <Alert color="green" title={`第 ${exported.revision} 版已保存到发件箱`} role="status">
          <Text size="sm">文件夹:{exported.outboxDir}</Text>
          {exported.files.map((f) => (
            <Text size="sm" key={f.fileName}>
              {f.fileName}({Math.ceil(f.bytes / 1024)} KB)
            </Text>
          ))}
          <Group mt="sm">
            <Button size="xs" variant="light" onClick={() => void copyMail()}>
              复制邮件主题和正文
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
