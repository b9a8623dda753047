import type { Role } from '../roles';

/**
 * Kinds of field a form can declare; each drives an input, a validator and a paper cell.
 * - text, textarea: free text (`max` characters).
 * - integer: a whole number within `min`…`max`.
 * - number: a decimal amount with up to `decimals` places (default 2), printed with `unit` (e.g. 元).
 * - date (YYYY-MM-DD), time (HH:mm), datetime (YYYY-MM-DD HH:mm).
 * - select: one of `options`, printed as the chosen word.
 * - choice: one of `options`, printed as a checkbox line such as ☑观察 □示范 □辅导.
 * - score: a whole-number rating, 1–5 unless `min`/`max` say otherwise.
 * - customer: a customer's name from the customer file or typed new; the record also stores `customerId`.
 * - person: a user id; the record also stores the person's name under `nameKey`, which is what prints.
 * - signature: a line left for ink on paper.
 */
export type FieldType =
  | 'text'
  | 'textarea'
  | 'integer'
  | 'number'
  | 'date'
  | 'time'
  | 'datetime'
  | 'select'
  | 'choice'
  | 'score'
  | 'customer'
  | 'person'
  | 'signature';

/**
 * A value derived from other values, declared as data. The result is stored with the form (so paper and
 * lists read it), shown read-only on screen and recomputed whenever its inputs change.
 * - sum: the total of number fields of the same record (a table row, or the form's own fields).
 * - ratio: num ÷ den as a percentage with one decimal (e.g. 达成率), empty when den is empty or 0.
 * - columnSum: the total of one column of a table of the form; for fields outside tables.
 */
export type ComputeDef =
  | { kind: 'sum'; of: readonly string[] }
  | { kind: 'ratio'; num: string; den: string }
  | { kind: 'columnSum'; table: string; column: string };

/** Named sources the server fills a new report's fields from (reports.prefill). */
export const PREFILL_SOURCES = [
  'weekVisitCount',
  'weekNewCustomerCount',
  'monthVisitCount',
  'monthJointVisitCount',
  'weekSalesTarget',
  'weekCollectionTarget',
  'monthSalesTarget',
  'monthCollectionTarget',
  'quarterMonthlySales',
  'quarterSalesTarget',
  'quarterSalesActual',
  'quarterCoaching',
] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

export interface FieldDef {
  key: string;
  label: string;
  type: FieldType;
  required?: boolean;
  /** Max characters (text) or max value (integer, number, score). */
  max?: number;
  /** Min value (integer, number, score). */
  min?: number;
  /** For 'select' and 'choice': the words to pick from, in printed order. */
  options?: readonly string[];
  /** Relative width on screen (grid span of 12) for header fields. */
  span?: number;
  placeholder?: string;
  /** For 'customer': the row keys that picking a customer fills in. */
  fills?: Partial<Record<'customerType' | 'contact' | 'phone', string>>;
  /** For 'number': the unit printed after the value, e.g. 元 or %. */
  unit?: string;
  /** For 'number': decimal places allowed and printed (default 2). */
  decimals?: number;
  /** For 'person': the key under which the person's name is stored beside the id, for paper. */
  nameKey?: string;
  /** Derived from other values: read-only on screen, optional at the API, recomputed for paper. */
  compute?: ComputeDef;
  /** A source the server fills a new report's value from; the screen marks the value once edited. */
  prefill?: PrefillSource;
  /**
   * Part of the reviewer's answer (e.g. 批复意见), not the author's report: read-only for the author,
   * never required at submission, written by the manager through reports.decide.
   */
  decision?: boolean;
  /** The entry screen offers the author's overdue and due-soon customers (定期联系) as lines of text. */
  offer?: 'contactDue';
}

/** How a table prints: each paper column stacks one or more field values. */
export interface PaperColumn {
  label: string;
  keys: readonly string[];
  /** Share of the table width, in percent; a table's widths add up to 100. */
  width: number;
}

