import type { FieldDef, FormDef, TableDef } from '../domain/forms/form-def';
import { periodFieldLabel } from '../domain/forms/form-def';
import { formatFieldValue, withComputed } from '../domain/forms/form-values';
import {
  type DocBlock,
  type DocCell,
  type DocMeta,
  type DocModel,
  columnLabels,
  ems,
  LABEL_COLUMN_EMS,
  labelColumnEms,
  SIGNATURE_DATE_LABEL,
} from './doc-model';

/** Ruled rows printed for an empty table, so the paper form can be filled in by hand. */
export const BLANK_TABLE_ROWS = 3;

/** Lines of a blank ruled row that carries printed checkboxes, room for two handwritten lines. */
const BLANK_ROW_LINES = 3;

/** Builds the paper document of a form from its data and the office's facts around it. */
export function buildDocument(form: FormDef, stored: Record<string, unknown>, meta: DocMeta): DocModel {
  // Derived values print as their inputs say, whatever was stored with them.
  const data = withComputed(form, stored);
  const blocks: DocBlock[] = [];
  // The author's facts head the first grid, so a form without a leading field section still prints them.
  let grid: DocCell[] = [
    { label: periodFieldLabel(form), value: meta.periodLabel },
    { label: form.authorLabel ?? '姓名', value: meta.personName },
    { label: '区域', value: meta.regionName },
    { label: '状态', value: meta.statusLabel },
  ];
  const signatureLabels: string[] = [];

  // Grids are laid out at the end, once every grid label is known: the renderer gives all grids of a
  // document one label column, so a value's room depends on the widest label anywhere.
  const flushGrid = (): void => {
    if (grid.length > 0) blocks.push({ kind: 'fieldGrid', columns: 0, cells: grid });
    grid = [];
  };

  for (const section of form.sections) {
    if (section.kind === 'table') {
      flushGrid();
      blocks.push(tableBlock(section.table, data[section.table.key], form.orientation));
      continue;
    }
    // A titled section is a group of its own on paper: its title heads it as a plain line and its
    // short fields start a fresh grid.
    if (section.title) {
      flushGrid();
      blocks.push({ kind: 'text', label: section.title, value: '', plain: true });
    }
    // Free text goes below the section's short fields, in declaration order, as boxes of its own.
    const texts: DocBlock[] = [];
    for (const field of section.fields) {
      const value = paperText(
        field,
        data[field.key],
        data,
        PAGE_EMS[form.orientation] - LABEL_COLUMN_EMS.max - 2,
      );
      if (field.type === 'textarea') texts.push({ kind: 'text', label: field.label, value });
      else if (field.type === 'signature') signatureLabels.push(field.label);
      // A field as wide as the screen (span 12) is a whole row on paper too, room for handwriting.
      else
        grid.push(
          field.span === 12 ? { label: field.label, value, span: FULL_ROW } : { label: field.label, value },
        );
    }
    flushGrid();
    blocks.push(...texts);
  }
  flushGrid();
  if (form.reviewLabel) blocks.push({ kind: 'text', label: form.reviewLabel, value: reviewText(meta) });
  // One label column for the whole document, as wide as its longest label (within limits).
  const labelEms = labelColumnEms(columnLabels(blocks, false));
  blocks.forEach((b, i) => {
    if (b.kind === 'fieldGrid') blocks[i] = fieldGrid(b.cells, form.orientation, labelEms);
  });
  for (const label of form.signatures) if (!signatureLabels.includes(label)) signatureLabels.push(label);
  if (signatureLabels.length > 0) {
    // Signatures are for ink: the lines stay blank even when the author is known.
    blocks.push({
      kind: 'signatures',
      items: signatureLabels.flatMap((label) => [
        { label, value: '' },
        { label: SIGNATURE_DATE_LABEL, value: '' },
      ]),
    });
  }

  const region = regionLabel(meta.regionName);
  const fax = meta.officeFax.trim() ? `  传真 ${meta.officeFax.trim()}` : '';
  return {
    orientation: form.orientation,
    header: {
      left: `${meta.company}  ${form.title}(${form.code})`,
      right: `${[region, meta.officeName].filter(Boolean).join(' · ')}${fax}`,
    },
    title: form.title,
    code: form.code,
    deadlineText: form.deadlineText,
    blocks,
    footerNote: footerNote(form, meta),
  };
}

