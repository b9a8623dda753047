import { BarChart } from '@mantine/charts';
import { Accordion, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { FIGURE_SOURCE_LABELS, type KpiRow } from '../../../src-shared/contract';
import { KPI_DEFINITIONS, type KpiKey } from '../../../src-shared/domain/performance/kpi';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { formatYuan, officeToday } from '../../app/format';

const COLUMNS: { key: KpiKey; label: string; unit: string }[] = [
  { key: 'salesRate', label: '销售额达成率', unit: '%' },
  { key: 'collectionRate', label: '回款达成率', unit: '%' },
  { key: 'newCustomers', label: '新客户', unit: '家' },
  { key: 'retentionRate', label: '客户保留率', unit: '%' },
  { key: 'timelinessRate', label: '报表及时率', unit: '%' },
  { key: 'jointVisitScore', label: '协访评分', unit: '分' },
];

const show = (v: number | null, unit = '') => (v === null ? '—' : `${v}${unit}`);
const money = (v: number | null) => (v === null ? '未设定' : `${formatYuan(v)} 元`);

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
  const scores = rows.filter((r) => r.score !== null).map((r) => ({ name: r.name, 总分: r.score! }));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={3}>绩效评估</Title>
        <MonthPickerInput
          label="月份"
          value={`${month}-01`}
          onChange={(v) => v && setMonth(String(v).slice(0, 7))}
          valueFormat="YYYY年M月"
          w={160}
        />
      </Group>
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
          <Paper withBorder p="md">
            <Text fw={600} mb="sm">
              总分排名
            </Text>
            <BarChart
              h={260}
              data={scores}
              dataKey="name"
              orientation="vertical"
              series={[{ name: '总分', color: 'teal.6' }]}
              aria-label="总分排名"
            />
          </Paper>
        </SimpleGrid>
      )}
      <Accordion variant="contained">
        <Accordion.Item value="definitions">
          <Accordion.Control>指标说明</Accordion.Control>
          <Accordion.Panel>
            <List size="sm" spacing={4}>
              {COLUMNS.map((c) => (
                <List.Item key={c.key}>{KPI_DEFINITIONS[c.key]}</List.Item>
              ))}
              <List.Item>
                总分 = 各项得分(实际值 ÷ 满分值 × 100,最高 120)按权重的加权平均;没有数据的指标不计入。
              </List.Item>
            </List>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}

/** What a rep's figures are made of: the sources of the money figures and the counts behind the rates. */
function Basis({ row }: { row: KpiRow }) {
  const f = row.figures;
  const b = row.basis;
  return (
    <List size="sm" spacing={2} aria-label={`${row.name}的计算依据`}>
      <List.Item>
        销售额:实际 {money(f.salesActual)} / 目标 {money(f.salesTarget)};回款额:实际{' '}
        {money(f.collectionActual)} / 目标 {money(f.collectionTarget)}。
      </List.Item>
      <List.Item>
        实际数来源:{f.actualSource ? FIGURE_SOURCE_LABELS[f.actualSource] : '无'};目标来源:
        {f.targetSource === 'targets' ? '销售目标' : f.targetSource === 'report' ? '本人月报' : '无'}。
      </List.Item>
      <List.Item>新客户:{b.newCustomerIds.length} 家。</List.Item>
      <List.Item>
        客户保留:上月 {b.previousCustomers} 家,本月仍有联系 {b.keptCustomers} 家。
      </List.Item>
      <List.Item>
        报表:应交 {b.dueReports} 份,按时 {b.onTimeReports} 份。
      </List.Item>
      <List.Item>协访:{b.jointVisitReportIds.length} 次。</List.Item>
    </List>
  );
}
