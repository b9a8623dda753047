import { BarChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';

/** The ranking as sorted bars: one bar per scored rep, highest first, as its table lists them. */
export function ScoreBars({
  rows,
  label,
}: {
  rows: readonly { name: string; score: number | null }[];
  label: string;
}) {
  const data = rows.filter((r) => r.score !== null).map((r) => ({ name: r.name, 总分: r.score! }));
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="sm">
        总分排名
      </Text>
      <BarChart
        h={Math.max(160, data.length * 36)}
        data={data}
        dataKey="name"
        orientation="vertical"
        series={[{ name: '总分', color: 'teal.6' }]}
        aria-label={label}
      />
    </Paper>
  );
}