export interface TableDef {
  key: string;
  label: string;
  columns: readonly FieldDef[];
  minRows: number;
  maxRows: number;
  /** The label of the row the keyboard's Enter key adds. */
  rowNoun: string;
  paper: readonly PaperColumn[];
  /** A source the server fills a new report's rows from (a list of row records). */
  prefill?: PrefillSource;
  /** The entry screen offers the author's overdue and due-soon customers (定期联系) as rows. */
  offer?: 'contactDue';
}

export type FormSection =
  /** Short fields print as a label/value grid, textareas as boxes below it; a titled section starts a grid of its own. */
  { kind: 'fields'; title?: string; fields: readonly FieldDef[] } | { kind: 'table'; table: TableDef };

/** Where a form sits in the regulation's calendar. */
export type FormPeriod = 'day' | 'week' | 'month' | 'quarter' | 'event';

/** How each kind of period is labelled on paper and on screen. */
export const PERIOD_FIELD_LABELS: Readonly<Record<FormPeriod, string>> = {
  day: '日期',
  week: '周次',
  month: '月份',
  quarter: '季度',
  event: '报告日期',
};

/** The weekly due moments of the deadline settings (周日24:00, 周一12:00). */
export type WeeklyDueSetting = 'visitWeekly' | 'repWeekly' | 'managerWeekly';
/** The monthly due days of the deadline settings (the 3rd for reps, the 5th for 销售部). */
export type MonthlyDueSetting = 'repMonthlyDay' | 'headOfficeMonthlyDay';

/**
 * When a report falls due, named by the deadline setting it reads, so the regulation's value
 * stays a setting the manager can change (domain/deadlines interprets these).
 * - weekly: a weekday and hour of the period's ISO week (or a later one).
 * - monthly: the end of a day of the month `monthsAfter` months after the period's first month.
 * - quarterly: the end of the day `quarterlyDays` after the quarter's last day.
 * - afterEvent: hours after the event's time (F06: by urgency; F07: the information hours).
 * - headOffice: the same moment as the form's route to 销售部 (a manager's own report goes straight there).
 */
export type DueRule =
  | { kind: 'weekly'; setting: WeeklyDueSetting }
  | { kind: 'monthly'; day: MonthlyDueSetting; monthsAfter: 0 | 1 }
  | { kind: 'quarterly' }
  | { kind: 'afterEvent'; hours: 'eventHours' | 'infoHours' }
  | { kind: 'headOffice' };

/** A form's deadline route: due from a rep (and a clerk entering for one), from a manager, and at 销售部. */
export interface DeadlineRoute {
  rep?: DueRule;
  manager: DueRule;
  /** null: the form has no fixed date at 销售部 (events go on at once). */
  headOffice: DueRule | null;
}

/**
 * Which of a form's reports a month's bundle carries, by their period:
 * - daysInMonth: reports whose period starts in the month (days, events);
 * - weeksOfMonth: ISO weeks whose Thursday falls in the month, so each week goes out once;
 * - month: the month itself; nextMonth: the month after (a plan handed in with the month's summary);
 * - quarterEndingInMonth: the quarter, in the bundle of its last month.
 */
export type MonthBundlePeriods =
  'daysInMonth' | 'weeksOfMonth' | 'month' | 'nextMonth' | 'quarterEndingInMonth';

/** Where an event form's time is written: its deadline counts from there. */
export interface EventTimeDef {
  field: string;
  /** Without it the due moment is unknown (F06); otherwise it counts from the start of the report's day (F07). */
  required: boolean;
  /** The choice field whose word picks the hours (F06 紧急程度: 一般/紧急/特急). */
  urgencyField?: string;
}

/** A month of one person's forms printed behind a cover page (走访表月汇总). */
export interface MonthCoverDef {
  title: string;
  /** Integer fields of each day shown as columns, and the label of their month's total (计划拜访合计). */
  figures: readonly { field: string; total: string }[];
  /** The table whose filled rows are counted per day (拜访记录). */
  countTable: string;
}

/**
 * Rows the form adds to the customer contact history (customer_contacts): one per row of
 * `table`, or one for the whole form without it. Values are read from the named fields.
 */
