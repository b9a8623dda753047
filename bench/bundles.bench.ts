import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { unzipSync } from 'fflate';
import { type Core, DB_FILE_NAME, openCore } from '../src-main/core';
import {
  type BundleFileInput,
  fingerprint,
  generateOfficeKeyPair,
  joinParts,
  MANIFEST_PATH,
  publicKeyFile,
  SIGNATURE_PATH,
  writeBundle,
} from '../src-main/core/platform/bundle-format';
import { validateFormData } from '../src-main/core/modules/reports/form-validation';
import { dueFor, eventInstant, reviewDueFor } from '../src-main/core/modules/reports/report-period';
import { BUNDLE_DATA_PATH, type BundleData } from '../src-shared/bundle/bundle-data';
import { HOUR_MS } from '../src-shared/domain/deadlines/calendar';
import { DEFAULT_DEADLINES, isWorkingDayWith } from '../src-shared/domain/deadlines/rules';
import { type FormCode, getForm } from '../src-shared/domain/forms';
import { parsePeriod, periodsBetween } from '../src-shared/domain/periods';
import type { Role } from '../src-shared/domain/roles';
import { sampleF01Data } from '../tests/fixtures/f01-sample';
import { f02Sample } from '../tests/fixtures/forms/f02-sample';
import { f03Sample } from '../tests/fixtures/forms/f03-sample';
import { f04Sample } from '../tests/fixtures/forms/f04-sample';
import { f05Sample } from '../tests/fixtures/forms/f05-sample';
import { f06Decision, f06Sample } from '../tests/fixtures/forms/f06-sample';
import { f07Sample } from '../tests/fixtures/forms/f07-sample';
import {
  addDay,
  BENCH_MANAGER,
  BenchCaller,
  callOk,
  officeInstant,
  BENCH_WORKER,
  openBenchCore,
  openSeedConnection,
  randomSource,
  repPeople,
  round,
} from './board.bench';
import type { BenchResult } from './documents.bench';
import { openConnection } from '../src-main/core/db/connection';
import { PaperStore } from '../src-main/core/documents/paper-store';
import { bundleDocuments } from '../src-main/core/modules/bundles/bundle-export';
import { plannedModels } from '../src-main/core/modules/bundles/bundle-documents';
import { planMonth } from '../src-main/core/modules/bundles/month-plan';
import { PaperWarmer } from '../src-main/core/modules/bundles/paper-warmer';
import { inProcessRenderer, WorkerPool } from '../src-main/core/platform/worker-pool';
import { officeDay } from '../src-shared/domain/deadlines/calendar';

/** The month exported, and the moment it is exported: Friday 4 December 10:00 in the office. */
const MONTH = '2026-11';
const NEXT_MONTH = '2026-12';
const EXPORT_AT = '2026-12-04T02:00:00.000Z';

const REVIEW_COMMENTS = [
  '内容完整,继续跟进重点客户回款。',
  '竞品降价信息请持续关注,月底前汇总上报。',
  '同意所列支持申请,已转销售部。',
  '拜访记录清楚,注意控制费用。',
];

interface Person {
  id: number;
  name: string;
  role: Role;
}

interface MonthSeed {
  reports: number;
  byForm: Partial<Record<FormCode, number>>;
}

/**
 * Writes November 2026 of a 50-rep office straight into the database, in one transaction, as the
 * month really goes: every rep's 走访表 for each working day (6–8 visits), a 周报 each week, the
 * 月工作总结 and December's 计划 in the first days of December, some 重要事项报告 (decided) and
 * 重要信息报告; the manager's 协访表, 周报, 总结 and 计划. Each report has the history the app keeps
 * (submitted, decided, approved) and all are approved, a few after a late hand-in.
 */
