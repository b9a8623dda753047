import { ScrollArea, Table, Text } from '@mantine/core';
import type { OutputOf } from '../../../src-shared/contract';
import { MatrixCellButton, MatrixCounts } from './MatrixCounts';

type Matrix = OutputOf<'hq.matrix'>;

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Regions down, months across, 合计 at the bottom. */
export function MatrixTable({ matrix }: { matrix: Matrix }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table withTableBorder withColumnBorders striped aria-label="各区域报送汇总">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={120}>区域</Table.Th>
            {matrix.months.map((m) => (
              <Table.Th key={m} ta="center" style={nowrap}>
                {m}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.regions.map((r) => {
            const region = r.region || r.name;
            return (
              <Table.Tr key={r.code}>
                <Table.Th scope="row" style={nowrap}>
                  <Text size="sm" fw={600}>
                    {region}
                  </Text>
                  <Text size="xs" c="dimmed" fw={400}>
                    {r.name}
                  </Text>
                </Table.Th>
                {r.cells.map((c) => (
                  <Table.Td key={c.period} p={4}>
                    <MatrixCellButton cell={c} label={`${region} ${c.period}`} />
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">合计</Table.Th>
            {matrix.totals.map((t) => (
              <Table.Td key={t.period} p={4} ta="center">
                <MatrixCounts count={t} />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollArea>
  );
}
