import { Paper, Table, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { STATUS_LABELS } from '../../../src-shared/domain/report-status';
import { api } from '../../api/client';
import { formatInstant } from '../home/format';

const ACTIONS = { submit: '提交', return: '退回', approve: '审核通过', decide: '批复' } as const;

/** Every submitted and reviewed version of a report, oldest first. */
export function VersionHistory({ reportId, version }: { reportId: number; version: number }) {
  const [rows, setRows] = useState<OutputOf<'reports.versions'>>([]);
  useEffect(() => {
    api('reports.versions', { id: reportId }).then(setRows, () => setRows([]));
  }, [reportId, version]);
  if (rows.length === 0) return null;
  return (
    <Paper withBorder p="md" className="no-print">
      <Title order={5} mb="xs">
        版本记录
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>时间</Table.Th>
            <Table.Th>操作</Table.Th>
            <Table.Th>操作人</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>意见</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((v) => (
            <Table.Tr key={v.version}>
              <Table.Td>{formatInstant(v.at)}</Table.Td>
              <Table.Td>{ACTIONS[v.action]}</Table.Td>
              <Table.Td>{v.actor.name}</Table.Td>
              <Table.Td>{STATUS_LABELS[v.status]}</Table.Td>
              <Table.Td>{v.comment ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