/** Every text string of a document in reading order, one entry per printed line, blanks left out. */
export function documentText(model: DocModel): string[] {
  const out: string[] = [model.header.left, model.header.right, model.title, model.code, model.deadlineText];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'fieldGrid':
        for (const cell of block.cells) out.push(cell.label, ...splitLines(cell.value));
        break;
      case 'table':
        out.push(block.title, ...block.columns.map((c) => c.label));
        for (const row of block.rows) for (const cell of row) out.push(...cell);
        break;
      case 'text':
        out.push(block.label, ...splitLines(block.value));
        break;
      case 'signatures':
        for (const item of block.items) out.push(item.label, ...splitLines(item.value));
        break;
    }
  }
  out.push(model.footerNote);
  return out.filter((s) => s.trim() !== '');
}

/**
 * A stored field value as printed: numbers as digits (amounts grouped, with their unit), choices as
 * ☑/□ lines, a person by name, missing values as an empty string. `record` is the row or form data
 * the value belongs to, where a person's name and a computed value's inputs are read.
 */
export function fieldText(field: FieldDef, value: unknown, record?: Record<string, unknown>): string {
  return formatFieldValue(field, value, record);
}

function splitLines(value: string): string[] {
  return value === '' ? [] : value.split('\n');
}

/** A grid cell's span that asks for a whole row, however many pairs the row holds. */
const FULL_ROW = 99;

/** Ems of 小四 text between the margins of an A4 page, roughly. */
const PAGE_EMS = { landscape: 60, portrait: 36 } as const;

function fieldGrid(cells: DocCell[], orientation: DocModel['orientation'], labelEms: number): DocBlock {
  const most = Math.min(orientation === 'landscape' ? 4 : 2, Math.max(cells.length, 1));
  // Of the pairs per row a page takes, the layout with the fewest rows, then the fewest widened cells.
  const candidates = (most > 2 ? [most, most - 1] : [most]).map((n) =>
    gridLayout(cells, n, orientation, labelEms),
  );
  const best = candidates.reduce((a, b) =>
    b.rows < a.rows || (b.rows === a.rows && b.widened < a.widened) ? b : a,
  );
  return {
    kind: 'fieldGrid',
    columns: best.columns,
    cells: cells.map((c, i) => {
      return best.spans[i] === 1 ? { label: c.label, value: c.value } : { ...c, span: best.spans[i] };
    }),
  };
}

/** How cells fall into rows of `columns` label/value pairs: each cell's span, the rows, the cells widened. */
function gridLayout(
  cells: DocCell[],
  columns: number,
  orientation: DocModel['orientation'],
  labelEms: number,
): { columns: number; spans: number[]; rows: number; widened: number } {
  const pairEms = PAGE_EMS[orientation] / columns;
  // A value too wide for one pair takes more, rather than wrapping; the slack covers cell margins
  // and substitute fonts whose digits are wider than half an em.
  const spans = cells.map((c) => {
    if (c.span) return Math.min(c.span, columns);
    const need = labelEms + Math.max(0, ...splitLines(c.value).map(setEms)) + 3;
    return Math.min(Math.max(1, Math.ceil(need / pairEms)), columns);
  });
  const wanted = [...spans];
  // A cell that would overrun its row starts the next one; the cell before it widens to close the gap,
  // as does the last cell, so the grid has no empty label/value pairs.
  let used = 0;
  let rows = 0;
  spans.forEach((span, i) => {
    if (used + span > columns) {
      spans[i - 1]! += columns - used;
      used = 0;
      rows++;
    }
    used += span;
    if (used === columns) {
      used = 0;
      rows++;
    }
  });
  if (used > 0) {
    spans[spans.length - 1]! += columns - used;
    rows++;
  }
  const widened = spans.filter((s, i) => s !== wanted[i]).length;
  return { columns, spans, rows, widened };
}

/**
 * A line's width as set: its ems, plus the quarter em Word and LibreOffice put between Chinese
 * and Latin letters or digits (2026年11月26日 is wider than its characters).
 */
