import type { BundleFileEntry } from '../../../../src-shared/bundle/bundle-data';
import { type FormCode, getForm } from '../../../../src-shared/domain/forms';
import type { Office } from '../office';
import type { DocModel } from '../../../../src-shared/documents/doc-model';
import { monthBookModels, reportDocModel } from '../documents';
import { labelOfPeriod } from '../reports';
import type { MonthRow, MonthScope } from '../reports';

/** One Word document of the bundle and the reports printed in it. */
export interface PlannedDocument {
  path: string;
  title: string;
  formCode: FormCode;
  rows: MonthRow[];
  /** A month of one person's reports behind a cover (走访表), rather than a single report. */
  monthBook: boolean;
}

/** An ASCII tag for a person in file names: rep12, mgr1. */
function personTag(r: MonthRow): string {
  return `${r.author_role === 'manager' ? 'mgr' : r.author_role === 'clerk' ? 'clerk' : 'rep'}${r.author_id}`;
}

/**
 * The documents of a month's bundle, in the order they are written: for a form that prints as a
 * month book (走访表), each person's month as one document (a cover, then the days); then every
 * other report on its own.
 */
export function planDocuments(included: MonthRow[], scope: MonthScope): PlannedDocument[] {
  const books = new Map<string, MonthRow[]>();
  const singles: PlannedDocument[] = [];
  for (const r of included) {
    const form = getForm(r.form_code);
    if (form.monthCover) {
      const key = `${r.form_code}|${r.author_id}`;
      books.set(key, [...(books.get(key) ?? []), r]);
      continue;
    }
    singles.push({
      path: `docs/${form.code}-${r.period_key}-${personTag(r)}.docx`,
      title: `${form.title} ${r.author_name} ${labelOfPeriod(r.form_code, r.period_key)}`,
      formCode: r.form_code,
      rows: [r],
      monthBook: false,
    });
  }
  const months: PlannedDocument[] = [...books.values()]
    .map((rows) => rows.sort((a, b) => a.period_key.localeCompare(b.period_key)))
    .sort(
      (a, b) =>
        a[0]!.form_code.localeCompare(b[0]!.form_code) ||
        a[0]!.author_name.localeCompare(b[0]!.author_name, 'zh-CN'),
    )
    .map((rows) => {
      const first = rows[0]!;
      const form = getForm(first.form_code);
      return {
        path: `docs/${form.code}-${scope.month}-${personTag(first)}-month.docx`,
        title: `${form.title} ${first.author_name} ${scope.monthLabel}(${rows.length}份)`,
        formCode: first.form_code,
        rows,
        monthBook: true,
      };
    });
  return [...months, ...singles];
}

/** The bundle's own record of a planned document. */
export function documentEntry(doc: PlannedDocument): BundleFileEntry {
  return {
    kind: 'document',
    path: doc.path,
    title: doc.title,
    formCode: doc.formCode,
    reportIds: doc.rows.map((r) => r.id),
  };
}

/**
 * The paper models of a planned document (one, or a cover and the days), exactly as
 * documents.generate or documents.monthBook prints the same reports.
 */
export function plannedModels(doc: PlannedDocument, office: Office, month: string): DocModel[] {
  if (doc.monthBook) return monthBookModels(doc.rows, office, month);
  return doc.rows.map((r) => reportDocModel(r, office));
}
