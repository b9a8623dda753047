import { ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import type { HqChannelOutput } from '../../../src-shared/contract';
import { monthLabel } from './channel-format';

const nowrap = { whiteSpace: 'nowrap' } as const;

export interface CellChoice {
  region: string;
  month: string;
}

interface Props {
  view: HqChannelOutput;
  chosen: CellChoice | null;
  onChoose: (cell: CellChoice) => void;
}

/**
 * Regions down, months across: the cases of each, a cross-region one under both regions. A cell
 * with cases is a button that narrows the list to its region and month.
 */
export function ChannelMatrix({ view, chosen, onChoose }: Props) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table withTableBorder withColumnBorders striped aria-label="各区域案件数">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={120}>区域</Table.Th>
            {view.months.map((m) => (
              <Table.Th key={m} ta="center" style={nowrap}>
                {monthLabel(m)}
              </Table.Th>
            ))}
            <Table.Th ta="center">合计</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.matrix.map((r) => (
            <Table.Tr key={r.code}>
              <Table.Th scope="row" style={nowrap}>
                <Text size="sm" fw={600}>
                  {r.name}
                </Text>
                {r.name !== r.code && (
                  <Text size="xs" c="dimmed" fw={400}>
                    {r.code}
                  </Text>
                )}
              </Table.Th>
              {r.cells.map((c) => {
                const selected = chosen?.region === r.code && chosen.month === c.month;
                return (
                  <Table.Td
                    key={c.month}
                    p={0}
                    ta="center"
                    bg={selected ? 'var(--mantine-color-blue-light)' : undefined}
                  >
                    {c.count === 0 ? (
                      <Text size="sm" c="dimmed">
                        0
                      </Text>
                    ) : (
                      <UnstyledButton
                        w="100%"
                        py={6}
                        ta="center"
                        aria-label={`${r.name} ${monthLabel(c.month)} ${c.count} 件`}
                        aria-pressed={selected}
                        onClick={() => onChoose({ region: r.code, month: c.month })}
                      >
                        <Text span size="sm" fw={600} c="blue">
                          {c.count}
                        </Text>
                        {c.crossRegion > 0 && (
                          <Text span size="xs" c="orange.8">
                            {' '}
                            (跨区 {c.crossRegion})
                          </Text>
                        )}
                      </UnstyledButton>
                    )}
                  </Table.Td>
                );
              })}
              <Table.Td ta="center" fw={600}>
                {r.total}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">案件合计</Table.Th>
            {view.monthTotals.map((t) => (
              <Table.Td key={t.month} ta="center" fw={600}>
                {t.count}
              </Table.Td>
            ))}
            <Table.Td ta="center" fw={600}>
              {view.monthTotals.reduce((n, t) => n + t.count, 0)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollArea>
  );
}
