import { ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import type { HqTrainingOutput } from '../../../src-shared/contract';
import { hoursOf, monthLabel, rateOf } from './training-format';

const nowrap = { whiteSpace: 'nowrap' } as const;

interface Props {
  view: HqTrainingOutput;
  chosen: string | null;
  onChoose: (region: string) => void;
}

/**
 * Regions down, months across: the person-hours attended in each month, then the period's held
 * sessions, their hours and the attendance rate. A region's name chooses it for the lists below.
 */
export function TrainingMatrix({ view, chosen, onChoose }: Props) {
  const total = (pick: (r: HqTrainingOutput['regions'][number]) => number) =>
    view.regions.reduce((n, r) => n + pick(r), 0);
  const invited = total((r) => r.invited);
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table withTableBorder withColumnBorders striped aria-label="各区域培训学时">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={120}>区域</Table.Th>
            {view.months.map((m) => (
              <Table.Th key={m} ta="right" style={nowrap}>
                {monthLabel(m)}
              </Table.Th>
            ))}
            <Table.Th ta="right" style={nowrap}>
              人次学时合计
            </Table.Th>
            <Table.Th ta="right">场次</Table.Th>
            <Table.Th ta="right" style={nowrap}>
              培训学时
            </Table.Th>
            <Table.Th ta="right">出席率</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.regions.map((r) => (
            <Table.Tr key={r.code} bg={chosen === r.code ? 'var(--mantine-color-blue-light)' : undefined}>
              <Table.Th scope="row" style={nowrap}>
                <UnstyledButton
                  onClick={() => onChoose(r.code)}
                  aria-pressed={chosen === r.code}
                  aria-label={`查看${r.name}的办事处和人员`}
                >
                  <Text size="sm" fw={600} c="blue">
                    {r.name}
                  </Text>
                  {r.name !== r.code && (
                    <Text size="xs" c="dimmed" fw={400}>
                      {r.code}
                    </Text>
                  )}
                </UnstyledButton>
              </Table.Th>
              {r.cells.map((c) => (
                <Table.Td key={c.month} ta="right" c={c.personHours === 0 ? 'dimmed' : undefined}>
                  {hoursOf(c.personHours)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {hoursOf(r.personHours)}
              </Table.Td>
              <Table.Td ta="right">{r.sessions}</Table.Td>
              <Table.Td ta="right">{hoursOf(r.sessionHours)}</Table.Td>
              <Table.Td ta="right">{rateOf(r.rate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">合计</Table.Th>
            {view.months.map((m) => (
              <Table.Td key={m} ta="right" fw={600}>
                {hoursOf(
                  view.regions.reduce(
                    (n, r) => n + (r.cells.find((c) => c.month === m)?.personHours ?? 0),
                    0,
                  ),
                )}
              </Table.Td>
            ))}
            <Table.Td ta="right" fw={600}>
              {hoursOf(total((r) => r.personHours))}
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {total((r) => r.sessions)}
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {hoursOf(total((r) => r.sessionHours))}
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {invited === 0 ? '—' : `出席 ${total((r) => r.attended)}/${invited} 人次`}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollArea>
  );
}
