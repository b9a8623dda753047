import { BarChart } from '@mantine/charts';
import { Accordion, Alert, Grid, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { PERIOD_KPI_DEFINITIONS } from '../../../src-shared/domain/performance';
import { officeToday } from '../../app/format';
import { type RankingChoice, rankingKey, RankingPeriodPicker } from './RankingPeriodPicker';
import { missingSummary, RankingRegionsTable } from './RankingRegionsTable';
import { RankingRepsTable } from './RankingRepsTable';
import { useApi } from './use-api';

/** Regions named in the notice above the ranking; the table flags every one. */
const SHOWN_REGIONS = 5;

// The last period looked at, so coming back from a bundle shows the same ranking.
let remembered: RankingChoice | null = null;

/**
 * 全国排名: the regions by 销售额达成率 as sorted bars beside their table, and every rep of every
 * region by total score, for a month, a quarter or a year; months a region has not sent are flagged.
 */
export function RankingPage() {
  const latestMonth = dayjs(officeToday()).format('YYYY-MM');
  const [choice, setChoice] = useState<RankingChoice>(
    () =>
      remembered ?? { period: 'month', month: dayjs(officeToday()).subtract(1, 'month').format('YYYY-MM') },
  );
  useEffect(() => {
    remembered = choice;
  }, [choice]);
  const { data: ranking } = useApi('hq.ranking', { period: choice.period, key: rankingKey(choice) });

  const bars = (ranking?.regions ?? [])
    .filter((r) => r.salesRate !== null)
    .sort((a, b) => b.salesRate! - a.salesRate!)
    .map((r) => ({ region: r.region || r.code, 销售额达成率: r.salesRate! }));
  const incomplete = (ranking?.regions ?? []).filter((r) => r.missing.length > 0);

  return (
    <Stack>
      <Title order={3}>全国排名</Title>
      <RankingPeriodPicker value={choice} latestMonth={latestMonth} onChange={setChoice} />
      {ranking && ranking.regions.length === 0 && <Text c="dimmed">还没有导入任何办事处的数据包。</Text>}
      {incomplete.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="部分月份未计入">
          <List size="sm" spacing={2}>
            {incomplete.slice(0, SHOWN_REGIONS).map((r) => (
              <List.Item key={r.code}>
                {r.region || r.code}：{missingSummary(r)}
              </List.Item>
            ))}
            {incomplete.length > SHOWN_REGIONS && (
              <List.Item>另有 {incomplete.length - SHOWN_REGIONS} 个区域，见下表“数据”一栏。</List.Item>
            )}
          </List>
        </Alert>
      )}
      {ranking && ranking.regions.length > 0 && (
        <>
          <Title order={4}>区域排名</Title>
          <Grid gap="md" align="stretch">
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Paper withBorder p="md" h="100%">
                <Text fw={600} mb="sm">
                  销售额达成率（%）
                </Text>
                {bars.length ? (
                  <BarChart
                    h={Math.max(160, bars.length * 44)}
                    data={bars}
                    dataKey="region"
                    orientation="vertical"
                    yAxisProps={{ width: 80 }}
                    series={[{ name: '销售额达成率', color: 'blue.6' }]}
                    valueFormatter={(v) => `${v}%`}
                    withBarValueLabel
                    maxBarWidth={32}
                    // Room for the value label at the end of the longest bar.
                    barChartProps={{ margin: { right: 48 } }}
                    aria-label="区域销售额达成率"
                  />
                ) : (
                  <Text c="dimmed" size="sm">
                    本期没有设定销售目标的区域。
                  </Text>
                )}
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <RankingRegionsTable regions={ranking.regions} />
            </Grid.Col>
          </Grid>
          <Title order={4}>营销代表排名</Title>
          {ranking.reps.length ? (
            <RankingRepsTable reps={ranking.reps} byMonths={ranking.period !== 'month'} />
          ) : (
            <Text c="dimmed">本期没有收到任何营销代表的绩效数据。</Text>
          )}
          <Accordion variant="contained">
            <Accordion.Item value="definitions">
              <Accordion.Control>排名口径</Accordion.Control>
              <Accordion.Panel>
                <List size="sm" spacing={4}>
                  <List.Item>
                    各区域只取每月最新一版数据包；营销代表的总分按办事处相同的公式由各项指标重新计算，全国统一排名。
                  </List.Item>
                  <List.Item>
                    区域销售额达成率、回款达成率按本区域各营销代表的数据累加，只计有目标的月份。
                  </List.Item>
                  {Object.values(PERIOD_KPI_DEFINITIONS).map((d) => (
                    <List.Item key={d}>{d}</List.Item>
                  ))}
                </List>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </>
      )}
    </Stack>
  );
}
