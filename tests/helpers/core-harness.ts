import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { expect, onTestFinished } from 'vitest';
import type { InputOf, MethodName, OutputOf, UserSummary } from '../../src-shared/contract';
import { officeDay } from '../../src-shared/domain/deadlines/calendar';
import type { Role } from '../../src-shared/domain/roles';
import type { AppError, ErrorCode, Result } from '../../src-shared/errors';
import { type Caller, type Core, DB_FILE_NAME, openCore } from '../../src-main/core';
import { tableHashes } from '../../src-main/core/db/table-hashes';
import { createTestDatabase, headOfficeDialect, openTestDb } from './test-database';

/** A clock the tests move by hand; the core reads it on every call. */
export class TestClock {
  private current: number;

  constructor(iso: string) {
    this.current = Date.parse(iso);
  }

  readonly now = (): Date => new Date(this.current);

  set(iso: string): void {
    this.current = Date.parse(iso);
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A browser tab as the HTTP host sees it: it keeps the session token it is given. */
export class FakeCaller implements Caller {
  readonly transport = 'http' as const;
  sessionToken: string | null = null;

  constructor(readonly clientKey = '192.168.1.23') {}

  setSessionToken(token: string | null): void {
    this.sessionToken = token;
  }
}

export interface TestCore {
  core: Core;
  dataDir: string;
  clock: TestClock;
  dbFile: string;
  /** The PostgreSQL database the core runs on, or null when it is the SQLite file. */
  databaseUrl: string | null;
}

/** Thursday 10:00 in the office (UTC+8). */
export const DEFAULT_START = '2026-11-26T02:00:00.000Z';

/** The core's worker threads as the host runs them from source: the worker module under tsx. */
export const TEST_WORKER = {
  workerPath: join(__dirname, '../../src-main/core/worker.ts'),
  execArgv: ['--require', 'tsx/cjs'],
  size: 2,
};

/** Removes a temporary folder once the running test has finished. */
export function tempDir(prefix = 'regiondesk-core-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // The backup folder sits beside the data folder, so it goes with it.
  onTestFinished(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}-backups`, { recursive: true, force: true });
  });
  return dir;
}

/** Opens a core on a fresh data folder (a copy of `from`, if given); closed and removed when the test ends. */
export async function openTestCore(
  start = DEFAULT_START,
  from?: string,
  options: { headOffice?: boolean; worker?: boolean } = {},
): Promise<TestCore> {
  const dataDir = tempDir();
  if (from) cpSync(from, dataDir, { recursive: true });
  const clock = new TestClock(start);
  // Head office runs on PostgreSQL in the postgres test project; an office always stays on SQLite.
  const databaseUrl =
    options.headOffice && headOfficeDialect() === 'postgres' ? await createTestDatabase() : null;
  const core = await openCore({
    dataDir,
    now: clock.now,
    // Documents are rendered when asked for, so tests that count renders see every one.
    paperWarmDelayMs: null,
    ...(databaseUrl ? { database: databaseUrl } : {}),
    ...(options.worker ? { worker: TEST_WORKER } : {}),
  });
  onTestFinished(async () => {
    core.close();
    await new Promise((resolve) => setImmediate(resolve));
  });
  return { core, dataDir, clock, dbFile: join(dataDir, DB_FILE_NAME), databaseUrl };
}

/** Rows of a query with `?` parameters on a test core's database, whichever dialect it runs on. */
export async function queryRows(
  t: Pick<TestCore, 'dbFile' | 'databaseUrl'>,
  sqlText: string,
  ...params: unknown[]
): Promise<Record<string, unknown>[]> {
  const parts = sqlText.split('?');
  let query = sql.raw(parts[0]!);
  params.forEach((value, i) => {
    query = sql`${query}${value}${sql.raw(parts[i + 1]!)}`;
  });
  const db = openTestDb(t);
  return (await query.execute(db)).rows as Record<string, unknown>[];
}

/** Calls a method with a typed input. */
export async function call<M extends MethodName>(
  core: Core,
  caller: Caller,
  method: M,
  input: InputOf<M>,
): Promise<Result<OutputOf<M>>> {
  return (await core.dispatch(method, input, caller)) as Result<OutputOf<M>>;
}

/** Calls a method with any input at all, as a hostile or broken client could. */
export function callRaw(
  core: Core,
  caller: Caller,
  method: string,
  input: unknown,
): Promise<Result<unknown>> {
  return core.dispatch(method, input, caller);
}

/** The value of a successful result; fails the test with the error otherwise. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error of a failed result, checked to carry the given code. */
export function expectError(result: Result<unknown>, code: ErrorCode): AppError {
  expect(result.ok ? 'ok' : result.error.code).toBe(code);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

export const OFFICE = {
  company: '江南康健医药有限公司',
  regionCode: 'HD-03',
  regionName: '华东三区',
  coverage: '浙江省杭州市、绍兴市、宁波市',
  officeName: '杭州办事处',
  address: '浙江省杭州市西湖区文三路478号华星时代广场12楼',
  phone: '0571-88231456',
  fax: '0571-88231457',
};

export const MANAGER = {
  username: 'zhangwei',
  displayName: '张伟',
  password: 'Hz2026-qujing',
  phone: '13905711234',
};

/** Runs the setup wizard: the office profile (starting on `startDate`, else today) and the regional manager's account. */
export async function setupOffice(core: Core, startDate?: string): Promise<UserSummary> {
  const office = startDate ? { ...OFFICE, startDate } : OFFICE;
  return expectOk(await call(core, new FakeCaller(), 'setup.initialize', { office, manager: MANAGER }));
}

/**
 * The start date of the harness's offices: as far back as the wizard allows, so an office in a
 * test has been working long enough to owe whatever the test's periods ask for. Tests of a new
 * office's first days set up their own.
 */
export const longAgo = (startIso: string) => officeDay(new Date(Date.parse(startIso) - 366 * 86_400_000));

/** Signs in on a new caller and returns it holding its session. */
export async function signIn(
  core: Core,
  username: string,
  password: string,
  clientKey?: string,
): Promise<FakeCaller> {
  const caller = new FakeCaller(clientKey);
  expectOk(await call(core, caller, 'auth.signIn', { username, password }));
  return caller;
}

export interface Person {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  phone: string;
}

export const REP_WANG: Person = {
  username: 'wangfang',
  displayName: '王芳',
  role: 'rep',
  password: 'wangfang-2026',
  phone: '13757112233',
};
export const REP_LI: Person = {
  username: 'lijun',
  displayName: '李军',
  role: 'rep',
  password: 'lijun-hz-2026',
  phone: '13858014455',
};
export const CLERK_CHEN: Person = {
  username: 'chenjing',
  displayName: '陈静',
  role: 'clerk',
  password: 'chenjing-neiqin',
  phone: '0571-88231458',
};

/** An office as startOffice leaves it, kept once per test file: its data folder and its callers' sessions. */
interface OfficeTemplate {
  dir: string;
  managerId: number;
  ids: Record<string, number>;
  tokens: Record<'manager' | 'wang' | 'li' | 'clerk', string>;
}

const templates = new Map<string, OfficeTemplate>();
process.on('exit', () => {
  for (const t of templates.values()) rmSync(t.dir, { recursive: true, force: true });
});

/**
 * Keeps what startOffice built: the setup wizard and four sign-ins cost eight scrypt derivations
 * (about half a second), the same for every test of a file, so later tests start from a copy.
 */
function keepTemplate(dataDir: string, template: Omit<OfficeTemplate, 'dir'>): OfficeTemplate {
  const dir = mkdtempSync(join(tmpdir(), 'regiondesk-template-'));
  for (const entry of readdirSync(dataDir)) {
    if (entry.startsWith(DB_FILE_NAME)) continue;
    cpSync(join(dataDir, entry), join(dir, entry), { recursive: true });
  }
  // VACUUM INTO writes one consistent file from the open WAL database, committed rows only.
  const sqlite = new Database(join(dataDir, DB_FILE_NAME), { fileMustExist: true });
  try {
    sqlite.prepare('vacuum into ?').run(join(dir, DB_FILE_NAME));
  } finally {
    sqlite.close();
  }
  return { dir, ...template };
}

function callerWith(token: string): FakeCaller {
  const caller = new FakeCaller();
  caller.setSessionToken(token);
  return caller;
}

/** A set-up office with a manager, two reps and a clerk, each signed in on their own caller. */
export async function startOffice(start = DEFAULT_START, opts: { startDate?: string } = {}) {
  // Everyone starts with the office.
  const startDate = opts.startDate ?? longAgo(start);
  const key = `${start}|${startDate}`;
  const kept = templates.get(key);
  if (kept) {
    const t = await openTestCore(start, kept.dir);
    return {
      ...t,
      managerId: kept.managerId,
      manager: callerWith(kept.tokens.manager),
      wang: callerWith(kept.tokens.wang),
      wangId: kept.ids[REP_WANG.username]!,
      li: callerWith(kept.tokens.li),
      liId: kept.ids[REP_LI.username]!,
      clerk: callerWith(kept.tokens.clerk),
      clerkId: kept.ids[CLERK_CHEN.username]!,
    };
  }
  const t = await openTestCore(start);
  const managerUser = await setupOffice(t.core, startDate);
  const manager = await signIn(t.core, MANAGER.username, MANAGER.password);
  const ids: Record<string, number> = {};
  for (const p of [REP_WANG, REP_LI, CLERK_CHEN]) {
    ids[p.username] = expectOk(
      await call(t.core, manager, 'people.create', { ...p, joinedOn: startDate }),
    ).id;
  }
  const wang = await signIn(t.core, REP_WANG.username, REP_WANG.password);
  const li = await signIn(t.core, REP_LI.username, REP_LI.password);
  const clerk = await signIn(t.core, CLERK_CHEN.username, CLERK_CHEN.password);
  const tokens = { manager, wang, li, clerk };
  templates.set(
    key,
    keepTemplate(t.dataDir, {
      managerId: managerUser.id,
      ids,
      tokens: Object.fromEntries(
        Object.entries(tokens).map(([k, c]) => [k, c.sessionToken!]),
      ) as OfficeTemplate['tokens'],
    }),
  );
  return {
    ...t,
    managerId: managerUser.id,
    manager,
    wang,
    wangId: ids[REP_WANG.username]!,
    li,
    liId: ids[REP_LI.username]!,
    clerk,
    clerkId: ids[CLERK_CHEN.username]!,
  };
}

/** Every row of one table, read through a separate read-only connection. */
export function readRows(dbFile: string, sqlText: string, ...params: unknown[]): Record<string, unknown>[] {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sqlText).all(...params) as Record<string, unknown>[];
  } finally {
    sqlite.close();
  }
}

/** table -> rows and hash, on either dialect, to prove that a refused call stored nothing. */
export async function tableChecksumsOf(t: Pick<TestCore, 'dbFile' | 'databaseUrl'>) {
  return tableHashes(openTestDb(t));
}

/** table -> SHA-256 of all its rows, to prove that a refused call stored nothing. */
export function tableChecksums(dataDirOrFile: string): Record<string, string> {
  const file = dataDirOrFile.endsWith('.sqlite') ? dataDirOrFile : join(dataDirOrFile, DB_FILE_NAME);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .pluck()
      .all() as string[];
    const sums: Record<string, string> = {};
    for (const table of tables) {
      const rows = sqlite.prepare(`select * from "${table}" order by rowid`).raw().all();
      sums[table] = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    }
    return sums;
  } finally {
    sqlite.close();
  }
}