function setEms(line: string): number {
  const cjk = (ch: string) => /[\u2e80-\u9fff\uf900-\ufaff]/.test(ch);
  const latin = (ch: string) => /[0-9A-Za-z]/.test(ch);
  let gaps = 0;
  const chars = [...line];
  for (let i = 1; i < chars.length; i++) {
    const [a, b] = [chars[i - 1]!, chars[i]!];
    if ((cjk(a) && latin(b)) || (latin(a) && cjk(b))) gaps++;
  }
  return ems(line) + gaps / 4;
}

/**
 * A value as printed in a cell about `roomEms` wide: a choice breaks between its options rather
 * than inside a word, so each box stays beside the word it ticks.
 */
function paperText(
  field: FieldDef,
  value: unknown,
  record: Record<string, unknown> | undefined,
  roomEms: number,
) {
  const text = fieldText(field, value, record);
  if (field.type !== 'choice') return text;
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && ems(`${lines[last]} ${word}`) <= roomEms) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

function tableBlock(table: TableDef, value: unknown, orientation: DocModel['orientation']): DocBlock {
  // A column's room in 五号 ems, less its cell margins.
  const room = (width: number) => ((PAGE_EMS[orientation] * width) / 100) * (12 / 10.5) - 1;
  const byKey = new Map(table.columns.map((c) => [c.key, c]));
  const records = Array.isArray(value) ? value.filter(isRecord) : [];
  const rows = records.map((record) =>
    table.paper.map((col) =>
      col.keys.flatMap((key) => {
        const field = byKey.get(key);
        return field ? paperText(field, record[key], record, room(col.width)).split('\n') : [''];
      }),
    ),
  );
  // Blank rows keep one line per stacked field, so a hand-filled row has room for each; a choice
  // keeps its empty boxes to tick by hand, and then a spare line keeps the row tall enough to write in.
  while (rows.length < BLANK_TABLE_ROWS && records.length === 0) {
    const row = table.paper.map((col) =>
      col.keys.flatMap((key) => {
        const field = byKey.get(key);
        return field?.type === 'choice'
          ? paperText(field, undefined, undefined, room(col.width)).split('\n')
          : [''];
      }),
    );
    const boxes = row.some((cell) => cell.some((line) => line !== ''));
    if (boxes) row[0]!.push(...Array<string>(Math.max(0, BLANK_ROW_LINES - row[0]!.length)).fill(''));
    rows.push(row);
  }
  return {
    kind: 'table',
    title: table.label,
    // Amounts, counts and rates line up on the right, as in a ledger.
    columns: table.paper.map((col) =>
      col.keys.every((key) => isNumberField(byKey.get(key)))
        ? { label: col.label, width: col.width, numeric: true }
        : { label: col.label, width: col.width },
    ),
    rows,
  };
}

function isNumberField(field: FieldDef | undefined): boolean {
  return field?.type === 'number' || field?.type === 'integer';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function reviewText(meta: DocMeta): string {
  const comment = meta.reviewComment?.trim() ?? '';
  const by = [meta.reviewerName, meta.reviewedAt].filter(Boolean).join(' ');
  if (!by) return comment;
  return comment ? `${comment}\n(审核:${by})` : `(审核:${by})`;
}

function regionLabel(name: string): string {
  if (!name) return '';
  return name.endsWith('区域') || name.endsWith('区') ? name : `${name}区域`;
}

/** Ems of 五号 text a footer line holds between the margins, with room to spare. */
const FOOTER_EMS = { landscape: 66, portrait: 40 } as const;

function footerNote(form: FormDef, meta: DocMeta): string {
  // One footer line on every faxed page: the deadline and the report's origin. When that is too long
  // for the page, the print time goes first, then the deadline (which the title line also carries).
  const origin: string[] = [];
  if (meta.enteredByName) origin.push(`内勤 ${meta.enteredByName} 代录`);
  if (meta.submittedAt) origin.push(`提交 ${meta.submittedAt}`);
  const printed = meta.printedAt ? [`打印 ${meta.printedAt}`] : [];
  const candidates = [
    [form.deadlineText, ...origin, ...printed],
    [form.deadlineText, ...origin],
    [...origin, ...printed],
  ].map((parts) => parts.join(' · '));
  return candidates.find((c) => ems(c) <= FOOTER_EMS[form.orientation]) ?? candidates[2]!;
}
