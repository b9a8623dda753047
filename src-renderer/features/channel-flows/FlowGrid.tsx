import { ActionIcon, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type KeyboardEvent, useRef } from 'react';
import { flushSync } from 'react-dom';
import { completeDay, GRID_COLUMNS, type GridColumn, type GridLine, newLine } from './flow-draft';

interface Props {
  month: string;
  lines: GridLine[];
  onChange(lines: GridLine[]): void;
  /** Messages by path, `lines.3.quantity`. */
  errors: Record<string, string>;
  readOnly?: boolean;
}

/**
 * The F10's lines as a grid typed from the dealer's paper: Enter or Tab goes to the next cell and
 * on to the next line, Enter on the last cell or Ctrl+Enter anywhere adds a line, Ctrl+Delete
 * removes the current one. A sale date may be typed as its day alone (12 → the month's 12th).
 */
export function FlowGrid({ month, lines, onChange, errors, readOnly }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);

  // The focus moves at once, so fast typing (or a scanner) lands in the next cell, not this one.
  const focusCell = (row: number, col: number) =>
    body.current?.querySelector<HTMLInputElement>(`[data-cell="${row}-${col}"]`)?.focus();

  const set = (i: number, key: GridColumn, value: string) =>
    onChange(lines.map((l, n) => (n === i ? { ...l, [key]: value } : l)));

  const add = (after: number) => {
    const next = [...lines];
    next.splice(after + 1, 0, newLine(lines[after]));
    // Rendered before the focus moves, so the new line's cell exists.
    flushSync(() => onChange(next));
    focusCell(after + 1, lines[after]?.saleDate ? 1 : 0);
  };

  const remove = (i: number) => {
    const next = lines.filter((_, n) => n !== i);
    flushSync(() => onChange(next.length ? next : [newLine()]));
    focusCell(Math.max(0, Math.min(i, next.length - 1)), 0);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      add(row);
    } else if (e.key === 'Delete' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      remove(row);
    } else if (e.key === 'Enter' && !e.altKey) {
      e.preventDefault();
      const back = e.shiftKey;
      const last = col === GRID_COLUMNS.length - 1;
      if (back)
        focusCell(col === 0 ? Math.max(0, row - 1) : row, col === 0 ? GRID_COLUMNS.length - 1 : col - 1);
      else if (!last) focusCell(row, col + 1);
      else if (row === lines.length - 1) add(row);
      else focusCell(row + 1, 0);
    } else if (e.key === 'ArrowDown' && row < lines.length - 1) {
      e.preventDefault();
      focusCell(row + 1, col);
    } else if (e.key === 'ArrowUp' && row > 0) {
      e.preventDefault();
      focusCell(row - 1, col);
    }
  };

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} aria-label="流向明细">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>行</Table.Th>
            {GRID_COLUMNS.map((c) => (
              <Table.Th key={c.key} w={c.width}>
                {c.label}
              </Table.Th>
            ))}
            {!readOnly && <Table.Th w={44} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={body}>
          {lines.map((l, i) => (
            <Table.Tr key={l.key}>
              <Table.Td>
                <Text size="sm" c="dimmed" ta="center">
                  {i + 1}
                </Text>
              </Table.Td>
              {GRID_COLUMNS.map((c, col) => (
                <Table.Td key={c.key} valign="top">
                  <TextInput
                    size="xs"
                    variant={readOnly ? 'unstyled' : 'default'}
                    readOnly={readOnly}
                    aria-label={`第 ${i + 1} 行 ${c.label}`}
                    placeholder={i === 0 && 'placeholder' in c ? c.placeholder : undefined}
                    value={l[c.key]}
                    error={errors[`lines.${i}.${c.key}`]}
                    inputMode={c.key === 'quantity' ? 'numeric' : undefined}
                    data-cell={`${i}-${col}`}
                    onChange={(e) => set(i, c.key, e.currentTarget.value)}
                    onBlur={
                      c.key === 'saleDate' && l.saleDate.trim()
                        ? () => {
                            const day = completeDay(month, l.saleDate);
                            if (day !== l.saleDate) set(i, 'saleDate', day);
                          }
                        : undefined
                    }
                    onKeyDown={(e) => onKey(e, i, col)}
                  />
                </Table.Td>
              ))}
              {!readOnly && (
                <Table.Td valign="top">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`删除第 ${i + 1} 行`}
                    title="删除此行(Ctrl+Delete)"
                    tabIndex={-1}
                    onClick={() => remove(i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!readOnly && (
        <Group mt="xs" gap="md">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => add(lines.length - 1)}
            disabled={lines.length >= 500}
          >
            添加一行
          </Button>
          <Text size="xs" c="dimmed">
            Enter/Tab 到下一格,最后一格按 Enter 或任意格按 Ctrl+Enter 添加一行,Ctrl+Delete 删除当前行;
            销售日期只填“日”即可。
          </Text>
        </Group>
      )}
    </Table.ScrollContainer>
  );
}
