import { Button, Modal, Paper, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { diffFormData, type FormDef } from '../../../src-shared/domain/forms';
import { STATUS_LABELS } from '../../../src-shared/domain/report-status';
import { api } from '../../api/client';
import { formatInstant } from '../../app/format';

const ACTIONS = {
  submit: '提交',
  return: '退回',
  approve: '审核通过',
  decide: '批复',
  send: '报送销售部',
} as const;

type Versions = OutputOf<'reports.versions'>;

/** Every submitted, reviewed and decided version of a report, oldest first; any two can be compared. */
export function VersionHistory({
  form,
  reportId,
  eventKey,
}: {
  form: FormDef;
  reportId: number;
  /** Changes with each event that adds a version. */
  eventKey: string;
}) {
  const [rows, setRows] = useState<Versions>([]);
  const [compare, setCompare] = useState<[Versions[number], Versions[number]] | null>(null);
  useEffect(() => {
    api('reports.versions', { id: reportId }).then(setRows, () => setRows([]));
  }, [reportId, eventKey]);
  if (rows.length === 0) return null;
  // The version to compare with is the previous one whose content differs (a review keeps the content).
  const previousContent = (i: number) => {
    for (let j = i - 1; j >= 0; j--)
      if (JSON.stringify(rows[j]!.data) !== JSON.stringify(rows[i]!.data)) return rows[j];
    return undefined;
  };
  const changes = compare ? diffFormData(form, compare[0].data, compare[1].data) : [];
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
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((v, i) => {
            const prev = previousContent(i);
            return (
              <Table.Tr key={v.version}>
                <Table.Td>{formatInstant(v.at)}</Table.Td>
                <Table.Td>{ACTIONS[v.action]}</Table.Td>
                <Table.Td>{v.actor.name}</Table.Td>
                <Table.Td>{STATUS_LABELS[v.status]}</Table.Td>
                <Table.Td>{v.comment ?? ''}</Table.Td>
                <Table.Td>
                  {prev && (
                    <Button size="compact-xs" variant="subtle" onClick={() => setCompare([prev, v])}>
                      与上一版对比
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {compare && (
        <Modal opened onClose={() => setCompare(null)} title="版本对比" size="xl">
          <Text size="sm" c="dimmed" mb="xs">
            {formatInstant(compare[0].at)} {ACTIONS[compare[0].action]} → {formatInstant(compare[1].at)}{' '}
            {ACTIONS[compare[1].action]}
          </Text>
          {changes.length === 0 ? (
            <Text>两个版本内容相同。</Text>
          ) : (
            <Table withTableBorder aria-label="版本差异">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>栏目</Table.Th>
                  <Table.Th>修改前</Table.Th>
                  <Table.Th>修改后</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((c) => (
                  <Table.Tr key={c.label}>
                    <Table.Td>{c.label}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', textDecoration: 'line-through' }}>
                      {c.before}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.after}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Modal>
      )}
    </Paper>
  );
}
