import type { BundleFileEntry } from '../../../../src-shared/bundle/bundle-data';
import { buildMonthOfVisits } from '../../../../src-shared/documents/month-visits';
import { type FormCode, getForm } from '../../../../src-shared/domain/forms';
import { periodLabel } from '../../../../src-shared/domain/periods';
import type { Office } from '../office';
import type { DocModel } from '../../../../src-shared/documents/doc-model';
import { reportDocModel } from '../documents';
import { labelOfPeriod } from '../reports';
import type { MonthRow, MonthScope } from '../reports';

/** One Word document of the bundle and the reports printed in it. */
export interface PlannedDocument {
  path: string;
  title: string;
  formCode: FormCode;
  rows: MonthRow[];
  /** A month of one person's 走访表 behind a cover, rather than a single report. */
  monthOfVisits: boolean;
}

/** An ASCII tag for a person in file names: rep12, mgr1. */
function personTag(r: MonthRow): string {
  return `${r.author_role === 'manager' ? 'mgr' : r.author_role === 'clerk' ? 'clerk' : 'rep'}${r.author_id}`;
}

/**
 * The documents of a month's bundle, in the order they are written: each person's month of 走访表
 * as one document (a cover, then the days), then every other report on its own.
 */
export function planDocuments(included: MonthRow[], scope: MonthScope): PlannedDocument[] {
  const visits = new Map<number, MonthRow[]>();
  const singles: PlannedDocument[] = [];
  for (const r of included) {
    if (r.form_code === 'F01') {
      visits.set(r.author_id, [...(visits.get(r.author_id) ?? []), r]);
      continue;
    }
    const form = getForm(r.form_code as FormCode);
    singles.push({
      path: `docs/${form.code}-${r.period_key}-${personTag(r)}.docx`,
      title: `${form.title} ${r.author_name} ${labelOfPeriod(r.form_code, r.period_key)}`,
      formCode: form.code as FormCode,
      rows: [r],
      monthOfVisits: false,
    });
  }
  const months: PlannedDocument[] = [...visits.values()]
    .map((rows) => rows.sort((a, b) => a.period_key.localeCompare(b.period_key)))
    .sort((a, b) => a[0]!.author_name.localeCompare(b[0]!.author_name, 'zh-CN'))
    .map((rows) => ({
      path: `docs/F01-${scope.month}-${personTag(rows[0]!)}-month.docx`,
      title: `走访表 ${rows[0]!.author_name} ${scope.monthLabel}(${rows.length}份)`,
      formCode: 'F01',
      rows,
      monthOfVisits: true,
    }));
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
 * documents.generate or documents.monthOfVisits prints the same reports at the same moment.
 */
export function plannedModels(doc: PlannedDocument, office: Office, now: Date): DocModel[] {
  const models = doc.rows.map((r) => reportDocModel(r, office, now));
  if (!doc.monthOfVisits) return models;
  const first = doc.rows[0]!;
  return buildMonthOfVisits(models, {
    personName: first.author_name,
    monthLabel: periodLabel('month', first.period_key.slice(0, 7)),
  });
}
