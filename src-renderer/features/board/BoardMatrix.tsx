import { Badge, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { useNavigate } from 'react-router';
import {
  BOARD_STATE_LABELS,
  type BoardCell,
  type BoardState,
  type OutputOf,
} from '../../../src-shared/contract';
import { type FormCode, getForm } from '../../../src-shared/domain/forms';
import { formatInstant } from '../../app/format';

const COLORS: Record<BoardState, string> = {
  notStarted: 'gray',
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  approved: 'green',
  sent: 'teal',
  overdue: 'red',
};

type Board = OutputOf<'board.get'>;

function shortLabel(c: BoardCell): string {
  // Column heads stay narrow: the day of a date, the week number, the month, the quarter.
  const m = /^(\d{4})-(W\d{2}|\d{2}-\d{2}|\d{2}|Q\d)$/.exec(c.periodKey);
  if (!m) return c.periodKey;
  const part = m[2]!;
  if (part.startsWith('W')) return `第${Number(part.slice(1))}周`;
  if (part.startsWith('Q')) return `${m[1]} ${part}`;
  if (part.length === 5) return `${Number(part.slice(0, 2))}/${Number(part.slice(3))}`;
  return `${Number(part)}月`;
}

/** People × periods for one form, each cell the report's state; a click opens the report. */
export function BoardMatrix({ board, formCode, meId }: { board: Board; formCode: FormCode; meId: number }) {
  const navigate = useNavigate();
  const cells = board.cells.filter((c) => c.formCode === formCode);
  const periods = [...new Map(cells.map((c) => [c.periodKey, c])).values()];
  const people = board.people.filter((p) => cells.some((c) => c.authorId === p.id));
  const byKey = new Map(cells.map((c) => [`${c.authorId}|${c.periodKey}`, c]));
  const rate = new Map(board.punctuality.map((p) => [p.authorId, p]));
  if (people.length === 0) return <Text c="dimmed">所选范围内{getForm(formCode).title}没有应交的报表。</Text>;

  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table withTableBorder withColumnBorders striped aria-label={`${getForm(formCode).title}看板`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={90}>人员</Table.Th>
            {periods.map((p) => (
              <Table.Th key={p.periodKey} ta="center" style={{ whiteSpace: 'nowrap' }}>
                <Tooltip label={p.periodLabel}>
                  <span>{shortLabel(p)}</span>
                </Tooltip>
              </Table.Th>
            ))}
            <Table.Th style={{ whiteSpace: 'nowrap' }}>按时率</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => {
            const r = rate.get(person.id);
            return (
              <Table.Tr key={person.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{person.name}</Table.Td>
                {periods.map((p) => {
                  const c = byKey.get(`${person.id}|${p.periodKey}`);
                  if (!c) return <Table.Td key={p.periodKey} />;
                  const open = () =>
                    navigate(
                      `/reports/${c.formCode}/${c.authorId === meId ? 'me' : c.authorId}/${c.periodKey}`,
                    );
                  return (
                    <Table.Td key={p.periodKey} ta="center" p={2}>
                      <Tooltip
                        label={`${c.periodLabel} · 截止 ${formatInstant(c.dueAt)}${c.onTime === false ? ' · 逾期提交' : ''}`}
                      >
                        <Badge
                          component="button"
                          color={COLORS[c.state]}
                          variant={c.state === 'overdue' ? 'filled' : 'light'}
                          style={{ cursor: 'pointer', overflow: 'visible' }}
                          styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
                          onClick={open}
                          aria-label={`${person.name} ${c.periodLabel} ${BOARD_STATE_LABELS[c.state]}`}
                        >
                          {BOARD_STATE_LABELS[c.state]}
                        </Badge>
                      </Tooltip>
                    </Table.Td>
                  );
                })}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {r?.rate == null ? '—' : `${Math.round(r.rate * 100)}%`}
                  {r && r.missing + r.late > 0 && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      (逾期{r.late + r.missing})
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
