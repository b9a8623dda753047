import { type FormDef, formTables, headerFields, periodFieldLabel } from '../domain/forms/form-def';
import { type DocBlock, type DocModel, SIGNATURE_DATE_LABEL } from './doc-model';

/** One report of the month: its printed document and the data it was printed from. */
export interface MonthDay {
  model: DocModel;
  data: Record<string, unknown>;
  /** The period as printed, e.g. 2026年11月26日(星期四). */
  periodLabel: string;
  statusLabel: string;
}

/** Whose month it is, for the cover. */
export interface MonthBookMeta {
  personName: string;
  /** The month as printed, e.g. 2026年11月. */
  monthLabel: string;
  regionName: string;
  /** When the book was generated, printed in the cover's footer. */
  printedAt?: string;
}

/**
 * A month of one person's reports of a form that declares a month cover (走访表): a portrait
 * cover listing each day with the figures the form names, then the days themselves, unchanged
 * and in the order given.
 */
export function buildMonthBook(form: FormDef, days: MonthDay[], meta: MonthBookMeta): DocModel[] {
  return [monthCover(form, days, meta), ...days.map((d) => d.model)];
}

/** The cover page of a month of a form: totals, a row per day, the reviewer's box and signatures. */
export function monthCover(form: FormDef, days: MonthDay[], meta: MonthBookMeta): DocModel {
  const cover = form.monthCover;
  if (!cover) throw new Error(`${form.code} declares no month cover`);
  const fields = new Map(headerFields(form).map((f) => [f.key, f]));
  const table = formTables(form).find((t) => t.key === cover.countTable);
  const figures = cover.figures.map((f) => ({ ...f, label: fields.get(f.field)?.label ?? f.field }));

  const counts = days.map((d) => figures.map((f) => count(d.data[f.field])));
  const records = days.map((d) => filledRows(d.data[cover.countTable]));
  const total = (values: (number | null)[]): string => {
    const known = values.filter((n): n is number => n !== null);
    return known.length > 0 ? String(known.reduce((a, b) => a + b, 0)) : '';
  };
  const figureTotals = figures.map((_, i) => total(counts.map((c) => c[i]!)));

  const rows: string[][][] = days.map((d, i) => [
    [String(i + 1)],
    [d.periodLabel],
    ...counts[i]!.map((n) => [n === null ? '' : String(n)]),
    [String(records[i])],
    [d.statusLabel],
  ]);
  rows.push([['合计'], [`${days.length} 天`], ...figureTotals.map((t) => [t]), [total(records)], ['']]);

  const blocks: DocBlock[] = [
    {
      kind: 'fieldGrid',
      columns: 2,
      cells: [
        { label: '姓名', value: meta.personName },
        { label: '月份', value: meta.monthLabel },
        { label: '区域', value: meta.regionName },
        { label: `${form.title}份数`, value: String(days.length) },
        ...figures.map((f, i) => ({ label: f.total, value: figureTotals[i]! })),
      ],
    },
    {
      kind: 'table',
      title: `每日${form.title}`,
      columns: [
        { label: '序号', width: 1 },
        { label: periodFieldLabel(form), width: 5 },
        ...figures.map((f) => ({ label: f.label, width: 2, numeric: true })),
        { label: `${table?.label ?? '记录'}(条)`, width: 2, numeric: true },
        { label: '状态', width: 2 },
      ],
      rows,
    },
  ];
  if (form.reviewLabel) blocks.push({ kind: 'text', label: form.reviewLabel, value: '' });
  if (form.signatures.length > 0) {
    blocks.push({
      kind: 'signatures',
      items: form.signatures.flatMap((label) => [
        { label, value: '' },
        { label: SIGNATURE_DATE_LABEL, value: '' },
      ]),
    });
  }

  const note = [`${meta.personName} ${meta.monthLabel} ${form.title} ${days.length} 份,每份另起一页`];
  if (meta.printedAt) note.push(`打印 ${meta.printedAt}`);
  const first = days[0]?.model;
  return {
    orientation: 'portrait',
    header: first?.header ?? { left: `${form.title}(${form.code})`, right: '' },
    title: cover.title,
    code: form.code,
    deadlineText: form.deadlineText,
    blocks,
    footerNote: note.join(' · '),
  };
}

/** Rows of a table with anything written in them. */
function filledRows(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  return value.filter(
    (row) =>
      row !== null &&
      typeof row === 'object' &&
      Object.values(row as Record<string, unknown>).some(
        (v) => v !== null && v !== undefined && String(v).trim() !== '',
      ),
  ).length;
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}
