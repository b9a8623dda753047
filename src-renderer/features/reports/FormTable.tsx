import { Button, Group, Kbd, SegmentedControl, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLayoutList, IconPlus, IconTable } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type TableDef, withComputedFields } from '../../../src-shared/domain/forms';
import { appendPlanRows, nextWeekDays } from './contact-due-offer';
import { ContactDueOffer } from './ContactDueOffer';
import {
  focusRow,
  NO_DETAILS_TOGGLED,
  type OpenDetails,
  removeOpen,
  type Row,
  type RowOps,
  swapOpen,
  toggleOpen,
} from './form-table-ops';
import classes from './FormTable.module.css';
import { FormTableCards } from './FormTableCards';
import { FormTableGrid } from './FormTableGrid';
import { keepOpportunityLink, opportunityLinkOf } from './opportunity-link';
import { useReportContext } from './report-context';
import { type TableView, useTableView } from './use-table-view';

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
  /** The form's only table: Ctrl+Enter adds a row from anywhere on the page, not only inside it. */
  pageShortcut?: boolean;
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

function isAddShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }) {
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey;
}

/**
 * A declared table: a dense table (one line per row, long texts in the row's details) on wide
 * screens, cards on narrow ones, either by choice. Ctrl+Enter adds a row; rows move and are removed
 * with undo.
 */
export function FormTable({
  table,
  rows,
  errors,
  readOnly,
  onChange,
  people,
  prefilledRows,
  decisionEditable,
  pageShortcut,
}: Props) {
  const { ref, view, canChoose, choose } = useTableView(table);
  const report = useReportContext();
  const link = opportunityLinkOf(report?.form, table.key);
  const [open, setOpen] = useState<OpenDetails>(NO_DETAILS_TOGGLED);
  // Reading (after submitting, or the manager) starts again from every row's details open.
  useEffect(() => setOpen(NO_DETAILS_TOGGLED), [readOnly]);
  // Two changes in one keystroke (a time stored on Enter, then a row added) must build on each other.
  const latest = useRef(rows);
  latest.current = rows;
  // The row to put the cursor in once drawn: before the next keystroke is handled, so what a fast
  // typist types after Ctrl+Enter lands in the new row.
  const focusAfterRender = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (focusAfterRender.current === null) return;
    focusRow(table, focusAfterRender.current);
    focusAfterRender.current = null;
  });
  const commit = (next: Row[]) => {
    latest.current = next;
    onChange(next);
  };

  const ops: RowOps = {
    // A changed cell recomputes its row's derived values, so the screen and the stored row agree.
    setCell: (i, patch) =>
      commit(
        latest.current.map((r, j) =>
          j === i ? keepOpportunityLink(link, r, withComputedFields(table.columns, { ...r, ...patch })) : r,
        ),
      ),
    add: () => {
      const current = latest.current;
      if (readOnly || current.length >= table.maxRows) return;
      commit([...current, emptyRow(table)]);
      // The new row shows its details until the next is added, so Tab leads through all of it.
      setOpen((o) => ({ ...o, fresh: current.length }));
      focusAfterRender.current = current.length;
    },
    move: (i, by) => {
      const next = [...latest.current];
      const [row] = next.splice(i, 1);
      next.splice(i + by, 0, row!);
      commit(next);
      setOpen((o) => swapOpen(o, i, i + by));
    },
    remove: (i) => {
      const before = latest.current;
      commit(before.filter((_, j) => j !== i));
      setOpen((o) => removeOpen(o, i));
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
                commit(before);
                notifications.hide(id);
              }}
            >
              撤销
            </Button>
          </Group>
        ),
        autoClose: 8000,
      });
    },
  };
  const addRef = useRef(ops.add);
  addRef.current = ops.add;

  useEffect(() => {
    if (!pageShortcut || readOnly) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Inside a dialog (新建客户) or another table the shortcut belongs there.
      if (!isAddShortcut(e) || e.defaultPrevented || target?.closest('[role="dialog"], [data-form-table]'))
        return;
      e.preventDefault();
      addRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pageShortcut, readOnly]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || !isAddShortcut(e) || (e.target as HTMLElement).closest('[role="dialog"]')) return;
    e.preventDefault();
    ops.add();
  };

  const viewProps = { table, rows, errors, readOnly, ops, people, prefilledRows, decisionEditable };
  const full = rows.length >= table.maxRows;
  return (
    <div ref={ref} data-form-table={table.key} onKeyDown={onKeyDown}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text fw={600}>
          {table.label}({rows.length} 条)
        </Text>
        <Group gap="sm" wrap="nowrap">
          {!readOnly && view === 'grid' && (
            <Text size="xs" c="dimmed" visibleFrom="md">
              Tab 下一格 · Enter 下一行(最后一行新增)· 长文字在“详情”中填写
            </Text>
          )}
          {!readOnly && table.offer === 'contactDue' && report && (
            <ContactDueOffer
              planned={rows.map((r) => Object.values(r).join(' ')).join('\n')}
              room={table.maxRows - rows.length}
              onAdd={(chosen) =>
                commit(
                  appendPlanRows(table, latest.current, chosen, nextWeekDays(report.periodKey), () =>
                    emptyRow(table),
                  ),
                )
              }
            />
          )}
          {canChoose && (
            <SegmentedControl
              size="xs"
              aria-label="显示方式"
              value={view}
              onChange={(v) => choose(v as TableView)}
              data={[
                { value: 'grid', label: <ViewLabel icon={<IconTable size={14} />} text="表格" /> },
                { value: 'cards', label: <ViewLabel icon={<IconLayoutList size={14} />} text="卡片" /> },
              ]}
            />
          )}
          {!readOnly && (
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              rightSection={
                <Kbd size="xs" aria-hidden className={classes.kbdOnPrimary}>
                  Ctrl+Enter
                </Kbd>
              }
              aria-keyshortcuts="Control+Enter"
              title={full ? `最多${table.maxRows}条` : `添加${table.rowNoun}(Ctrl+Enter)`}
              onClick={ops.add}
              disabled={full}
            >
              添加{table.rowNoun}
            </Button>
          )}
        </Group>
      </Group>
      {rows.length === 0 && view === 'cards' && (
        <Text c="dimmed" size="sm" mb="sm">
          还没有{table.rowNoun}记录。
          {readOnly
            ? ''
            : `点“添加${table.rowNoun}”或按 Ctrl+Enter 开始填写;在任一单行输入框按 Enter 可再添加一条。`}
        </Text>
      )}
      {view === 'grid' ? (
        <FormTableGrid
          {...viewProps}
          open={open}
          onToggle={(i) => setOpen((o) => toggleOpen(o, i, readOnly))}
        />
      ) : (
        <FormTableCards {...viewProps} />
      )}
    </div>
  );
}

function ViewLabel({ icon, text }: { icon: React.ReactNode; text: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      {icon}
      <span>{text}</span>
    </Group>
  );
}
