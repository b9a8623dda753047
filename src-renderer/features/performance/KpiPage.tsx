import { BarChart } from '@mantine/charts';
import { Accordion, List, Paper, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { KpiRow } from '../../../src-shared/contract';
import { KPI_DEFINITIONS } from '../../../src-shared/domain/performance/kpi';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { officeToday } from '../../app/format';
import { KPI_COLUMNS as COLUMNS, showKpi as show } from './kpi-columns';
import { Basis, RepTrend } from './KpiBasis';
import { PeriodRanking } from './PeriodRanking';
import { ScoreBars } from './ScoreBars';

/**
 * 绩效评估: each rep's KPIs of a month, the total score and the ranking, a chart of sales against
 * target and one of the scores, each beside its table; a rep's row opens what the figures are made of.
 */
export function KpiPage() {
  const [month, setMonth] = useState<string>(dayjs(officeToday()).subtract(1, 'month').format('YYYY-MM'));
  const [rows, setRows] = useState<KpiRow[]>([]);
  const [open, setOpen] = useState<number | null>(null);

  useEffect(() => {
    api('kpi.month', { month }).then((r) => setRows(r.rows), notifyError);
  }, [month]);

  const sales = rows.map((r) => ({
    name: r.name,
    目标: r.figures.salesTarget ?? 0,
    实际: r.figures.salesActual ?? 0,
  }));

  return (
    <Stack>
      <Title order={3}>绩效评估</Title>
      <Tabs defaultValue="month" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="month">月度排名</Tabs.Tab>
          <Tabs.Tab value="period">季度与年度排名</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="period">
          <PeriodRanking />
        </Tabs.Panel>
        <Tabs.Panel value="month">
          <Stack>
            <MonthPickerInput
              label="月份"
              value={`${month}-01`}
              onChange={(v) => v && setMonth(String(v).slice(0, 7))}
              valueFormat="YYYY年M月"
              w={160}
            />
            <Table withTableBorder striped highlightOnHover aria-label="绩效排名">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>排名</Table.Th>
                  <Table.Th>营销代表</Table.Th>
                  {COLUMNS.map((c) => (
                    <Table.Th key={c.key} ta="right" title={KPI_DEFINITIONS[c.key]}>
                      {c.label}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">总分</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => [
                  <Table.Tr
                    key={r.userId}
                    onClick={() => setOpen(open === r.userId ? null : r.userId)}
                    onKeyDown={(e) => e.key === 'Enter' && setOpen(open === r.userId ? null : r.userId)}
                    tabIndex={0}
                    aria-expanded={open === r.userId}
                    style={{ cursor: 'pointer' }}
                  >
                    <Table.Td>{r.rank ?? '—'}</Table.Td>
                    <Table.Td>{r.name}</Table.Td>
                    {COLUMNS.map((c) => (
                      <Table.Td key={c.key} ta="right">
                        {show(r.kpis[c.key], c.unit)}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right" fw={600}>
                      {show(r.score)}
                    </Table.Td>
                  </Table.Tr>,
                  open === r.userId && (
                    <Table.Tr key={`${r.userId}-basis`}>
                      <Table.Td colSpan={COLUMNS.length + 3}>
                        <Basis row={r} />
                        <RepTrend userId={r.userId} name={r.name} month={month} />
                      </Table.Td>
                    </Table.Tr>
                  ),
                ])}
              </Table.Tbody>
            </Table>
            {rows.length === 0 && <Text c="dimmed">这个月没有需要评估的营销代表。</Text>}
            {rows.length > 0 && (
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <Paper withBorder p="md">
                  <Text fw={600} mb="sm">
                    销售额:目标与实际(元)
                  </Text>
                  <BarChart
                    h={260}
                    data={sales}
                    dataKey="name"
                    series={[
                      { name: '目标', color: 'gray.5' },
                      { name: '实际', color: 'blue.6' },
                    ]}
                    valueFormatter={(v) => v.toLocaleString('zh-CN')}
                    aria-label="销售额目标与实际"
                  />
                </Paper>
                <ScoreBars rows={rows} label="总分排名" />
              </SimpleGrid>
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <Accordion variant="contained">
        <Accordion.Item value="definitions">
          <Accordion.Control>指标说明</Accordion.Control>
          <Accordion.Panel>
            <List size="sm" spacing={4}>
              {COLUMNS.map((c) => (
                <List.Item key={c.key}>{KPI_DEFINITIONS[c.key]}</List.Item>
              ))}
              <List.Item>
                总分 = 各项得分(实际值 ÷ 满分值 ×
                100,不超过单项得分上限)按权重的加权平均;没有数据的指标不计入。权重与满分值见“考核与奖金方案”。
              </List.Item>
            </List>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
