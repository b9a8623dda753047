import { Button } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { type CSSProperties, type KeyboardEvent, useMemo } from 'react';
import { type FieldDef, formatFieldValue } from '../../../src-shared/domain/forms';
import { FieldInput } from './FieldInput';
import { detailsOpen, type OpenDetails, type Row, type TableViewProps } from './form-table-ops';
import classes from './FormTableGrid.module.css';
import { GridRowMenu } from './GridRowMenu';
import { type GridColumn, gridLayout } from './grid-layout';
import { OpportunityLink } from './OpportunityLink';
import { minutesOf } from './time-entry';

interface Props extends TableViewProps {
  open: OpenDetails;
  onToggle: (index: number) => void;
}

/** Widths of the row number and the details button. */
const NUMBER_WIDTH = 50;
const TOGGLE_WIDTH = 106;
/** The least a column that shares the remaining width gets before the table scrolls. */
const FLEX_MIN = 150;

function isFilled(value: unknown) {
  return value !== null && value !== undefined && value !== '';
}

/**
 * A declared table as a dense table: one line per row with its short fields, the long texts in the
 * row's details below it. Tab runs along the line into the open details and on to the next row;
 * Enter goes down a column and adds a row from the last one.
 */
export function FormTableGrid(props: Props) {
  const { table, rows, errors, readOnly, open, onToggle } = props;
  const layout = useMemo(() => gridLayout(table), [table]);
  const hasDetails = layout.details.length > 0;
  const span = 1 + layout.inline.length + (hasDetails ? 1 : 0);
  const minWidth =
    NUMBER_WIDTH +
    (hasDetails ? TOGGLE_WIDTH : 0) +
    layout.inline.reduce((w, c) => w + (c.width ?? FLEX_MIN), 0);

  return (
    <div className={classes.scroller}>
      <table
        className={classes.table}
        aria-label={table.label}
        style={{ '--grid-min-width': `${minWidth}px` } as CSSProperties}
      >
        <colgroup>
          <col style={{ width: NUMBER_WIDTH }} />
          {layout.inline.map((c) => (
            <col key={c.key} style={c.width ? { width: c.width } : undefined} />
          ))}
          {hasDetails && <col style={{ width: TOGGLE_WIDTH }} />}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">序号</th>
            {layout.inline.map((c) => (
              <th key={c.key} scope="col" title={c.label}>
                {c.label}
                {(c.kind === 'range' ? c.fields[0].required : c.field.required) && !readOnly && (
                  <span className={classes.required} aria-hidden>
                    *
                  </span>
                )}
                {c.kind === 'range' && <span className={classes.sub}>起–止</span>}
              </th>
            ))}
            {hasDetails && <th scope="col">详情</th>}
          </tr>
        </thead>
        {rows.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={span} className={classes.empty}>
                还没有{table.rowNoun}记录。
                {readOnly ? '' : `按 Ctrl+Enter 或点“添加${table.rowNoun}”开始填写。`}
              </td>
            </tr>
          </tbody>
        )}
        {rows.map((row, i) => {
          const detailError = layout.details.some((f) => errors[`${table.key}.${i}.${f.key}`]);
          const isOpen = detailError || detailsOpen(open, i, readOnly);
          return (
            <GridRow
              key={i}
              {...props}
              row={row}
              index={i}
              layout={layout}
              span={span}
              isOpen={isOpen}
              onToggle={() => onToggle(i)}
            />
          );
        })}
      </table>
    </div>
  );
}

interface RowProps extends Props {
  row: Row;
  index: number;
  layout: ReturnType<typeof gridLayout>;
  span: number;
  isOpen: boolean;
  onToggle: () => void;
}

