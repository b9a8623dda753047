import { Button, Paper, Table, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { getForm } from '../../../src-shared/domain/forms';
import { api } from '../../api/client';
import { formatInstant } from '../../app/format';
import { PrintPreviewModal } from '../documents';
import { StatusBadge } from '../reports';
import { OnTimeBadge } from './badges';
import type { HqBundle } from './BundleHeader';
import { useBusyAction } from './use-api';

/** The bundle's reports; each prints as the office printed it. */
export function BundleReportsTable({ reports }: { reports: HqBundle['reports'] }) {
  const [preview, setPreview] = useState<{ title: string; model: DocModel } | null>(null);
  const { busy, run } = useBusyAction<number>();

  const open = (r: HqBundle['reports'][number]) =>
    run(
      r.id,
      async () =>
        setPreview({
          title: `${getForm(r.formCode).title} ${r.periodLabel} ${r.authorName} 打印预览`,
          model: await api('hq.reports.preview', { reportId: r.id }),
        }),
      '未能打开预览',
    );

  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">
        报表（{reports.length}）
      </Text>
      {reports.length === 0 ? (
        <Text c="dimmed">这个数据包没有报表。</Text>
      ) : (
        <Table aria-label="数据包中的报表">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>报表</Table.Th>
              <Table.Th>期间</Table.Th>
              <Table.Th>填报人</Table.Th>
              <Table.Th>状态</Table.Th>
              <Table.Th>按时</Table.Th>
              <Table.Th>提交时间</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reports.map((r) => {
              const title = getForm(r.formCode).title;
              return (
                <Table.Tr key={r.id}>
                  <Table.Td>{title}</Table.Td>
                  <Table.Td>{r.periodLabel}</Table.Td>
                  <Table.Td>{r.authorName}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td>
                    <OnTimeBadge onTime={r.onTime} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(r.submittedAt) || '—'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPrinter size={14} />}
                      loading={busy === r.id}
                      onClick={() => void open(r)}
                      aria-label={`预览/打印 ${title} ${r.periodLabel} ${r.authorName}`}
                    >
                      预览/打印
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {preview && (
        <PrintPreviewModal
          opened
          model={preview.model}
          title={preview.title}
          onClose={() => setPreview(null)}
        />
      )}
    </Paper>
  );
}
