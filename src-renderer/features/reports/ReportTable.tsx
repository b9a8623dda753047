import { Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { ReportSummary } from '../../../src-shared/contract';
import { formatInstant, formatPeriodKey } from '../home/format';
import { StatusBadge } from './StatusBadge';

/** Reports as rows; a click opens the report. */
export function ReportTable({ rows, empty }: { rows: ReportSummary[]; empty: string }) {
  const navigate = useNavigate();
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Table striped highlightOnHover withTableBorder aria-label="报表列表">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>日期</Table.Th>
          <Table.Th>填表人</Table.Th>
          <Table.Th>内容</Table.Th>
          <Table.Th>状态</Table.Th>
          <Table.Th>提交时间</Table.Th>
          <Table.Th>按时</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr
            key={r.id}
            style={{ cursor: 'pointer' }}
            tabIndex={0}
            onClick={() => navigate(`/reports/${r.formCode}/${r.author.id}/${r.periodKey}`)}
            onKeyDown={(e) =>
              e.key === 'Enter' && navigate(`/reports/${r.formCode}/${r.author.id}/${r.periodKey}`)
            }
          >
            <Table.Td>{formatPeriodKey(r.periodKey)}</Table.Td>
            <Table.Td>{r.author.name}</Table.Td>
            <Table.Td>{r.headline}</Table.Td>
            <Table.Td>
              <StatusBadge status={r.status} />
            </Table.Td>
            <Table.Td>{formatInstant(r.submittedAt)}</Table.Td>
            <Table.Td>
              {r.onTime === null ? (
                ''
              ) : r.onTime ? (
                '按时'
              ) : (
                <Text c="red" size="sm">
                  逾期
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
