import type { headOfficeMethods } from '../../../../src-shared/contract/head-office';
import {
  type BundleGap,
  type BundleOffice,
  type BundleReport,
  customersSection,
  pipelineSection,
  targetsSection,
} from '../../../../src-shared/bundle/bundle-data';
import { buildDocument } from '../../../../src-shared/documents/build-document';
import { docMetaOf } from '../../../../src-shared/documents/doc-meta';
import { formatDateTime } from '../../../../src-shared/domain/deadlines/format-time';
import { getForm } from '../../../../src-shared/domain/forms';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers } from '../../handler-types';
import { DEFAULT_BUNDLE_CAPS } from '../../platform/bundle-format';
import { readZipEntries } from '../../platform/bundle-format/zip-reader';
import { flagOf } from '../../platform/db-values';
import { buildMatrix, bundleOnTime, matrixWorkbook } from './matrix';
import { buildRanking } from './ranking';
import { customersSummary, pipelineSummary, readSection } from './section-summaries';
import { readKeptBundle } from './bundle-store';
import { regionView } from '../regions';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: XLSX_MIME,
  json: 'application/json',
};

/** The paper model of an imported report, with the office's letterhead as the bundle gave it. */
function importedDocModel(report: BundleReport, office: BundleOffice, now: Date) {
  const letterhead = {
    company: office.company,
    officeName: office.name,
    regionCode: office.code,
    regionName: office.region,
    fax: office.fax ?? '',
    phone: office.phone ?? '',
    address: office.address ?? '',
  };
  const meta = docMetaOf(report, letterhead, formatDateTime(now.toISOString()));
  return buildDocument(getForm(report.formCode), report.data, meta);
}