function seedMonth(dbFile: string, reps: Person[], manager: Person, now: Date): MonthSeed {
  const rng = randomSource(1126);
  const settings = DEFAULT_DEADLINES;
  const nowMs = now.getTime();
  const range = parsePeriod('month', MONTH)!;
  const days = periodsBetween('day', range.first, range.last).filter((d) => isWorkingDayWith(d, settings));
  const weeks = periodsBetween('week', range.first, range.last).filter((w) => {
    const thursday = addDay(parsePeriod('week', w)!.first, 3);
    return thursday >= range.first && thursday <= range.last;
  });
  const valid = (code: FormCode, data: Record<string, unknown>) =>
    validateFormData(getForm(code), data, 'submit');
  const f01Json = new Map<number, string>();
  for (let n = 6; n <= 8; n++) f01Json.set(n, JSON.stringify(valid('F01', sampleF01Data(n))));
  const f03Json = JSON.stringify(valid('F03', f03Sample()));
  const f04Json = JSON.stringify(valid('F04', f04Sample()));
  const f05Json = JSON.stringify(valid('F05', f05Sample()));

  const sqlite = openSeedConnection(dbFile);
  const insertReport = sqlite.prepare(`
    insert into reports (form_code, author_id, period_key, status, data, version, entered_by, due_at,
      submitted_at, on_time, reviewer_id, reviewed_at, review_comment, period_start, period_end, event_at,
      review_due_at, prefilled, created_at, updated_at, created_by, updated_by)
    values (@form_code, @author_id, @period_key, 'approved', @data, @version, @author_id, @due_at,
      @submitted_at, @on_time, @reviewer_id, @reviewed_at, @review_comment, @period_start, @period_end,
      @event_at, @review_due_at, '{}', @created_at, @reviewed_at, @author_id, @reviewer_id)`);
  const insertVersion = sqlite.prepare(`
    insert into report_versions (report_id, version, action, status, data, comment, actor_id, at)
    values (?, ?, ?, ?, ?, ?, ?, ?)`);

  const iso = (ms: number) => new Date(ms).toISOString();
  const counts: MonthSeed = { reports: 0, byForm: {} };

  /** One report, submitted at `handedIn` (office time) unless it is one of the few late ones. */
  const file = (
    author: Person,
    code: FormCode,
    periodKey: string,
    json: string,
    handedIn: number,
    decision?: Record<string, unknown>,
  ) => {
    const data = JSON.parse(json) as Record<string, unknown>;
    const due = dueFor(code, periodKey, author.role, data, settings);
    const dueMs = due ? Date.parse(due) : null;
    let submittedMs = handedIn;
    if (dueMs !== null && rng() < 0.05) submittedMs = dueMs + (1 + rng() * 40) * HOUR_MS;
    submittedMs = Math.min(submittedMs, nowMs - 6 * HOUR_MS);
    const decidedMs = decision
      ? Math.min(submittedMs + (0.5 + rng() * 3) * HOUR_MS, nowMs - 3 * HOUR_MS)
      : null;
    const reviewedMs = Math.min((decidedMs ?? submittedMs) + (1 + rng() * 30) * HOUR_MS, nowMs - HOUR_MS);
    const finalJson = decision ? JSON.stringify({ ...data, ...decision }) : json;
    const period = parsePeriod(getForm(code).period, periodKey)!;
    const comment = rng() < 0.25 ? REVIEW_COMMENTS[Math.floor(rng() * REVIEW_COMMENTS.length)]! : null;
    // A draft saved once or twice, then submitted (+1), decided (+1) and approved (+1).
    const saves = 1 + Math.floor(rng() * 2);
    const submitVersion = saves + 1;
    const approveVersion = submitVersion + (decision ? 2 : 1);
    const { lastInsertRowid } = insertReport.run({
      form_code: code,
      author_id: author.id,
      period_key: periodKey,
      data: finalJson,
      version: approveVersion,
      due_at: due,
      submitted_at: iso(submittedMs),
      on_time: dueMs === null ? null : submittedMs <= dueMs ? 1 : 0,
      reviewer_id: manager.id,
      reviewed_at: iso(reviewedMs),
      review_comment: comment,
      period_start: period.first,
      period_end: period.last,
      event_at: eventInstant(code, data)?.toISOString() ?? null,
      review_due_at: reviewDueFor(code, author.role, new Date(submittedMs), settings),
      created_at: iso(submittedMs - (0.5 + rng() * 5) * HOUR_MS),
    });
    const id = Number(lastInsertRowid);
    insertVersion.run(id, submitVersion, 'submit', 'submitted', json, null, author.id, iso(submittedMs));
    if (decision) {
      insertVersion.run(
        id,
        submitVersion + 1,
        'decide',
        'submitted',
        finalJson,
        null,
        manager.id,
        iso(decidedMs!),
      );
    }
    insertVersion.run(
      id,
      approveVersion,
      'approve',
      'approved',
      finalJson,
      comment,
      manager.id,
      iso(reviewedMs),
    );
    counts.reports++;
    counts.byForm[code] = (counts.byForm[code] ?? 0) + 1;
  };

  const weekFriday = (week: string) => addDay(parsePeriod('week', week)!.first, 4);
  const early = (day: string, from: number, span: number) =>
    officeInstant(day, from) + rng() * span * HOUR_MS;

  const seed = sqlite.transaction(() => {
    for (const [i, rep] of reps.entries()) {
      for (const day of days) {
        file(rep, 'F01', day, f01Json.get(6 + Math.floor(rng() * 3))!, early(day, 17.5, 3));
      }
      for (const week of weeks) file(rep, 'F03', week, f03Json, early(weekFriday(week), 15, 3));
      file(rep, 'F04', MONTH, f04Json, early(addDay(range.last, 1 + (i % 3)), 9, 8));
      file(rep, 'F05', NEXT_MONTH, f05Json, early(addDay(range.last, 1 + (i % 3)), 9, 8));
      // One rep in five reports an important matter, one in three a piece of information.
      if (i % 5 === 2) {
        const day = days[(i * 7) % days.length]!;
        const data = { ...f06Sample(), occurredAt: `${day} 10:30`, oralReportAt: `${day} 11:15` };
        const decision = { ...f06Decision(), decidedBy: manager.name, decidedOn: addDay(day, 1) };
        file(rep, 'F06', `${day}.1`, JSON.stringify(valid('F06', data)), officeInstant(day, 14), decision);
      }
      if (i % 3 === 1) {
        const day = days[(i * 11) % days.length]!;
        const data = { ...f07Sample(), obtainedOn: day };
        file(rep, 'F07', `${day}.1`, JSON.stringify(valid('F07', data)), officeInstant(day, 18));
      }
    }
    // The manager coaches ten reps through the month, two a week.
    for (let k = 0; k < 10; k++) {
      const day = days[(k * 2 + 1) % days.length]!;
      const rep = reps[(k * 5) % reps.length]!;
      const json = JSON.stringify(valid('F02', f02Sample({ id: rep.id, name: rep.name })));
      file(manager, 'F02', day, json, officeInstant(day, 19));
    }
    for (const week of weeks) file(manager, 'F03', week, f03Json, early(weekFriday(week), 17, 2));
    file(manager, 'F04', MONTH, f04Json, early(addDay(range.last, 3), 9, 4));
    file(manager, 'F05', NEXT_MONTH, f05Json, early(addDay(range.last, 3), 9, 4));
  });
  try {
    seed();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
  return counts;
}

interface JobView {
  state: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  label: string;
  result: {
    revision: number;
    files: { fileName: string; bytes: number }[];
    outboxDir: string;
    reportCount: number;
    gaps: unknown[];
  } | null;
  error: { code: string; message: string } | null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => bytes / 1024 / 1024;

/**
 * Runs the export as the screen does: starts the background job and polls it every 20 ms,
 * meanwhile watching the event loop and the process's resident memory.
 */
async function timedExport(core: Core, manager: BenchCaller) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const rssBefore = process.memoryUsage.rss();
  let rssPeak = rssBefore;
  const t0 = performance.now();
  loop.enable();
  const { jobId } = await callOk<{ jobId: string }>(core, manager, 'bundles.startExport', { month: MONTH });
  // When a poll first saw every document rendered. The rest (data file, summary, zip, recording)
  // is timed as one: the last steps run between two polls.
  let documentsDone: number | null = null;
  let view: JobView;
  for (;;) {
    await sleep(20);
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    view = await callOk<JobView>(core, manager, 'bundles.job', { jobId });
    const at = performance.now() - t0;
    if (view.total > 0 && documentsDone === null && view.done >= view.total - 3) documentsDone = at;
    if (view.state !== 'running') break;
  }
  const ms = performance.now() - t0;
  loop.disable();
  if (view.state !== 'done' || !view.result) {
    throw new Error(`bundle export ${view.state}: ${view.error?.code} ${view.error?.message}`);
  }
  return {
    ms,
    documentsMs: documentsDone ?? ms,
    stallMaxMs: loop.max / 1e6,
    stallP99Ms: loop.percentile(99) / 1e6,
    rssGrowthMb: mb(rssPeak - rssBefore),
    result: view.result,
  };
}

/**
 * Renders the month's bundle documents into the office's paper store the way the app does in the
 * background after approvals, except those approved on the last office day of approvals: they are
 * set back to 已提交 while it runs, as they were before that day.
 */
async function renderAhead(dataDir: string, dbFile: string, now: Date) {
  const sqlite = new Database(dbFile);
  const last = (sqlite.prepare('select max(reviewed_at) as at from reports').get() as { at: string }).at;
  const lastDay = officeDay(new Date(last));
  const since = officeInstant(lastDay, 0);
  const ids = (
    sqlite
      .prepare("select id from reports where status = 'approved' and reviewed_at >= ?")
      .all(new Date(since).toISOString()) as { id: number }[]
  ).map((r) => r.id);
  const setStatus = (status: string) => {
    const update = sqlite.prepare('update reports set status = ? where id = ?');
    sqlite.transaction(() => ids.forEach((id) => update.run(status, id)))();
  };
  const pool = new WorkerPool(BENCH_WORKER);
  const conn = openConnection(dbFile);
  try {
    const paper = new PaperStore(join(dataDir, 'paper'), pool);
    const warmer = (db: typeof conn.db) =>
      new PaperWarmer({
        db: () => db,
        paper,
        now: () => now,
        delayMs: null,
        onError: (err) => {
          throw err;
        },
      });
    setStatus('submitted');
    const start = performance.now();
    const rendered = await warmer(conn.db).warm(MONTH);
    const seconds = (performance.now() - start) / 1000;
    setStatus('approved');
    const plan = await planMonth(conn.db, MONTH, now);
    const coldDocs = bundleDocuments(plan).filter((d) => !paper.has(plannedModels(d, plan.office, MONTH)));
    const byForm = new Map<string, number>();
    for (const d of coldDocs) byForm.set(d.formCode, (byForm.get(d.formCode) ?? 0) + 1);
    const coldForms = [...byForm].map(([code, n]) => `${code} ${n}`).join(', ');
    return { rendered, seconds, cold: coldDocs.length, coldForms, lastDay, lastDayReports: ids.length };
  } finally {
    await conn.db.destroy();
    await pool.close();
    sqlite.close();
  }
}

/** The exported bundle's files, manifest and signature aside, and its data file. */
function unpack(zip: Buffer): { files: BundleFileInput[]; data: BundleData } {
  const entries = unzipSync(zip);
  const files: BundleFileInput[] = [];
  for (const [path, bytes] of Object.entries(entries)) {
    if (path === MANIFEST_PATH || path === SIGNATURE_PATH || path.endsWith('/')) continue;
    files.push({ path, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  }
  const raw = entries[BUNDLE_DATA_PATH];
  if (!raw) throw new Error(`the exported bundle has no ${BUNDLE_DATA_PATH}`);
  return { files, data: JSON.parse(new TextDecoder().decode(raw)) as BundleData };
}

const HQ_PROFILE = {
  company: '恒润电器股份有限公司',
  regionCode: 'XSB',
  regionName: '销售部',
  coverage: '全国',
  officeName: '销售部',
  address: '南京市玄武区珠江路88号',
  phone: '025-8330 1000',
  fax: '025-8330 1001',
};

const HQ_ADMIN = {
  username: 'xiaoshoubu',
  displayName: '周敏',
  password: 'Xsb-2026-zongbu',
  phone: '13800251234',
};

const CITIES = [
  '南京',
  '苏州',
  '无锡',
  '常州',
  '镇江',
  '扬州',
  '南通',
  '徐州',
  '杭州',
  '宁波',
  '温州',
  '绍兴',
  '嘉兴',
  '湖州',
  '金华',
  '台州',
  '合肥',
  '芜湖',
  '蚌埠',
  '上海',
  '福州',
  '厦门',
  '济南',
  '青岛',
  '郑州',
];

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Head office imports `count` bundles: offices × months, each the exported month's content
 * re-signed under the office's own key, code and month. Each office's key is registered from its
 * key file first. Timed per bundle: the upload and hq.import.run, as the import screen does them.
 */
export async function benchImport(
  exported: ExportedMonth,
  count: number,
  options: {
    /** A PostgreSQL head office (an empty database); SQLite in the data folder without it. */
    database?: string;
    months?: readonly string[];
    /** Import this many revisions of the exported month per office instead of `months`. */
    revisions?: number;
    /** Runs on the closed head office's data folder before it is removed (the migrate check). */
    keep?: (dataDir: string) => Promise<void>;
  } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'regiondesk-bench-hq-'));
  const now = new Date('2026-12-08T02:00:00.000Z');
  const core = await openCore({
    dataDir,
    now: () => now,
    // As the host runs it: bundles are checked in the worker threads.
    worker: BENCH_WORKER,
    ...(options.database ? { database: options.database } : {}),
  });
  let closed = false;
  try {
    await callOk(core, new BenchCaller(), 'setup.initialize', {
      mode: 'headOffice',
      office: HQ_PROFILE,
      manager: HQ_ADMIN,
    });
    const admin = new BenchCaller();
    await callOk(core, admin, 'auth.signIn', { username: HQ_ADMIN.username, password: HQ_ADMIN.password });

    const months = options.months ?? ['2026-08', '2026-09', '2026-10', '2026-11'];
    // Revisions of the exported month stand in for further months: a bundle's reports must belong
    // to its month, and a newer revision is imported in full like a new month.
    const rounds = options.revisions ?? months.length;
    const officeCount = Math.ceil(count / rounds);
    const offices = Array.from({ length: officeCount }, (_, i) => {
      const city = CITIES[i % CITIES.length]!;
      return {
        code: `HD-${String(i + 1).padStart(2, '0')}`,
        name: `${city}办事处`,
        region: `华东${['一', '二', '三', '四', '五'][i % 5]}区`,
        keys: generateOfficeKeyPair(),
      };
    });
    for (const o of offices) {
      const text = publicKeyFile({ code: o.code, name: o.name }, o.keys.publicKeyPem, now);
      await callOk(core, admin, 'hq.keys.register', {
        text,
        confirmFingerprint: fingerprint(o.keys.publicKeyPem),
      });
    }

    const others = exported.files.filter((f) => f.path !== BUNDLE_DATA_PATH);
    const samples: number[] = [];
    let bundleBytes = 0;
    let reports = 0;
    const loop = monitorEventLoopDelay({ resolution: 10 });
    for (let n = 0; n < count; n++) {
      const round = Math.floor(n / officeCount);
      const month = options.revisions ? exported.data.period : months[round]!;
      const revision = options.revisions ? round + 1 : 1;
      const o = offices[n % officeCount]!;
      const createdAt = new Date(Date.parse(`${month}-01T00:00:00.000Z`) + 34 * 24 * HOUR_MS).toISOString();
      const data: BundleData = {
        ...exported.data,
        office: { ...exported.data.office, code: o.code, name: o.name, region: o.region },
        period: month,
        revision,
        exportedAt: createdAt,
      };
      const zip = await writeBundle({
        manifestBase: {
          office: { code: o.code, name: o.name, region: o.region },
          period: month,
          revision,
          createdAt,
        },
        files: [
          ...others,
          { path: BUNDLE_DATA_PATH, bytes: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8') },
        ],
        privateKeyPem: o.keys.privateKeyPem,
      });
      bundleBytes += zip.length;

      loop.enable();
      const t0 = performance.now();
      const uploaded = await core.upload(zip, `${o.code}-${month}-r${revision}.zip`, admin);
      if (!uploaded.ok) throw new Error(`upload failed: ${uploaded.error.message}`);
      const result = await callOk<{ outcome: string; reportCount: number }>(core, admin, 'hq.import.run', {
        uploadIds: [uploaded.value.uploadId],
      });
      samples.push(performance.now() - t0);
      loop.disable();
      if (result.outcome !== 'imported') throw new Error(`bundle ${n + 1} was ${result.outcome}`);
      reports += result.reportCount;
    }
    core.close();
    closed = true;
    const dbFile = join(dataDir, DB_FILE_NAME);
    const size = (suffix: string) => {
      try {
        return statSync(dbFile + suffix).size;
      } catch {
        return 0;
      }
    };
    let stored: { zips: number; reports: number };
    let dbBytes: number;
    if (options.database) {
      const pg = new Client({ connectionString: options.database });
      await pg.connect();
      try {
        const one = async (query: string) =>
          Number((await pg.query<{ n: string | null }>(query)).rows[0]?.n ?? 0);
        stored = {
          zips: await one('select sum(bytes) as n from ho_bundles'),
          reports: await one('select sum(octet_length(report)) as n from ho_reports'),
        };
        dbBytes = await one('select pg_database_size(current_database()) as n');
      } finally {
        await pg.end();
      }
    } else {
      const db = new Database(dbFile, { readonly: true });
      try {
        const sum = (query: string) => (db.prepare(query).get() as { n: number | null }).n ?? 0;
        stored = {
          // The zips themselves are files in the data folder; the rows keep their size.
          zips: sum('select sum(bytes) as n from ho_bundles'),
          reports: sum('select sum(length(report)) as n from ho_reports'),
        };
      } finally {
        db.close();
      }
      dbBytes = size('') + size('-wal');
    }
    await options.keep?.(dataDir);
    return {
      samples,
      stored,
      offices: offices.length,
      months: rounds,
      reports,
      meanBundleMb: mb(bundleBytes / count),
      dbMb: mb(dbBytes),
      stallMaxMs: loop.max / 1e6,
    };
  } finally {
    if (!closed) core.close();
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * The monthly bundle of a 50-rep office (November 2026, every form, all approved) exported as the
 * background job the screen starts; then 100 bundles of that size imported at head office.
 */
export async function benchBundles(
  options: { reps?: number; imports?: number } = {},
): Promise<BenchResult[]> {
  const repCount = options.reps ?? 50;
  const importCount = options.imports ?? 100;
  const { exported, results } = await exportBenchMonth(repCount);
  return [...results, ...(await importResults(exported, importCount))];
}

/** What head office receives of one exported month: its files and its data. */
export type ExportedMonth = { files: BundleFileInput[]; data: BundleData };

/** Exports November of an office of `repCount` reps, every form approved, and measures the export. */
export async function exportBenchMonth(
  repCount: number,
): Promise<{ exported: ExportedMonth; results: BenchResult[] }> {
  const t = await openBenchCore(EXPORT_AT, { worker: BENCH_WORKER });
  let exported: ExportedMonth | null = null;
  const results: BenchResult[] = [];
  try {
    const { core, manager } = t;
    const people = repPeople(repCount);
    const reps: Person[] = [];
    for (const p of people) {
      const u = await callOk<{ id: number }>(core, manager, 'people.create', p);
      reps.push({ id: u.id, name: p.displayName, role: 'rep' });
    }
    const seedStart = performance.now();
    const seeded = seedMonth(
      t.dbFile,
      reps,
      { id: t.managerId, name: BENCH_MANAGER.displayName, role: 'manager' },
      new Date(EXPORT_AT),
    );
    const seedSeconds = (performance.now() - seedStart) / 1000;

    // The office as it runs: its documents are rendered in the background as the manager approves.
    // Everything approved before the last day of approvals is stored; the last day's are not.
    const ahead = await renderAhead(t.dataDir, t.dbFile, new Date(EXPORT_AT));
    const run = await timedExport(core, manager);
    // Sent again (revision 2): every document is in the store now.
    const warm = await timedExport(core, manager);
    const store = new PaperStore(join(t.dataDir, 'paper'), inProcessRenderer).stats();
    const parts = run.result.files.map((f) => readFileSync(join(run.result.outboxDir, f.fileName)));
    const zip = joinParts(parts);
    exported = unpack(zip);
    const documents = exported.data.files.filter((f) => f.kind === 'document');
    const monthDocs = documents.filter((f) => f.path.endsWith('-month.docx')).length;
    const bytesOf = (match: (path: string) => boolean) =>
      exported!.files.filter((f) => match(f.path)).reduce((n, f) => n + f.bytes.length, 0);
    const monthBytes = bytesOf((path) => path.endsWith('-month.docx'));
    const singleBytes = bytesOf((path) => path.endsWith('.docx') && !path.endsWith('-month.docx'));
    const dataBytes = exported.files.find((f) => f.path === BUNDLE_DATA_PATH)!.bytes.length;
    const byForm = Object.entries(seeded.byForm)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    const what = `${repCount} reps + manager, ${MONTH}`;

    results.push(
      {
        name: 'bundles.export.month.s',
        value: round(run.ms / 1000),
        unit: 's',
        note:
          `${what}, the last day's approvals not yet rendered; Word documents ${(run.documentsMs / 1000).toFixed(1)} s, then data, summary, ` +
          `zip and recording ${((run.ms - run.documentsMs) / 1000).toFixed(1)} s (bundles.startExport, polled every 20 ms)`,
        goal: { atMost: 5 },
      },
      {
        name: 'bundles.export.month.warm.s',
        value: round(warm.ms / 1000),
        unit: 's',
        note:
          `the same month sent again (revision 2), every document in the paper store; Word documents ` +
          `${(warm.documentsMs / 1000).toFixed(1)} s, the rest ${((warm.ms - warm.documentsMs) / 1000).toFixed(1)} s`,
        goal: { atMost: 1.5 },
      },
      {
        name: 'bundles.paper.render_ahead.s',
        value: round(ahead.seconds),
        unit: 's',
        note:
          `background rendering of the month's ${ahead.rendered} documents approved before ${ahead.lastDay} ` +
          `(one at a time, as the app does after approvals); ${ahead.cold} of ${documents.length} ` +
          `documents (${ahead.coldForms}: the last day's ${ahead.lastDayReports} reports) were left for the export to render`,
      },
      {
        name: 'bundles.paper.store',
        value: round(mb(store.bytes)),
        unit: 'MB',
        note:
          `paper store after the month: ${store.files} Word files (${(store.bytes / Math.max(1, store.files) / 1024).toFixed(0)} KB ` +
          `each), about ${round(mb(store.bytes) * 12)} MB a year at this size`,
      },
      {
        name: 'bundles.export.month.size',
        value: round(mb(zip.length)),
        unit: 'MB',
        note:
          `target ≤ 10 MB; ${parts.length} file(s); months of 走访表 ${mb(monthBytes).toFixed(1)} MB, ` +
          `${documents.length - monthDocs} single reports ${mb(singleBytes).toFixed(1)} MB ` +
          `(${(singleBytes / Math.max(1, documents.length - monthDocs) / 1024).toFixed(0)} KB each), ` +
          `data/bundle.json ${mb(dataBytes).toFixed(1)} MB before deflate`,
        goal: { atMost: 10 },
      },
      {
        name: 'bundles.export.month.documents',
        value: documents.length,
        unit: 'docx',
        note: `${monthDocs} months of 走访表 (one per person) + ${documents.length - monthDocs} single reports`,
      },
      {
        name: 'bundles.export.month.reports',
        value: run.result.reportCount,
        unit: 'reports',
        note: `all approved: ${byForm}; seeded in ${seedSeconds.toFixed(1)} s (one transaction)`,
      },
      {
        name: 'bundles.export.month.rss_growth',
        value: round(run.rssGrowthMb),
        unit: 'MB',
        note: 'peak resident memory during the export over the level before it (sampled every 20 ms)',
      },
      {
        name: 'bundles.export.month.loop_stall_max',
        value: round(run.stallMaxMs),
        unit: 'ms',
        note: `longest event-loop delay during the export (resolution 10 ms); p99 ${run.stallP99Ms.toFixed(0)} ms`,
        goal: { atMost: 50 },
      },
    );
  } finally {
    await t.dispose();
  }

  if (!exported) throw new Error('the month was not exported');
  return { exported, results };
}

async function importResults(exported: ExportedMonth, importCount: number): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const start = performance.now();
  // A bundle's reports must belong to its month: four revisions of the exported month per office
  // are imported in full, as four months would be.
  const imp = await benchImport(exported, importCount, { revisions: 4 });
  const wallSeconds = (performance.now() - start) / 1000;
  const total = imp.samples.reduce((a, b) => a + b, 0);
  const what = `${importCount} bundles (${imp.offices} offices × ${imp.months} revisions of the month, ${imp.meanBundleMb.toFixed(1)} MB each)`;
  results.push(
    {
      name: 'hq.import.bundle.mean',
      value: round(total / imp.samples.length),
      unit: 'ms',
      note: `${what}, upload + hq.import.run, target ≤ 600 ms`,
      goal: { atMost: 600 },
    },
    {
      name: 'hq.import.bundle.p95',
      value: round(percentile(imp.samples, 95)),
      unit: 'ms',
      note: `${what}; max ${Math.max(...imp.samples).toFixed(0)} ms`,
    },
    {
      name: 'hq.import.total',
      value: round(total / 1000),
      unit: 's',
      note: `${imp.reports.toLocaleString('en-US')} reports imported; ${wallSeconds.toFixed(0)} s with re-signing the bundles`,
    },
    {
      name: 'hq.import.db_size',
      value: round(imp.dbMb),
      unit: 'MB',
      note:
        `head-office database after ${importCount} imports: the bundles as received ${mb(imp.stored.zips).toFixed(0)} MB, ` +
        `ho_reports.report ${mb(imp.stored.reports).toFixed(0)} MB`,
    },
    {
      name: 'hq.import.loop_stall_max',
      value: round(imp.stallMaxMs),
      unit: 'ms',
      note: 'longest event-loop delay during the imports (resolution 10 ms)',
      goal: { atMost: 50 },
    },
  );
  return results;
}
