import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import {
  BOARD_STATE_LABELS,
  BOARD_STATES,
  type BoardCell,
  type BoardState,
  type OutputOf,
} from '../../../src-shared/contract';
import { officeDay } from '../../../src-shared/domain/deadlines/calendar';
import { type FormCode, getForm } from '../../../src-shared/domain/forms';
import { formatInstant } from '../../app/format';
import {
  columnHead,
  minColumnsWidth,
  NAME_WIDTH,
  RATE_WIDTH,
  STATE_MARKS,
  WORD_WIDTH,
} from './board-columns';
import classes from './BoardMatrix.module.css';

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

/**
 * People × periods for one form, each cell the report's state; a click opens the report. A month
 * of days fits the window, each state a coloured mark with a legend; longer ranges scroll sideways
 * with the names and punctuality kept in place.
 */
export function BoardMatrix({ board, formCode, meId }: { board: Board; formCode: FormCode; meId: number }) {
  const navigate = useNavigate();
  const { ref: sizeRef, width } = useElementSize<HTMLDivElement>();
  const scroller = useRef<HTMLDivElement>(null);
  const ref = useMergedRef(sizeRef, scroller);
  const title = getForm(formCode).title;
  const cells = board.cells.filter((c) => c.formCode === formCode);
  const periods = [...new Map(cells.map((c) => [c.periodKey, c])).values()];
  const people = board.people.filter((p) => cells.some((c) => c.authorId === p.id));
  const byKey = new Map(cells.map((c) => [`${c.authorId}|${c.periodKey}`, c]));
  const rate = new Map(board.punctuality.map((p) => [p.authorId, p]));
  // Room to lay out, and whether the range fits it: estimated before the first measurement.
  const room = (width || window.innerWidth - 232) - NAME_WIDTH - RATE_WIDTH;
  const least = minColumnsWidth(periods);
  const fits = least <= room;
  const lastKey = periods.at(-1)?.periodKey;

  // A range that scrolls opens at its end, where the recent periods are.
  useEffect(() => {
    const el = scroller.current;
    if (el && !fits) el.scrollLeft = el.scrollWidth;
  }, [fits, lastKey, formCode]);

  if (people.length === 0) return <Text c="dimmed">所选范围内{title}没有应交的报表。</Text>;

  const marks = (fits ? room : least) / Math.max(1, periods.length) < WORD_WIDTH;
  const today = officeDay(new Date(board.now));

  return (
    <div>
      {marks && <Legend />}
      <div
        ref={ref}
        className={classes.scroller}
        role="region"
        aria-label={`${title}看板区域`}
        // A region that scrolls is reachable by keyboard, so arrow keys can scroll it.
        tabIndex={fits ? undefined : 0}
      >
        <Table
          withTableBorder={false}
          withColumnBorders
          layout="fixed"
          className={classes.table}
          style={{ width: fits ? '100%' : NAME_WIDTH + RATE_WIDTH + least }}
          aria-label={`${title}看板`}
        >
          <colgroup>
            <col style={{ width: NAME_WIDTH }} />
            {periods.map((p) => (
              <col key={p.periodKey} />
            ))}
            <col style={{ width: RATE_WIDTH }} />
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              <Table.Th className={classes.name}>人员</Table.Th>
              {periods.map((p, i) => {
                const head = columnHead(p, i === 0, marks);
                return (
                  <Table.Th
                    key={p.periodKey}
                    ta="center"
                    className={classes.period}
                    data-weekend={head.weekend || undefined}
                    data-today={p.periodKey === today || undefined}
                  >
                    <Tooltip label={p.periodLabel}>
                      <div>
                        <div className={classes.headMain}>{head.main}</div>
                        {head.sub && <div className={classes.headSub}>{head.sub}</div>}
                      </div>
                    </Tooltip>
                  </Table.Th>
                );
              })}
              <Table.Th className={classes.rate}>按时率</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((person) => {
              const r = rate.get(person.id);
              return (
                <Table.Tr key={person.id}>
                  <Table.Td className={classes.name} title={person.name}>
                    {person.name}
                  </Table.Td>
                  {periods.map((p) => {
                    const c = byKey.get(`${person.id}|${p.periodKey}`);
                    return (
                      <Table.Td
                        key={p.periodKey}
                        ta="center"
                        p={2}
                        data-weekend={columnHead(p, false, marks).weekend || undefined}
                      >
                        {c && (
                          <StateCell
                            cell={c}
                            person={person.name}
                            mark={marks}
                            onOpen={() =>
                              navigate(
                                `/reports/${c.formCode}/${c.authorId === meId ? 'me' : c.authorId}/${c.periodKey}`,
                              )
                            }
                          />
                        )}
                      </Table.Td>
                    );
                  })}
                  <Table.Td className={classes.rate}>
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
      </div>
    </div>
  );
}

function StateCell({
  cell: c,
  person,
  mark,
  onOpen,
}: {
  cell: BoardCell;
  person: string;
  mark: boolean;
  onOpen: () => void;
}) {
  return (
    <Tooltip
      label={`${c.periodLabel} · ${BOARD_STATE_LABELS[c.state]} · 截止 ${formatInstant(c.dueAt)}${c.onTime === false ? ' · 逾期提交' : ''}`}
    >
      <Badge
        component="button"
        color={COLORS[c.state]}
        variant={c.state === 'overdue' ? 'filled' : 'light'}
        circle={mark}
        size={mark ? 'lg' : 'md'}
        className={classes.state}
        data-state={c.state}
        styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
        onClick={onOpen}
        aria-label={`${person} ${c.periodLabel} ${BOARD_STATE_LABELS[c.state]}`}
      >
        {mark ? STATE_MARKS[c.state] : BOARD_STATE_LABELS[c.state]}
      </Badge>
    </Tooltip>
  );
}

/** What each mark means, shown when the columns are too narrow for words. */
function Legend() {
  return (
    <Group gap="md" mb={6} aria-label="图例" role="list">
      {BOARD_STATES.map((s) => (
        <Group key={s} gap={4} wrap="nowrap" role="listitem">
          <Badge
            circle
            size="md"
            color={COLORS[s]}
            variant={s === 'overdue' ? 'filled' : 'light'}
            className={classes.state}
            data-state={s}
            aria-hidden
          >
            {STATE_MARKS[s]}
          </Badge>
          <Text size="xs" c="dimmed">
            {BOARD_STATE_LABELS[s]}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
