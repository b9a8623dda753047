import type { FieldDef, TableDef } from '../../../src-shared/domain/forms';

/** One column of the dense table: a field, or two times printed together (时间 起–止). */
export type GridColumn =
  | { kind: 'field'; key: string; label: string; field: FieldDef; width: number | null }
  | { kind: 'range'; key: string; label: string; fields: readonly [FieldDef, FieldDef]; width: number };

export interface GridLayout {
  /** Short fields, one cell each in the row. */
  inline: GridColumn[];
  /** Long texts, and what paper prints with them (下次拜访日期 under 下一步计划): the row's details. */
  details: FieldDef[];
}

/** Tables with at least this many columns are worth a dense view; fewer fit as cards. */
export const GRID_MIN_COLUMNS = 8;

/** Content width from which the dense table is the default view (a 1280 px screen and wider). */
export const GRID_MIN_WIDTH = 1000;

/** Whether a table has enough columns to be entered as a dense table, one row per record. */
export function suitsGrid(table: TableDef): boolean {
  return table.columns.length >= GRID_MIN_COLUMNS && table.columns.some((c) => c.type === 'textarea');
}

/** Pixels per character of a 14 px CJK font. */
const CHAR = 14;

/** A short field's width in pixels, or null to share what is left (names, long texts). */
function widthOf(field: FieldDef): number | null {
  switch (field.type) {
    case 'select': {
      const longest = Math.max(2, ...(field.options ?? []).map((o) => o.length));
      return Math.min(180, Math.max(88, longest * CHAR + 60));
    }
    case 'choice':
      return (field.options ?? []).reduce((w, o) => w + o.length * CHAR + 36, 16);
    case 'integer':
    case 'score':
      return 84;
    case 'number':
      return 120;
    case 'date':
      return 136;
    case 'time':
      return 76;
    case 'person':
      return 120;
    case 'text':
      // 客户类型 (30) and 电话 (40) are short; 联系人及职务 (60) holds a name and a title.
      if ((field.max ?? 200) <= 30) return 104;
      if ((field.max ?? 200) <= 40) return 128;
      if ((field.max ?? 200) <= 60) return 136;
      return null;
    default:
      return null;
  }
}

/**
 * Splits a table's columns into the row's cells and its details, from the declaration alone: long
 * texts go to the details with whatever paper prints in the same column; two times printed in one
 * paper column (开始时间, 结束时间 under 时间) share one cell.
 */
export function gridLayout(table: TableDef): GridLayout {
  const paperOf = (key: string) => table.paper.find((p) => p.keys.includes(key));
  const withLongText = new Set(
    table.paper
      .filter((p) => p.keys.some((k) => table.columns.find((c) => c.key === k)?.type === 'textarea'))
      .flatMap((p) => p.keys),
  );
  const details = table.columns.filter((c) => c.type === 'textarea' || withLongText.has(c.key));
  const short = table.columns.filter((c) => !details.includes(c));

  const inline: GridColumn[] = [];
  for (let i = 0; i < short.length; i++) {
    const field = short[i]!;
    const next = short[i + 1];
    const paper = paperOf(field.key);
    if (field.type === 'time' && next?.type === 'time' && paper && paper === paperOf(next.key)) {
      inline.push({ kind: 'range', key: field.key, label: paper.label, fields: [field, next], width: 142 });
      i++;
      continue;
    }
    inline.push({ kind: 'field', key: field.key, label: field.label, field, width: widthOf(field) });
  }
  return { inline, details };
}
