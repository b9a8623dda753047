import type { FieldDef, FormDef, TableDef } from '../domain/forms/form-def';
import type { DocBlock, DocCell, DocMeta, DocModel } from './doc-model';

/** Ruled rows printed for an empty table, so the paper form can be filled in by hand. */
export const BLANK_TABLE_ROWS = 3;

/** The label a signature line pairs with, for the date written beside the ink. */
export const SIGNATURE_DATE_LABEL = '日期';

/** Builds the paper document of a form from its data and the office's facts around it. */
export function buildDocument(form: FormDef, data: Record<string, unknown>, meta: DocMeta): DocModel {
  const blocks: DocBlock[] = [];
  // The author's facts head the first grid, so a form without a leading field section still prints them.
  let grid: DocCell[] = [
    { label: '日期', value: meta.periodLabel },
    { label: '姓名', value: meta.personName },
    { label: '区域', value: meta.regionName },
    { label: '状态', value: meta.statusLabel },
  ];
  const signatureLabels: string[] = [];

  const flushGrid = (): void => {
    if (grid.length > 0) blocks.push(fieldGrid(grid, form.orientation));
    grid = [];
  };

  for (const section of form.sections) {
    if (section.kind === 'table') {
      flushGrid();
      blocks.push(tableBlock(section.table, data[section.table.key]));
      continue;
    }
    // Free text goes below the section's short fields, in declaration order, as boxes of its own.
    const texts: DocBlock[] = [];
    for (const field of section.fields) {
      const value = fieldText(field, data[field.key]);
      if (field.type === 'textarea') texts.push({ kind: 'text', label: field.label, value });
      else if (field.type === 'signature') signatureLabels.push(field.label);
      else grid.push({ label: field.label, value });
    }
    flushGrid();
    blocks.push(...texts);
  }
  flushGrid();

  if (form.reviewLabel) blocks.push({ kind: 'text', label: form.reviewLabel, value: reviewText(meta) });
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

/** A stored field value as printed: numbers as digits, missing values as an empty string. */
export function fieldText(field: FieldDef, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'boolean') return value ? '☑' : '□';
  return '';
}

function splitLines(value: string): string[] {
  return value === '' ? [] : value.split('\n');
}

/** Width of a string in ems: CJK and full-width characters count one, the rest half. */
export function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5;
  return n;
}

/** Ems of 小四 text between the margins of an A4 page, roughly. */
const PAGE_EMS = { landscape: 60, portrait: 36 } as const;

function fieldGrid(cells: DocCell[], orientation: DocModel['orientation']): DocBlock {
  const columns = gridColumns(cells.length, orientation === 'landscape' ? 4 : 2);
  const pairEms = PAGE_EMS[orientation] / columns;
  const labelEms = Math.min(Math.max(4, ...cells.map((c) => ems(c.label))), 6);
  // A value too wide for one pair takes more, rather than wrapping; the slack covers cell margins
  // and substitute fonts whose digits are wider than half an em.
  const spans = cells.map((c) => {
    const need = labelEms + Math.max(0, ...splitLines(c.value).map(ems)) + 3;
    return Math.min(Math.max(1, Math.ceil(need / pairEms)), columns);
  });
  // A cell that would overrun its row starts the next one; the cell before it widens to close the gap,
  // as does the last cell, so the grid has no empty label/value pairs.
  let used = 0;
  spans.forEach((span, i) => {
    if (used + span > columns) {
      spans[i - 1]! += columns - used;
      used = 0;
    }
    used = (used + span) % columns;
  });
  if (used > 0) spans[spans.length - 1]! += columns - used;
  return {
    kind: 'fieldGrid',
    columns,
    cells: cells.map((c, i) => (spans[i] === 1 ? c : { ...c, span: spans[i] })),
  };
}

/** One fewer pair per row is chosen when it leaves fewer widened cells. */
function gridColumns(count: number, maxColumns: number): number {
  if (count <= maxColumns) return Math.max(count, 1);
  const gap = (n: number) => (n - (count % n)) % n;
  return maxColumns > 2 && gap(maxColumns - 1) < gap(maxColumns) ? maxColumns - 1 : maxColumns;
}

function tableBlock(table: TableDef, value: unknown): DocBlock {
  const byKey = new Map(table.columns.map((c) => [c.key, c]));
  const records = Array.isArray(value) ? value.filter(isRecord) : [];
  const rows = records.map((record) =>
    table.paper.map((col) =>
      col.keys.flatMap((key) => {
        const field = byKey.get(key);
        return field ? fieldText(field, record[key]).split('\n') : [''];
      }),
    ),
  );
  // Blank rows keep one line per stacked field, so a hand-filled row has room for each.
  while (rows.length < BLANK_TABLE_ROWS && records.length === 0) {
    rows.push(table.paper.map((col) => col.keys.map(() => '')));
  }
  return {
    kind: 'table',
    title: table.label,
    columns: table.paper.map((col) => ({ label: col.label, width: col.width })),
    rows,
  };
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

function footerNote(form: FormDef, meta: DocMeta): string {
  // Short enough for one footer line in landscape: every faxed page carries the deadline and its origin.
  const parts = [form.deadlineText];
  if (meta.enteredByName) parts.push(`内勤 ${meta.enteredByName} 代录`);
  if (meta.submittedAt) parts.push(`提交 ${meta.submittedAt}`);
  parts.push(`打印 ${meta.printedAt}`);
  return parts.join(' · ');
}
