import { LineChart } from '@mantine/charts';
import { Anchor, List, Paper, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useEffect, useState } from 'react';
import { FIGURE_SOURCE_LABELS, type KpiRow, type OutputOf } from '../../../src-shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { formatYuan } from '../../app/format';
import { showKpi as show } from './kpi-columns';

const money = (v: number | null) => (v === null ? '未设定' : `${formatYuan(v)} 元`);

/** What a rep's figures are made of: the sources of the money figures and the counts behind the rates. */
export function Basis({ row }: { row: KpiRow }) {
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
      <List.Item>
        新客户:{b.newCustomerIds.length} 家
        {b.newCustomerNames.length > 0 && `(${b.newCustomerNames.join('、')})`}。
      </List.Item>
      <List.Item>
        客户保留:上月 {b.previousCustomers} 家,本月仍有联系 {b.keptCustomers} 家。
      </List.Item>
      <List.Item>
        报表:应交 {b.dueReports} 份,按时 {b.onTimeReports} 份。
      </List.Item>
      <List.Item>
        协访:{b.jointVisitReports.length} 次
        {b.jointVisitReports.map((r) => (
          <Anchor
            key={r.reportId}
            component={Link}
            to={`/reports/F02/${r.authorId}/${encodeURIComponent(r.periodKey)}`}
            ml="xs"
            size="sm"
          >
            {r.periodKey.slice(5, 10).replace('-', '月')}日协访表
          </Anchor>
        ))}
        。
      </List.Item>
    </List>
  );
}

/** A rep's last twelve months: the total score and the sales achievement as lines, with their table. */
export function RepTrend({ userId, name, month }: { userId: number; name: string; month: string }) {
  const [points, setPoints] = useState<OutputOf<'kpi.trend'>>([]);
  useEffect(() => {
    api('kpi.trend', { userId, month }).then(setPoints, notifyError);
  }, [userId, month]);
  const data = points.map((p) => ({
    month: `${Number(p.month.slice(5))}月`,
    总分: p.score,
    销售额达成率: p.salesRate,
  }));
  return (
    <Paper withBorder p="sm" mt="sm">
      <Text fw={600} size="sm" mb="xs">
        {name} 近12个月走势
      </Text>
      <LineChart
        h={200}
        data={data}
        dataKey="month"
        connectNulls={false}
        curveType="linear"
        series={[
          { name: '总分', color: 'teal.6' },
          { name: '销售额达成率', color: 'blue.6' },
        ]}
        aria-label={`${name}近12个月走势`}
      />
      <Table fz="xs" mt="xs" aria-label={`${name}近12个月数据`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>月份</Table.Th>
            {points.map((p) => (
              <Table.Th key={p.month} ta="right">
                {p.month.slice(2).replace('-', '/')}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>总分</Table.Td>
            {points.map((p) => (
              <Table.Td key={p.month} ta="right">
                {show(p.score)}
              </Table.Td>
            ))}
          </Table.Tr>
          <Table.Tr>
            <Table.Td>达成率</Table.Td>
            {points.map((p) => (
              <Table.Td key={p.month} ta="right">
                {show(p.salesRate, '%')}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
