import type { Kysely } from 'kysely';
import {
  BUNDLE_DATA_SCHEMA_VERSION,
  type BundleData,
  type BundleFileEntry,
  type BundleGap,
  type BundleReport,
  bundleDataSchema,
} from '../../../../src-shared/bundle/bundle-data';
import { type FormCode, formTables, getForm, headerFields } from '../../../../src-shared/domain/forms';
import type { DB } from '../../db/database';
import type { Office } from '../office';
import type { SessionUser } from '../../handler-types';
import { labelOfPeriod } from '../reports';
import type { MonthRow, MonthScope } from '../reports';

type Row = Record<string, unknown>;

export interface DataInput {
  office: Office;
  scope: MonthScope;
  revision: number;
  exportedAt: string;
  actor: SessionUser;
  headOfficeDueAt: string | null;
  /** The reports as they stand once the bundle is recorded (status 已报送). */
  reports: MonthRow[];
  files: BundleFileEntry[];
  gaps: BundleGap[];
  /** Reports this bundle sends for the first time; their history gains a 'send' entry. */
  newlySent: ReadonlySet<number>;
}

/** The comment of the 'send' version a report gets when a bundle first carries it. */
export function sendComment(month: string, revision: number): string {
  return `随 ${month} 月度数据包(第 ${revision} 版)报送销售部`;
}

/** Customer ids and names a report mentions in the fields its form declares as customers. */
function customerRefs(r: MonthRow, data: Row, ids: Set<number>, names: Set<string>): void {
  const form = getForm(r.form_code as FormCode);
  const take = (holder: Row, key: string) => {
    const name = holder[key];
    if (typeof name === 'string' && name.trim()) names.add(name.trim());
    const id = holder.customerId;
    if (typeof id === 'number' && Number.isInteger(id) && id > 0) ids.add(id);
  };
  for (const f of headerFields(form)) if (f.type === 'customer') take(data, f.key);
  for (const t of formTables(form)) {
    const rows = Array.isArray(data[t.key]) ? (data[t.key] as unknown[]) : [];
    for (const c of t.columns) {
      if (c.type !== 'customer') continue;
      for (const row of rows) if (row && typeof row === 'object') take(row as Row, c.key);
    }
  }
}

async function versionsOf(db: Kysely<DB>, ids: number[]) {
  if (ids.length === 0) return new Map<number, BundleReport['versions']>();
  const rows = await db
    .selectFrom('report_versions')
    .innerJoin('users', 'users.id', 'report_versions.actor_id')
    .select([
      'report_versions.report_id',
      'report_versions.version',
      'report_versions.action',
      'report_versions.status',
      'report_versions.at',
      'report_versions.comment',
      'report_versions.actor_id',
      'users.display_name',
    ])
    .where('report_versions.report_id', 'in', ids)
    .orderBy('report_versions.report_id')
    .orderBy('report_versions.version')
    .execute();
  const byReport = new Map<number, BundleReport['versions']>();
  for (const v of rows) {
    const list = byReport.get(v.report_id) ?? [];
    list.push({
      version: v.version,
      action: v.action,
      status: v.status as BundleReport['status'],
      at: v.at,
      actor: { id: v.actor_id, name: v.display_name },
      comment: v.comment,
    });
    byReport.set(v.report_id, list);
  }
  return byReport;
}

/**
 * data/bundle.json: the office, the month, every report that goes out with its history and
 * on-time flag, the people and customers they name, the files and the gaps. Checked against
 * bundleDataSchema before it is returned, so nothing head office would refuse is written.
 */
export async function buildBundleData(db: Kysely<DB>, input: DataInput): Promise<BundleData> {
  const ids = input.reports.map((r) => r.id);
  const versions = await versionsOf(db, ids);
  const customerIds = new Set<number>();
  const customerNames = new Set<string>();
  const reports: BundleReport[] = input.reports.map((r) => {
    const data = JSON.parse(r.data) as Row;
    customerRefs(r, data, customerIds, customerNames);
    return {
      id: r.id,
      formCode: r.form_code as FormCode,
      periodKey: r.period_key,
      periodLabel: labelOfPeriod(r.form_code, r.period_key),
      author: { id: r.author_id, name: r.author_name },
      enteredBy: { id: r.entered_by, name: r.enterer_name },
      status: r.status,
      version: r.version,
      data,
      dueAt: r.due_at,
      submittedAt: r.submitted_at,
      onTime: r.on_time === null ? null : r.on_time === 1,
      reviewer: r.reviewer_id !== null ? { id: r.reviewer_id, name: r.reviewer_name ?? '' } : null,
      reviewedAt: r.reviewed_at,
      reviewComment: r.review_comment,
      versions: [
        ...(versions.get(r.id) ?? []),
        ...(input.newlySent.has(r.id)
          ? [
              {
                version: r.version,
                action: 'send' as const,
                status: 'sent' as const,
                at: input.exportedAt,
                actor: { id: input.actor.id, name: input.actor.displayName },
                comment: sendComment(input.scope.month, input.revision),
              },
            ]
          : []),
      ],
    };
  });

  const customers = await db
    .selectFrom('customers')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('id', 'in', customerIds.size ? [...customerIds] : [0]),
        eb('name', 'in', customerNames.size ? [...customerNames] : ['']),
      ]),
    )
    .orderBy('id')
    .execute();

  const named = new Set<number>([input.actor.id]);
  for (const r of reports) {
    named.add(r.author.id).add(r.enteredBy.id);
    if (r.reviewer) named.add(r.reviewer.id);
    for (const v of r.versions) named.add(v.actor.id);
  }
  for (const g of input.gaps) named.add(g.authorId);
  const people = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'role'])
    .where((eb) =>
      eb.or([
        eb('id', 'in', [...named]),
        eb.and([eb('active', '=', 1), eb('role', 'in', ['rep', 'manager'])]),
      ]),
    )
    .orderBy('id')
    .execute();

  const o = input.office;
  return bundleDataSchema.parse({
    schemaVersion: BUNDLE_DATA_SCHEMA_VERSION,
    office: {
      code: o.region_code,
      name: o.office_name,
      region: o.region_name,
      company: o.company,
      address: o.address,
      phone: o.phone,
      fax: o.fax,
    },
    period: input.scope.month,
    revision: input.revision,
    exportedAt: input.exportedAt,
    exportedBy: { id: input.actor.id, name: input.actor.displayName },
    headOfficeDueAt: input.headOfficeDueAt,
    people: people.map((p) => ({ id: p.id, name: p.display_name, role: p.role })),
    customers: customers.map((c) => ({
      id: c.id,
      name: c.name,
      type: c.type,
      grade: c.grade,
      address: c.address,
      contact: c.contact,
      contactTitle: c.contact_title,
      phone: c.phone,
      ownerId: c.owner_id,
    })),
    reports,
    files: input.files,
    gaps: input.gaps,
  } satisfies BundleData);
}
