import type { DocBlock, DocModel } from './doc-model';

/** Who and which month a bundle of daily visit forms belongs to. */
export interface MonthOfVisitsMeta {
  personName: string;
  /** The month as printed, e.g. 2026年11月. */
  monthLabel: string;
  /** When the bundle was generated, printed in the cover's footer. */
  printedAt?: string;
}

/** The title of the cover page of a month of visit forms. */
export const MONTH_COVER_TITLE = '走访表月汇总';

/** The visit table's title in an F01 document (build-document.ts takes it from the form). */
const VISIT_TABLE = '拜访记录';

/**
 * A month of one person's 走访表 as documents to print together: a portrait cover listing each day
 * with its visit counts, then the days themselves, unchanged and in the order given.
 */
export function buildMonthOfVisits(days: DocModel[], meta: MonthOfVisitsMeta): DocModel[] {
  return [monthCover(days, meta), ...days];
}

/** The cover page of a month of visit forms: totals, a row per day, the manager's box and signatures. */
export function monthCover(days: DocModel[], meta: MonthOfVisitsMeta): DocModel {
  const facts = days.map(dayFacts);
  const total = (pick: (f: DayFacts) => number | null): string => {
    const known = facts.map(pick).filter((n): n is number => n !== null);
    return known.length > 0 ? String(known.reduce((a, b) => a + b, 0)) : '';
  };
  const first = days[0];
  const region = facts.find((f) => f.region)?.region ?? '';

  const rows: string[][][] = facts.map((f, i) => [
    [String(i + 1)],
    [f.date],
    [numberText(f.planned)],
    [numberText(f.actual)],
    [String(f.records)],
    [f.status],
  ]);
  rows.push([
    ['合计'],
    [`${days.length} 天`],
    [total((f) => f.planned)],
    [total((f) => f.actual)],
    [total((f) => f.records)],
    [''],
  ]);

  const blocks: DocBlock[] = [
    {
      kind: 'fieldGrid',
      columns: 2,
      cells: [
        { label: '姓名', value: meta.personName },
        { label: '月份', value: meta.monthLabel },
        { label: '区域', value: region },
        { label: '走访表份数', value: String(days.length) },
        { label: '计划拜访合计', value: total((f) => f.planned) },
        { label: '实际拜访合计', value: total((f) => f.actual) },
      ],
    },
    {
      kind: 'table',
      title: '每日走访',
      columns: [
        { label: '序号', width: 1 },
        { label: '日期', width: 5 },
        { label: '计划拜访数', width: 2 },
        { label: '实际拜访数', width: 2 },
        { label: '拜访记录(条)', width: 2 },
        { label: '状态', width: 2 },
      ],
      rows,
    },
    { kind: 'text', label: '区域经理审核意见', value: '' },
    {
      kind: 'signatures',
      items: [
        { label: '营销代表签字', value: '' },
        { label: '日期', value: '' },
        { label: '区域经理签字', value: '' },
        { label: '日期', value: '' },
      ],
    },
  ];

  const note = [`${meta.personName} ${meta.monthLabel} 走访表 ${days.length} 份,每份另起一页`];
  if (meta.printedAt) note.push(`打印 ${meta.printedAt}`);
  return {
    orientation: 'portrait',
    header: first?.header ?? { left: `走访表(F01)`, right: '' },
    title: MONTH_COVER_TITLE,
    code: first?.code ?? 'F01',
    deadlineText: first?.deadlineText ?? '',
    blocks,
    footerNote: note.join(' · '),
  };
}

interface DayFacts {
  date: string;
  region: string;
  status: string;
  planned: number | null;
  actual: number | null;
  /** Visit rows with anything written in them. */
  records: number;
}

/** Reads a day's printed facts back from its document, so the cover needs nothing but the documents. */
function dayFacts(day: DocModel): DayFacts {
  const cells = new Map<string, string>();
  for (const block of day.blocks) {
    if (block.kind !== 'fieldGrid') continue;
    for (const c of block.cells) if (!cells.has(c.label)) cells.set(c.label, c.value);
  }
  const visits = day.blocks.find(
    (b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table' && b.title === VISIT_TABLE,
  );
  const records = visits
    ? visits.rows.filter((row) => row.some((c) => c.some((line) => line.trim() !== ''))).length
    : 0;
  return {
    date: cells.get('日期') ?? '',
    region: cells.get('区域') ?? '',
    status: cells.get('状态') ?? '',
    planned: count(cells.get('计划拜访数')),
    actual: count(cells.get('实际拜访数')),
    records,
  };
}

function count(value: string | undefined): number | null {
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : null;
}

function numberText(n: number | null): string {
  return n === null ? '' : String(n);
}
