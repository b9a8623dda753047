import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { type TableDef, withComputedFields } from '../../../src-shared/domain/forms';
import { FieldInput } from './FieldInput';

type Row = Record<string, unknown>;

interface Props {
  table: TableDef;
  rows: Row[];
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (rows: Row[]) => void;
  /** People a 'person' column picks from. */
  people?: readonly { id: number; name: string }[];
  /** The rows the app pre-filled (for a table declared with `prefill`): a cell says when it was edited. */
  prefilledRows?: readonly Row[];
  /** Decision columns are read-only unless this is true. */
  decisionEditable?: boolean;
}

/** Field types whose empty value is null rather than ''. */
const NUMERIC = new Set(['integer', 'number', 'score', 'person']);

/** An empty row of a declared table. */
export function emptyRow(table: TableDef): Row {
  const row: Row = {};
  for (const c of table.columns) row[c.key] = NUMERIC.has(c.type) || c.compute ? null : '';
  for (const c of table.columns) if (c.type === 'person' && c.nameKey) row[c.nameKey] = '';
  if (table.columns.some((c) => c.type === 'customer')) row.customerId = null;
  return row;
}

function focusFirstField(table: TableDef, index: number) {
  // After React renders the new row, put the cursor in its first field.
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLInputElement>(`[data-row="${table.key}-${index}"] input`);
    el?.focus();
  });
}

/** A declared table as a list of row cards: Enter adds a row, rows can move and be removed with undo. */
export function FormTable({
  table,
  rows,
  errors,
  readOnly,
  onChange,
  people,
  prefilledRows,
  decisionEditable,
}: Props) {
  // A changed cell recomputes its row's derived values, so the screen and the stored row agree.
  const setCell = (i: number, patch: Row) =>
    onChange(rows.map((r, j) => (j === i ? withComputedFields(table.columns, { ...r, ...patch }) : r)));
  const addRow = () => {
    if (rows.length >= table.maxRows) return;
    onChange([...rows, emptyRow(table)]);
    focusFirstField(table, rows.length);
  };
  const move = (i: number, d: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(i, 1);
    next.splice(i + d, 0, row!);
    onChange(next);
  };
  const remove = (i: number) => {
    const removed = rows[i]!;
    const before = rows;
    onChange(rows.filter((_, j) => j !== i));
    const id = notifications.show({
      message: (
        <Group justify="space-between">
          <Text size="sm">
            已删除第 {i + 1} 条{table.rowNoun}
          </Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              onChange(before);
              notifications.hide(id);
            }}
          >
            撤销
          </Button>
        </Group>
      ),
      autoClose: 8000,
    });
    void removed;
  };

  return (
    <div>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>
          {table.label}({rows.length} 条)
        </Text>
        {!readOnly && (
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={addRow}
            disabled={rows.length >= table.maxRows}
          >
            添加{table.rowNoun}
          </Button>
        )}
      </Group>
      {rows.length === 0 && (
        <Text c="dimmed" size="sm" mb="sm">
          还没有{table.rowNoun}记录。
          {readOnly ? '' : `点“添加${table.rowNoun}”开始填写;在任一单行输入框按 Enter 可再添加一条。`}
        </Text>
      )}
      {rows.map((row, i) => (
        <Fieldset key={i} legend={`${table.rowNoun} ${i + 1}`} mb="sm" data-row={`${table.key}-${i}`}>
          {!readOnly && (
            <Group gap={4} justify="flex-end" mt={-8} mb={4}>
              <Tooltip label="上移">
                <ActionIcon
                  variant="subtle"
                  aria-label={`上移第 ${i + 1} 条`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="下移">
                <ActionIcon
                  variant="subtle"
                  aria-label={`下移第 ${i + 1} 条`}
                  disabled={i === rows.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="删除">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`删除第 ${i + 1} 条`}
                  onClick={() => remove(i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            {table.columns.map((col) => (
              <FieldInput
                key={col.key}
                field={col}
                value={row[col.key]}
                error={errors[`${table.key}.${i}.${col.key}`]}
                readOnly={readOnly}
                record={row}
                people={people}
                decisionEditable={decisionEditable}
                {...(table.prefill && prefilledRows?.[i]
                  ? { prefilledValue: prefilledRows[i][col.key] }
                  : {})}
                onChange={(v) => setCell(i, { [col.key]: v })}
                onRecordChange={(patch) => setCell(i, patch)}
                onEnter={readOnly ? undefined : addRow}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
      ))}
    </div>
  );
}