function GridRow(props: RowProps) {
  const { table, rows, row, index: i, layout, span, isOpen, readOnly, errors, ops } = props;
  const label = `${table.rowNoun} ${i + 1}`;
  const detailsId = `${table.key}-${i}-details`;
  const filled = layout.details.filter((f) => isFilled(row[f.key]));
  const preview = filled
    .map((f) => `${f.label}:${formatFieldValue(f, row[f.key], row).slice(0, 40)}`)
    .join('\n');

  const input = (field: FieldDef, inline: boolean) => (
    <div data-col={field.key} key={field.key}>
      <FieldInput
        field={field}
        compact={inline}
        textareaRows={2}
        value={row[field.key]}
        error={errors[`${table.key}.${i}.${field.key}`]}
        readOnly={readOnly}
        record={row}
        people={props.people}
        decisionEditable={props.decisionEditable}
        {...(table.prefill && props.prefilledRows?.[i]
          ? { prefilledValue: props.prefilledRows[i][field.key] }
          : {})}
        onChange={(v) => ops.setCell(i, { [field.key]: v })}
        onRecordChange={(patch) => ops.setCell(i, patch)}
      />
    </div>
  );

  const cell = (c: GridColumn) => {
    if (c.kind === 'field') return input(c.field, true);
    const [from, to] = c.fields;
    const start = minutesOf(row[from.key]);
    const end = minutesOf(row[to.key]);
    return (
      <>
        <div className={classes.range}>
          {input(from, true)}
          <span className={classes.dash} aria-hidden>
            –
          </span>
          {input(to, true)}
        </div>
        {start !== null && end !== null && end < start && (
          <div className={classes.warning}>
            {to.label}早于{from.label}
          </div>
        )}
      </>
    );
  };

  // Enter goes down the column, as in a spreadsheet, and adds a row from the last one. It is left
  // to an open list (客户, 拜访方式) to pick its option, and to an input method composing a word.
  const enterMovesOn = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = e.target as HTMLElement;
    if (
      readOnly ||
      e.key !== 'Enter' ||
      e.ctrlKey ||
      e.metaKey ||
      e.altKey ||
      e.shiftKey ||
      e.defaultPrevented ||
      e.nativeEvent.isComposing ||
      target.tagName !== 'INPUT' ||
      target.getAttribute('aria-expanded') === 'true'
    )
      return;
    e.preventDefault();
    if (i === rows.length - 1) {
      ops.add();
      return;
    }
    const col = target.closest('[data-col]')?.getAttribute('data-col');
    const next = `[data-row="${table.key}-${i + 1}"]`;
    const el =
      document.querySelector<HTMLElement>(`${next} [data-col="${col}"] input`) ??
      document.querySelector<HTMLElement>(`${next} input`);
    el?.focus();
  };
  // A closed list opens on Enter; once something is picked, Enter moves on like any other cell.
  const onKeyDownCapture = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = e.target as HTMLInputElement;
    const pickedList =
      target.tagName === 'INPUT' &&
      target.readOnly &&
      target.getAttribute('aria-haspopup') === 'listbox' &&
      target.value !== '';
    if (!pickedList) return;
    enterMovesOn(e);
    if (e.defaultPrevented) e.stopPropagation();
  };

  return (
    <tbody
      className={classes.group}
      aria-label={label}
      data-row={`${table.key}-${i}`}
      data-open={isOpen || undefined}
      onKeyDownCapture={onKeyDownCapture}
      onKeyDown={enterMovesOn}
    >
      <tr>
        <td>
          <div className={classes.number}>
            <span>{i + 1}</span>
            {!readOnly && <GridRowMenu table={table} index={i} count={rows.length} ops={ops} />}
          </div>
        </td>
        {layout.inline.map((c) => (
          <td key={c.key}>{cell(c)}</td>
        ))}
        {layout.details.length > 0 && (
          <td>
            <Button
              fullWidth
              size="compact-sm"
              h={36}
              variant={isOpen ? 'light' : 'subtle'}
              color={filled.length > 0 ? 'blue' : 'gray'}
              rightSection={isOpen ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
              aria-label={`第 ${i + 1} 条${table.rowNoun}的详情`}
              aria-expanded={isOpen}
              aria-controls={isOpen ? detailsId : undefined}
              title={preview || `填写${layout.details.map((f) => f.label).join('、')}`}
              onClick={props.onToggle}
            >
              详情{filled.length > 0 ? ` ${filled.length}/${layout.details.length}` : ''}
            </Button>
          </td>
        )}
      </tr>
      {isOpen && (
        <tr className={classes.details} id={detailsId}>
          <td colSpan={span}>
            <div
              className={classes.detailsGrid}
              style={{
                gridTemplateColumns: layout.details
                  .map((f) => (f.type === 'textarea' ? 'minmax(0, 1fr)' : '150px'))
                  .join(' '),
              }}
            >
              {layout.details.map((f) => input(f, false))}
            </div>
            <OpportunityLink table={table} row={row} readOnly={readOnly} onPatch={(p) => ops.setCell(i, p)} />
          </td>
        </tr>
      )}
    </tbody>
  );
}
