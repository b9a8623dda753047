import { Checkbox, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { ReportSummary } from '../../../src-shared/contract';
import { getForm } from '../../../src-shared/domain/forms';
import { formatInstant } from '../../app/format';
import { StatusBadge } from './StatusBadge';

interface Props {
  rows: ReportSummary[];
  empty: string;
  /** Show the form's name (lists that mix forms). */
  showForm?: boolean;
  selected?: Set<number>;
  onSelectedChange?: (ids: Set<number>) => void;
}

/** Reports as rows; a click opens the report, and rows can be ticked for batch actions. */
export function ReportTable({ rows, empty, showForm, selected, onSelectedChange }: Props) {
  const navigate = useNavigate();
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>;
  const open = (r: ReportSummary) => navigate(`/reports/${r.formCode}/${r.author.id}/${r.periodKey}`);
  const toggle = (id: number) => {
    if (!selected || !onSelectedChange) return;
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectedChange(next);
  };
  const all = selected && rows.every((r) => selected.has(r.id));
  return (
    <Table striped highlightOnHover withTableBorder aria-label="报表列表">
      <Table.Thead>
        <Table.Tr>
          {selected && (
            <Table.Th w={36}>
              <Checkbox
                aria-label="全选"
                checked={all}
                indeterminate={!all && rows.some((r) => selected.has(r.id))}
                onChange={() => onSelectedChange?.(all ? new Set() : new Set(rows.map((r) => r.id)))}
              />
            </Table.Th>
          )}
          {showForm && <Table.Th>报表</Table.Th>}
          <Table.Th>期间</Table.Th>
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
            onClick={() => open(r)}
            onKeyDown={(e) => e.key === 'Enter' && open(r)}
          >
            {selected && (
              <Table.Td onClick={(e) => e.stopPropagation()}>
                <Checkbox
                  aria-label={`选择 ${r.author.name} ${r.periodLabel}`}
                  checked={selected.has(r.id)}
                  onChange={() => toggle(r.id)}
                />
              </Table.Td>
            )}
            {showForm && <Table.Td>{getForm(r.formCode).title}</Table.Td>}
            <Table.Td>{r.periodLabel}</Table.Td>
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
