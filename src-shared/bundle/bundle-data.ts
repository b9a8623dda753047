import { z } from 'zod';
import { instant, personRef, type PersonRef } from '../contract/report-record';
import { bundleDataV1Schema, upgradeV1 } from './bundle-data-v1';
import {
  type BundleFileEntry,
  bundleFileEntrySchema,
  bundleMonthSchema,
  type BundleOffice,
  bundleOfficeSchema,
} from './bundle-parts';
import { REQUIRED_SECTIONS, type SectionData, sectionDef } from './sections';

export * from './bundle-parts';
export * from './sections';
export { type BundleDataV1, bundleDataV1Schema } from './bundle-data-v1';

/** The version of data/bundle.json this build writes; head office reads this one and every older one. */
export const BUNDLE_DATA_SCHEMA_VERSION = 2;

/** Where the data file sits inside a bundle. */
export const BUNDLE_DATA_PATH = 'data/bundle.json';

/** The most sections a data file may hold, and the longest name, so a hostile file stays small to check. */
const MAX_SECTIONS = 50;

/** data/bundle.json as written: who sent which month, the files, and each module's section. */
export const bundleEnvelopeSchema = z
  .object({
    schemaVersion: z.literal(BUNDLE_DATA_SCHEMA_VERSION),
    office: bundleOfficeSchema,
    period: bundleMonthSchema,
    revision: z.number().int().positive(),
    exportedAt: instant,
    exportedBy: personRef,
    /** When the month's forms are due at 销售部 under the office's deadline settings. */
    headOfficeDueAt: instant.nullable(),
    files: z.array(bundleFileEntrySchema),
    sections: z.record(
      z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, '部分名称无效'),
      z.object({ version: z.number().int().positive(), data: z.unknown() }).strict(),
    ),
  })
  .strict();
export type BundleEnvelope = z.infer<typeof bundleEnvelopeSchema>;

/** A data file read and checked: its envelope and each section brought to this build's version. */
export interface BundleData {
  /** The schema version the office wrote. */
  writtenIn: number;
  office: BundleOffice;
  period: string;
  revision: number;
  exportedAt: string;
  exportedBy: PersonRef;
  headOfficeDueAt: string | null;
  files: BundleFileEntry[];
  sections: SectionData;
  /** The version each section was written in. */
  sectionVersions: Record<string, number>;
}

/** Why a data file cannot be read; each has its own reason at import. */
export type BundleDataProblem =
  | { reason: 'future-schema'; message: string }
  | { reason: 'unknown-section'; message: string }
  | { reason: 'bad-data'; message: string };

type Parsed = { ok: true; data: BundleData } | { ok: false; problem: BundleDataProblem };

function issueText(error: z.ZodError, where: string): string {
  const issue = error.issues[0]!;
  const path = issue.path.join('.');
  return `${where}${path ? ` ${path}` : ''}:${issue.message}`;
}

/**
 * Reads a parsed data/bundle.json of any version ever written: the envelope strictly (unknown
 * fields refused), each section against the schema of the version it names, a section nobody
 * declares refused, and the sections checked against each other (unique ids, authors among the
 * people, files naming reports that are there).
 */
export function parseBundleData(json: unknown): Parsed {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > BUNDLE_DATA_SCHEMA_VERSION) {
    return fail('future-schema', `数据版本 ${version},本软件支持到 ${BUNDLE_DATA_SCHEMA_VERSION}`);
  }
  let envelopeInput: unknown = json;
  if (version === 1) {
    const v1 = bundleDataV1Schema.safeParse(json);
    if (!v1.success) return fail('bad-data', issueText(v1.error, '数据'));
    envelopeInput = upgradeV1(v1.data);
  }
  const envelope = bundleEnvelopeSchema.safeParse(envelopeInput);
  if (!envelope.success) return fail('bad-data', issueText(envelope.error, '数据'));
  const e = envelope.data;
  const names = Object.keys(e.sections);
  if (names.length > MAX_SECTIONS) return fail('bad-data', `数据的部分过多(${names.length})`);

  const sections: Record<string, unknown> = {};
  const sectionVersions: Record<string, number> = {};
  for (const name of names) {
    const def = sectionDef(name);
    const { version: v, data } = e.sections[name]!;
    if (!def) return fail('unknown-section', `数据含有本软件不认识的部分“${name}”`);
    if (v > def.latest) return fail('future-schema', `“${name}”部分的版本 ${v},本软件支持到 ${def.latest}`);
    const schema = def.versions[v];
    if (!schema) return fail('bad-data', `“${name}”部分的版本 ${v} 不存在`);
    const parsed = schema.safeParse(data);
    if (!parsed.success) return fail('bad-data', issueText(parsed.error, `“${name}”部分`));
    sections[name] = def.upgrade(v, parsed.data);
    sectionVersions[name] = v;
  }
  const missing = REQUIRED_SECTIONS.filter((n) => !(n in sections));
  if (missing.length) return fail('bad-data', `数据缺少“${missing.join('、')}”部分`);

  const { schemaVersion: _v, sections: _s, ...rest } = e;
  const data: BundleData = {
    ...rest,
    writtenIn: typeof version === 'number' ? version : BUNDLE_DATA_SCHEMA_VERSION,
    sections: sections as SectionData,
    sectionVersions,
  };
  const inconsistency = crossCheck(data);
  return inconsistency ? fail('bad-data', inconsistency) : { ok: true, data };
}

/** The first way the sections contradict each other, or null. */
function crossCheck(data: BundleData): string | null {
  const { people, customers, reports } = data.sections;
  const duplicate = (label: string, values: (number | string)[]) =>
    new Set(values).size !== values.length ? `${label}重复` : null;
  const problem =
    duplicate(
      '报表编号',
      reports.reports.map((r) => r.id),
    ) ??
    duplicate(
      '人员编号',
      people.map((p) => p.id),
    ) ??
    duplicate(
      '客户编号',
      customers.customers.map((c) => c.id),
    ) ??
    duplicate(
      '文件路径',
      data.files.map((f) => f.path.toLowerCase()),
    );
  if (problem) return problem;
  const known = new Set(people.map((p) => p.id));
  for (const r of reports.reports) {
    if (!known.has(r.author.id)) return `报表 ${r.id} 的填表人不在人员名单中`;
  }
  const reportIds = new Set(reports.reports.map((r) => r.id));
  for (const f of data.files) {
    for (const id of f.reportIds) {
      if (!reportIds.has(id)) return `文件 ${f.path} 列出的报表 ${id} 不在数据中`;
    }
  }
  return null;
}

function fail(reason: BundleDataProblem['reason'], message: string): Parsed {
  return { ok: false, problem: { reason, message } as BundleDataProblem };
}
