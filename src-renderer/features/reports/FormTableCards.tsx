import { ActionIcon, Fieldset, Group, SimpleGrid, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { FieldInput } from './FieldInput';
import type { TableViewProps } from './form-table-ops';
import { OpportunityLink } from './OpportunityLink';

/** A declared table as a list of row cards, for narrow screens and short tables. */
export function FormTableCards({
  table,
  rows,
  errors,
  readOnly,
  ops,
  people,
  prefilledRows,
  decisionEditable,
}: TableViewProps) {
  return (
    <>
      {rows.map((row, i) => (
        <Fieldset key={i} legend={`${table.rowNoun} ${i + 1}`} mb="sm" data-row={`${table.key}-${i}`}>
          {!readOnly && (
            <Group gap={4} justify="flex-end" mt={-8} mb={4}>
              <Tooltip label="上移">
                <ActionIcon
                  variant="subtle"
                  aria-label={`上移第 ${i + 1} 条`}
                  disabled={i === 0}
                  onClick={() => ops.move(i, -1)}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="下移">
                <ActionIcon
                  variant="subtle"
                  aria-label={`下移第 ${i + 1} 条`}
                  disabled={i === rows.length - 1}
                  onClick={() => ops.move(i, 1)}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="删除">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`删除第 ${i + 1} 条`}
                  onClick={() => ops.remove(i)}
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
                onChange={(v) => ops.setCell(i, { [col.key]: v })}
                onRecordChange={(patch) => ops.setCell(i, patch)}
                onEnter={readOnly ? undefined : ops.add}
              />
            ))}
          </SimpleGrid>
          <OpportunityLink table={table} row={row} readOnly={readOnly} onPatch={(p) => ops.setCell(i, p)} />
        </Fieldset>
      ))}
    </>
  );
}
