import { Box, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { type KeyboardEvent, useRef } from 'react';
import { ATTENDANCE, ATTENDANCE_LABELS } from '../../../src-shared/domain/training/sessions';
import { type DraftRow, MARK_KEYS, missed, scoreProblem } from './attendance-draft';

interface Props {
  rows: DraftRow[];
  onChange(rows: DraftRow[]): void;
  /** Messages by `${userId}.attendance` / `${userId}.score`. */
  errors: Record<string, string>;
}

const MARKS = ATTENDANCE.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] }));
const KEY_HINT = Object.entries(MARK_KEYS)
  .map(([k, a]) => `${k} ${ATTENDANCE_LABELS[a]}`)
  .join(' · ');

/**
 * The signed sheet typed row by row: on a row's 出勤 a single key (1 出席, 2 迟到, 3 缺席, 4 请假)
 * sets the mark and moves on to its score, or to the next row when the person missed the session;
 * Enter or Tab in a score goes to the next row, Shift+Enter back.
 */
export function AttendanceGrid({ rows, onChange, errors }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);

  const focusMark = (row: number) => {
    const cell = body.current?.querySelector(`[data-mark="${row}"]`);
    cell?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  };
  const focusScore = (row: number) =>
    body.current?.querySelector<HTMLInputElement>(`[data-score="${row}"]`)?.focus();

  const set = (i: number, change: Partial<DraftRow>) =>
    onChange(
      rows.map((r, n) => {
        if (n !== i) return r;
        const next = { ...r, ...change };
        return missed(next.attendance) ? { ...next, score: '' } : next;
      }),
    );

  const onMarkKey = (e: KeyboardEvent<HTMLDivElement>, i: number) => {
    const mark = MARK_KEYS[e.key];
    if (!mark) {
      if (e.key === 'Enter') {
        e.preventDefault();
        if (missed(rows[i]!.attendance)) focusMark(i + 1);
        else focusScore(i);
      }
      return;
    }
    e.preventDefault();
    set(i, { attendance: mark });
    // The mark's score box stays disabled until React renders, so the focus moves after it.
    requestAnimationFrame(() => (missed(mark) ? focusMark(i + 1) : focusScore(i)));
  };

  const onScoreKey = (e: KeyboardEvent<HTMLInputElement>, i: number) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' || (e.key === 'Tab' && !e.shiftKey)) {
      if (i === rows.length - 1 && e.key === 'Tab') return;
      e.preventDefault();
      if (e.shiftKey) focusMark(i);
      else focusMark(i + 1);
    }
  };

  return (
    <Table withTableBorder withColumnBorders verticalSpacing={4} aria-label="签到与成绩">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={50}>序号</Table.Th>
          <Table.Th w={140}>姓名</Table.Th>
          <Table.Th>
            出勤{' '}
            <Text span size="xs" c="dimmed" fw={400}>
              (按键 {KEY_HINT})
            </Text>
          </Table.Th>
          <Table.Th w={200}>
            成绩{' '}
            <Text span size="xs" c="dimmed" fw={400}>
              (0–100,无测试不填)
            </Text>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={body}>
        {rows.map((r, i) => {
          const markError = errors[`${r.userId}.attendance`];
          const scoreError = errors[`${r.userId}.score`] ?? scoreProblem(r);
          return (
            <Table.Tr key={r.userId}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>
                <Box
                  data-mark={i}
                  role="radiogroup"
                  aria-label={`${r.name} 出勤`}
                  onKeyDown={(e) => onMarkKey(e, i)}
                >
                  <SegmentedControl
                    size="xs"
                    data={MARKS}
                    value={r.attendance ?? ''}
                    color={r.attendance ? (missed(r.attendance) ? 'gray' : 'blue') : undefined}
                    onChange={(v) => set(i, { attendance: v as DraftRow['attendance'] })}
                  />
                  {markError && (
                    <Text size="xs" c="red" role="alert">
                      {markError}
                    </Text>
                  )}
                </Box>
              </Table.Td>
              <Table.Td valign="top">
                <TextInput
                  size="xs"
                  aria-label={`${r.name} 成绩`}
                  data-score={i}
                  inputMode="decimal"
                  disabled={missed(r.attendance)}
                  placeholder={missed(r.attendance) ? '未参加' : ''}
                  value={r.score}
                  error={scoreError}
                  onChange={(e) => set(i, { score: e.currentTarget.value })}
                  onKeyDown={(e) => onScoreKey(e, i)}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
