import { Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { formatYuan, officeToday } from '../../app/format';
import { KPI_COLUMNS, showKpi } from './kpi-columns';
import { ScoreBars } from './ScoreBars';

/** The periods to rank: this year's and last year's quarters and the two years, latest ended first. */
function periodOptions(today: string): { value: string; label: string }[] {
  const year = Number(today.slice(0, 4));
  const out: { value: string; label: string }[] = [];
  for (const y of [year, year - 1]) {
    out.push({ value: String(y), label: `${y}年全年` });
    for (const q of [4, 3, 2, 1]) out.push({ value: `${y}-Q${q}`, label: `${y}年第${q}季度` });
  }
  return out;
}

/** The quarter of an office day that has most recently ended, or this quarter in its first month. */
function lastQuarter(today: string): string {
  const y = Number(today.slice(0, 4));
  const q = Math.ceil(Number(today.slice(5, 7)) / 3);
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/**
 * 季度与年度排名: each rep's ended months of the period added up (sales and collections summed
 * before dividing, counts added), scored by the month's formula and ranked, with the sorted bars
 * beside the table.
 */
export function PeriodRanking() {
  const today = officeToday();
  const [key, setKey] = useState(lastQuarter(today));
  const [data, setData] = useState<OutputOf<'kpi.period'> | null>(null);
  useEffect(() => {
    api('kpi.period', { key }).then(setData, notifyError);
  }, [key]);
  const rows = data?.rows ?? [];

  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label="期间"
          data={periodOptions(today)}
          value={key}
          onChange={(v) => v && setKey(v)}
          allowDeselect={false}
          w={180}
        />
        {data && (
          <Text size="sm" c="dimmed">
            {data.months.length === 0
              ? '该期间还没有结束的月份。'
              : `计入 ${data.months.length} 个已结束的月份(${data.months[0]} 至 ${data.months.at(-1)})`}
          </Text>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Table withTableBorder striped aria-label="期间绩效排名" style={{ alignSelf: 'start' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>排名</Table.Th>
              <Table.Th>营销代表</Table.Th>
              <Table.Th ta="right">销售实际 / 目标(元)</Table.Th>
              {KPI_COLUMNS.slice(0, 2).map((c) => (
                <Table.Th key={c.key} ta="right">
                  {c.label}
                </Table.Th>
              ))}
              <Table.Th ta="right">总分</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.userId}>
                <Table.Td>{r.rank ?? '—'}</Table.Td>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td ta="right">
                  {r.salesActual === null ? '—' : formatYuan(r.salesActual)} /{' '}
                  {r.salesTarget === null ? '—' : formatYuan(r.salesTarget)}
                </Table.Td>
                {KPI_COLUMNS.slice(0, 2).map((c) => (
                  <Table.Td key={c.key} ta="right">
                    {showKpi(r.kpis[c.key], c.unit)}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  {showKpi(r.score)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <ScoreBars rows={rows} label="期间总分排名" />
      </SimpleGrid>
      {data && rows.length === 0 && <Text c="dimmed">该期间没有可排名的营销代表。</Text>}
    </Stack>
  );
}
