import type { TableDef } from '../../../src-shared/domain/forms';

export type Row = Record<string, unknown>;

/** What a view of a table may do to its rows. */
export interface RowOps {
  setCell: (index: number, patch: Row) => void;
  add: () => void;
  move: (index: number, by: -1 | 1) => void;
  remove: (index: number) => void;
}

/**
 * Which rows of the dense table show their details. While editing they are closed unless opened by
 * hand or just added; when reading they are open unless closed by hand. `toggled` lists the rows
 * turned from that default.
 */
export interface OpenDetails {
  toggled: readonly number[];
  fresh: number | null;
}

export const NO_DETAILS_TOGGLED: OpenDetails = { toggled: [], fresh: null };

/** Whether a row's details show. */
export function detailsOpen(open: OpenDetails, index: number, readOnly: boolean): boolean {
  return open.fresh === index || open.toggled.includes(index) !== readOnly;
}

/** Open details after a row's details button is pressed. */
export function toggleOpen(open: OpenDetails, index: number, readOnly: boolean): OpenDetails {
  const without = open.toggled.filter((i) => i !== index);
  if (open.fresh === index) return { fresh: null, toggled: readOnly ? [...without, index] : without };
  return { ...open, toggled: open.toggled.includes(index) ? without : [...without, index] };
}

/** The props every view of a table takes. */
export interface TableViewProps {
  table: TableDef;
  rows: Row[];
  errors: Record<string, string>;
  readOnly: boolean;
  ops: RowOps;
  people?: readonly { id: number; name: string }[] | undefined;
  prefilledRows?: readonly Row[] | undefined;
  decisionEditable?: boolean | undefined;
}

/** Open details after rows `a` and `b` swap places. */
export function swapOpen(open: OpenDetails, a: number, b: number): OpenDetails {
  const swap = (i: number) => (i === a ? b : i === b ? a : i);
  return { toggled: open.toggled.map(swap), fresh: open.fresh === null ? null : swap(open.fresh) };
}

/** Open details after row `index` is removed. */
export function removeOpen(open: OpenDetails, index: number): OpenDetails {
  const shift = (i: number) => (i > index ? i - 1 : i);
  return {
    toggled: open.toggled.filter((i) => i !== index).map(shift),
    fresh: open.fresh === null || open.fresh === index ? null : shift(open.fresh),
  };
}

/** Puts the cursor in a row's first field. */
export function focusRow(table: TableDef, index: number) {
  const row = `[data-row="${table.key}-${index}"]`;
  document.querySelector<HTMLElement>(`${row} input, ${row} textarea`)?.focus();
}