export interface ContactsDef {
  kind: 'visit' | 'jointVisit';
  table?: string;
  customer: string;
  /** A field holding the contact's manner (拜访方式); without it the kind names it. */
  mode?: string;
  purpose?: string;
  /** A field holding what came of the contact (F01 洽谈内容及结果). */
  result?: string;
  /**
   * The key of a row's opportunity id (商机), stored beside the row like customerId and accepted
   * by the form's schema; kept for the purposes in OPPORTUNITY_PURPOSES only.
   */
  opportunity?: string;
  nextVisit?: string;
  /** A person field naming who else was there (F02: the rep the manager visited with). */
  withPerson?: string;
}

/** The form's own monthly sales figures, which become the author's figures for the month. */
export interface FiguresDef {
  salesTarget: string;
  salesActual: string;
  collectionTarget: string;
  collectionActual: string;
}

export interface FormDef {
  code: string;
  title: string;
  period: FormPeriod;
  /** Roles that write this form as its author. */
  authors: readonly Role[];
  /**
   * Roles expected to write it every period of its calendar, so a missing one is 缺报 and shows on
   * the board; absent for forms that come when something happens (a joint visit, an event).
   */
  expectedFrom?: readonly Role[];
  /** How the author is labelled on paper (default 姓名), e.g. 区域经理 on a 协访表, 述职人 on a 述职报告. */
  authorLabel?: string;
  /** The deadline printed on paper. */
  deadlineText: string;
  deadline: DeadlineRoute;
  /** Working days the manager has to comment on a rep's submission (the regulation's default; a setting). */
  reviewWorkingDays?: number;
  eventTime?: EventTimeDef;
  monthBundle: MonthBundlePeriods;
  /** Printed as one person's month behind a cover, in the bundle and on request. */
  monthCover?: MonthCoverDef;
  /** The integer field that follows the number of rows of a table until someone types their own number. */
  countOf?: { field: string; table: string };
  /** A week of the form can be handed in at once (周末提交本周走访表). */
  weeklyHandIn?: boolean;
  /** A new report opens on the coming period (a plan) rather than the current or last one. */
  plansAhead?: boolean;
  /** The line lists show for a report: a count of table rows, else the first filled of some fields. */
  headline?: { countRows: string; suffix: string } | { firstOf: readonly string[] };
  contacts?: ContactsDef;
  figures?: FiguresDef;
  orientation: 'portrait' | 'landscape';
  sections: readonly FormSection[];
  /** The label of the reviewer's comment box on paper; '' for a form without one. */
  reviewLabel: string;
  /** Signature lines on paper, left to right. */
  signatures: readonly string[];
}

/** Declares a form, keeping its code as a literal type so the registry can name every code. */
export function defineForm<const C extends string>(def: FormDef & { code: C }): FormDef & { code: C } {
  return def;
}

/** All fields of a form's field sections (tables excluded). */
export function headerFields(form: FormDef): FieldDef[] {
  return form.sections.flatMap((s) => (s.kind === 'fields' ? [...s.fields] : []));
}

/** All tables of a form. */
export function formTables(form: FormDef): TableDef[] {
  return form.sections.flatMap((s) => (s.kind === 'table' ? [s.table] : []));
}

/** The fields of a form the reviewer fills in as a decision (e.g. F06 批复意见, 批复人, 批复日期). */
export function decisionFields(form: FormDef): FieldDef[] {
  return headerFields(form).filter((f) => f.decision);
}

/** Every value of a form the server pre-fills: header fields by key, and tables (a list of rows) by key. */
export function formPrefills(form: FormDef): { key: string; source: PrefillSource; table: boolean }[] {
  const out: { key: string; source: PrefillSource; table: boolean }[] = [];
  for (const s of form.sections) {
    if (s.kind === 'table') {
      if (s.table.prefill) out.push({ key: s.table.key, source: s.table.prefill, table: true });
    } else {
      for (const f of s.fields) if (f.prefill) out.push({ key: f.key, source: f.prefill, table: false });
    }
  }
  return out;
}

/** The label of a form's period on paper and on screen: 日期, 周次, 月份, 季度 or 报告日期. */
export function periodFieldLabel(form: FormDef): string {
  return PERIOD_FIELD_LABELS[form.period];
}
