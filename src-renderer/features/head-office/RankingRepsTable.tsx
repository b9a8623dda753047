import { ScrollArea, Table, Text } from '@mantine/core';
import type { RankingRep } from '../../../src-shared/contract';
import { type KpiKey, PERIOD_KPI_DEFINITIONS } from '../../../src-shared/domain/performance';

const COLUMNS: { key: KpiKey; label: string; unit: string }[] = [
  { key: 'salesRate', label: '销售额达成率', unit: '%' },
  { key: 'collectionRate', label: '回款达成率', unit: '%' },
  { key: 'newCustomers', label: '新客户', unit: '家' },
  { key: 'retentionRate', label: '客户保留率', unit: '%' },
  { key: 'timelinessRate', label: '报表及时率', unit: '%' },
  { key: 'jointVisitScore', label: '协访评分', unit: '分' },
];

const show = (v: number | null, unit = '') => (v === null ? '—' : `${v}${unit}`);

/** 营销代表排名 across all regions by total score, with the six KPIs of the period and the months counted. */
export function RankingRepsTable({ reps, byMonths }: { reps: RankingRep[]; byMonths: boolean }) {
  return (
    <ScrollArea type="auto" offsetScrollbars="x">
      <Table withTableBorder striped highlightOnHover aria-label="营销代表排名" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56} style={{ whiteSpace: 'nowrap' }}>
              排名
            </Table.Th>
            <Table.Th>营销代表</Table.Th>
            <Table.Th>区域</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th
                key={c.key}
                ta="right"
                title={PERIOD_KPI_DEFINITIONS[c.key]}
                style={{ whiteSpace: 'nowrap' }}
              >
                {c.label}
              </Table.Th>
            ))}
            <Table.Th ta="right" title={PERIOD_KPI_DEFINITIONS.score}>
              总分
            </Table.Th>
            {byMonths && <Table.Th ta="right">计入月数</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reps.map((r) => (
            <Table.Tr key={`${r.officeCode}-${r.userId}`}>
              <Table.Td>{r.rank ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" span>
                  {r.region || r.officeCode}
                </Text>
              </Table.Td>
              {COLUMNS.map((c) => (
                <Table.Td key={c.key} ta="right">
                  {show(r.kpis[c.key], c.unit)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {show(r.score)}
              </Table.Td>
              {byMonths && <Table.Td ta="right">{r.months}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
