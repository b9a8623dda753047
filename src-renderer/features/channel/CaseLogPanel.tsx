import { Alert, Code, Paper, Table, Text, Title } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import type { CaseDetail } from '../../../src-shared/contract/channel';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../src-shared/domain/channel';
import { formatInstant } from '../../app/format';
import { LOG_KIND_LABELS } from './case-labels';

type Entry = CaseDetail['log'][number];

function summary(e: Entry): string {
  const d = (e.data ?? {}) as Record<string, unknown>;
  const status = (s: unknown) => CASE_STATUS_LABELS[s as CaseStatus] ?? String(s);
  switch (e.kind) {
    case 'moved':
      return `${status(d.from)} → ${status(d.to)}${d.note ? `:${String(d.note)}` : ''}`;
    case 'decided':
      return `${d.outcome === 'confirmed' ? '成立' : '不成立'}:${String(d.verification ?? '')}`;
    case 'evidence':
      return String(d.fileName ?? '');
    case 'edited':
      return `修改了 ${Object.keys(d).length} 项`;
    default:
      return '';
  }
}

/** 案件日志: each change, hash-chained; the chain's check says whether anything was altered. */
export function CaseLogPanel({ detail }: { detail: CaseDetail }) {
  const broken = detail.logProblems.length > 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-log">
      <Title order={4} id="case-log" mb="sm">
        案件日志
      </Title>
      {broken ? (
        <Alert color="red" icon={<IconShieldX />} title="日志校验未通过:记录可能被改动过" mb="sm">
          {detail.logProblems.map((p) => (
            <Text key={p} size="sm">
              {p}
            </Text>
          ))}
        </Alert>
      ) : (
        <Alert color="green" icon={<IconShieldCheck />} mb="sm" variant="light">
          日志完整:共 {detail.log.length} 条,哈希链校验通过。
        </Alert>
      )}
      <Table aria-label="案件日志">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>序号</Table.Th>
            <Table.Th>时间</Table.Th>
            <Table.Th>操作人</Table.Th>
            <Table.Th>事项</Table.Th>
            <Table.Th>内容</Table.Th>
            <Table.Th>哈希</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {detail.log.map((e) => (
            <Table.Tr key={e.seq}>
              <Table.Td>{e.seq}</Table.Td>
              <Table.Td>{formatInstant(e.at)}</Table.Td>
              <Table.Td>{e.byName}</Table.Td>
              <Table.Td>{LOG_KIND_LABELS[e.kind] ?? e.kind}</Table.Td>
              <Table.Td>{summary(e)}</Table.Td>
              <Table.Td>
                <Code title={e.hash}>{e.hash.slice(0, 12)}</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