export const readHandlers = {
  'hq.offices.list': async (_input, ctx) => {
    currentUser(ctx);
    const offices = await ctx.db.selectFrom('ho_offices').selectAll().orderBy('code').execute();
    const keys = await ctx.db.selectFrom('ho_office_keys').selectAll().orderBy('id').execute();
    const bundles = await ctx.db
      .selectFrom('ho_bundles')
      .select(['office_code', 'period', 'revision', 'imported_at'])
      .orderBy('imported_at')
      .execute();
    const profiles = await ctx.db.selectFrom('regions').selectAll().execute();
    return offices.map((o) => {
      const mine = bundles.filter((b) => b.office_code === o.code);
      const last = mine[mine.length - 1];
      const profile = profiles.find((r) => r.code === o.code);
      return {
        code: o.code,
        name: o.name,
        region: o.region,
        profile: profile ? regionView(profile) : null,
        keys: keys
          .filter((k) => k.office_code === o.code)
          .map((k) => ({ fingerprint: k.fingerprint, source: k.source, registeredAt: k.registered_at })),
        bundleCount: mine.length,
        lastImport: last
          ? { period: last.period, revision: last.revision, importedAt: last.imported_at }
          : null,
      };
    });
  },

  'hq.matrix': async (input, ctx) => {
    currentUser(ctx);
    return buildMatrix(ctx.db, input);
  },

  'hq.matrix.export': async (input, ctx) => {
    currentUser(ctx);
    const bytes = await matrixWorkbook(await buildMatrix(ctx.db, input), input.formCode);
    const fileName = `各区域报送汇总-${input.from}至${input.to}${input.formCode ? `-${input.formCode}` : ''}.xlsx`;
    const file = ctx.files.add(bytes, fileName, XLSX_MIME, ctx.caller.sessionToken);
    return { fileId: file.id, fileName };
  },

  'hq.ranking': async (input, ctx) => {
    currentUser(ctx);
    return buildRanking(ctx.db, input, ctx.now());
  },

  'hq.bundles.list': async (input, ctx) => {
    currentUser(ctx);
    const rows = await ctx.db
      .selectFrom('ho_bundles')
      .select((eb) => [
        'id',
        'revision',
        'exported_at',
        'exported_by',
        'imported_at',
        'superseded_by',
        eb
          .selectFrom('ho_reports')
          .whereRef('ho_reports.bundle_id', '=', 'ho_bundles.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('report_count'),
      ])
      .where('office_code', '=', input.officeCode)
      .where('period', '=', input.period)
      .orderBy('revision', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      revision: r.revision,
      exportedAt: r.exported_at,
      exportedBy: r.exported_by,
      importedAt: r.imported_at,
      current: r.superseded_by === null,
      reportCount: Number(r.report_count ?? 0),
    }));
  },

  'hq.bundles.get': async (input, ctx) => {
    currentUser(ctx);
    const b = await ctx.db
      .selectFrom('ho_bundles')
      .select([
        'id',
        'office_code',
        'period',
        'revision',
        'superseded_by',
        'exported_at',
        'exported_by',
        'imported_at',
        'head_office_due_at',
        'office',
        'gaps',
      ])
      .where('id', '=', input.bundleId)
      .executeTakeFirst();
    if (!b) throw new ApiError('NOT_FOUND', '找不到该数据包。');
    const office = JSON.parse(b.office) as BundleOffice;
    const reports = await ctx.db
      .selectFrom('ho_reports')
      .select([
        'id',
        'form_code',
        'period_key',
        'period_label',
        'author_name',
        'status',
        'on_time',
        'due_at',
        'submitted_at',
      ])
      .where('bundle_id', '=', b.id)
      .orderBy('form_code')
      .orderBy('period_key')
      .orderBy('author_name')
      .execute();
    const files = await ctx.db
      .selectFrom('ho_bundle_files')
      .select(['id', 'path', 'kind', 'title', 'form_code', 'size'])
      .where('bundle_id', '=', b.id)
      .orderBy('path')
      .execute();
    const targets = await ctx.db
      .selectFrom('ho_bundle_sections')
      .select(['version', 'data'])
      .where('bundle_id', '=', b.id)
      .where('name', '=', targetsSection.name)
      .executeTakeFirst();
    return {
      id: b.id,
      office: { code: b.office_code, name: office.name, region: office.region },
      period: b.period,
      revision: b.revision,
      current: b.superseded_by === null,
      exportedAt: b.exported_at,
      exportedBy: b.exported_by,
      importedAt: b.imported_at,
      headOfficeDueAt: b.head_office_due_at,
      onTime: bundleOnTime(b.exported_at, b.head_office_due_at),
      reports: reports.map((r) => ({
        id: r.id,
        formCode: r.form_code,
        periodKey: r.period_key,
        periodLabel: r.period_label,
        authorName: r.author_name,
        status: r.status,
        onTime: flagOf(r.on_time),
        dueAt: r.due_at,
        submittedAt: r.submitted_at,
      })),
      files: files.map((f) => ({
        id: f.id,
        path: f.path,
        kind: f.kind,
        title: f.title,
        formCode: f.form_code,
        bytes: f.size,
      })),
      gaps: JSON.parse(b.gaps) as BundleGap[],
      targets: targets ? targetsSection.upgrade(targets.version, JSON.parse(targets.data) as unknown) : null,
      customers: customersSummary(await readSection(ctx.db, b.id, customersSection)),
      pipeline: pipelineSummary(await readSection(ctx.db, b.id, pipelineSection)),
    };
  },

  'hq.files.get': async (input, ctx) => {
    currentUser(ctx);
    const f = await ctx.db
      .selectFrom('ho_bundle_files')
      .innerJoin('ho_bundles', 'ho_bundles.id', 'ho_bundle_files.bundle_id')
      .select([
        'ho_bundle_files.path',
        'ho_bundles.zip_sha256',
        'ho_bundles.office_code',
        'ho_bundles.period',
        'ho_bundles.revision',
      ])
      .where('ho_bundle_files.id', '=', input.fileId)
      .executeTakeFirst();
    if (!f) throw new ApiError('NOT_FOUND', '找不到该文件。');
    const base = f.path.split('/').pop()!;
    const fileName = `${f.office_code}-${f.period}-r${f.revision}-${base}`;
    const ext = base.split('.').pop()!.toLowerCase();
    // The bundle was checked when it arrived; only the one file is inflated.
    const zip = readKeptBundle(ctx.dataDir, f.zip_sha256);
    const entries = await readZipEntries(zip, DEFAULT_BUNDLE_CAPS, (name) => name === f.path);
    const content = entries.get(f.path);
    if (!content) throw new ApiError('NOT_FOUND', '数据包中找不到该文件。');
    const file = ctx.files.add(
      content,
      fileName,
      MIME[ext] ?? 'application/octet-stream',
      ctx.caller.sessionToken,
    );
    return { fileId: file.id, fileName };
  },

  'hq.reports.preview': async (input, ctx) => {
    currentUser(ctx);
    const r = await ctx.db
      .selectFrom('ho_reports')
      .innerJoin('ho_bundles', 'ho_bundles.id', 'ho_reports.bundle_id')
      .select(['ho_reports.report', 'ho_bundles.office'])
      .where('ho_reports.id', '=', input.reportId)
      .executeTakeFirst();
    if (!r) throw new ApiError('NOT_FOUND', '找不到该报表。');
    return importedDocModel(
      JSON.parse(r.report) as BundleReport,
      JSON.parse(r.office) as BundleOffice,
      ctx.now(),
    );
  },
} satisfies Partial<ModuleHandlers<typeof headOfficeMethods>>;
