import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Client } from 'pg';
import { compareDatabases, copyToPostgres } from '../src-main/core/db/copy-to-postgres';
import { openPostgres } from '../src-main/core/db/postgres/connection';
import { startPostgres } from '../tests/helpers/postgres-server';
import { benchImport, exportBenchMonth, type ExportedMonth } from './bundles.bench';
import type { BenchResult } from './documents.bench';

const REGIONS = 50;
const MONTHS = 20;

const round = (n: number) => Math.round(n * 10) / 10;
const mb = (bytes: number) => bytes / (1024 * 1024);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

/**
 * Head office on SQLite and on PostgreSQL in one run: the same REGIONS × 20 months of bundles
 * (an exported month of a `reps`-rep office, re-signed per office and month) imported into each,
 * per-bundle time and database size side by side; then a 100-bundle SQLite head office copied
 * into PostgreSQL by hq:migrate's copy, with its per-table hash check.
 */
export async function benchHeadOfficeDatabases(
  options: { reps?: number; regions?: number; months?: number } = {},
): Promise<BenchResult[]> {
  const reps = options.reps ?? Number(process.env.HQ_BENCH_REPS ?? 10);
  const months = options.months ?? Number(process.env.HQ_BENCH_MONTHS ?? MONTHS);
  const count = (options.regions ?? Number(process.env.HQ_BENCH_REGIONS ?? REGIONS)) * months;
  const { exported } = await exportBenchMonth(reps);
  const server = await startPostgres({ durable: true });
  try {
    const results: BenchResult[] = [];
    const run = async (label: 'sqlite' | 'postgres', database?: string) => {
      let files = 0;
      const imp = await benchImport(exported as ExportedMonth, count, {
        revisions: months,
        ...(database ? { database } : {}),
        keep: async (dir) => {
          files = folderBytes(join(dir, 'bundles-received'));
        },
      });
      const what = `${count} bundles (${imp.offices} regions × ${imp.months} monthly bundles — revisions of one exported ${reps}-rep month —, ${imp.meanBundleMb.toFixed(2)} MB each)`;
      results.push(
        {
          name: `hq.db.${label}.import.p50`,
          value: round(percentile(imp.samples, 50)),
          unit: 'ms',
          note: `${what}; p95 ${percentile(imp.samples, 95).toFixed(0)} ms, max ${Math.max(...imp.samples).toFixed(0)} ms`,
        },
        {
          name: `hq.db.${label}.size`,
          value: round(imp.dbMb),
          unit: 'MB',
          note: `database after ${count} imports; the received bundles are files beside it (${mb(files).toFixed(0)} MB)`,
        },
      );
    };
    await run('sqlite');
    await createDatabase(server.adminUrl, 'bench_hq');
    await run('postgres', server.urlFor('bench_hq'));

    // hq:migrate: a 100-bundle SQLite head office into an empty PostgreSQL database, hashes compared.
    await createDatabase(server.adminUrl, 'bench_migrate');
    let checked = { tables: 0, rows: 0, mismatches: 0, ms: 0 };
    await benchImport(exported as ExportedMonth, 100, {
      revisions: 4,
      keep: async (dir) => {
        // The copy reads every table by name, so the source is typed loosely, as in hq:migrate.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const sqlite = new Kysely<any>({
          dialect: new SqliteDialect({ database: new Database(join(dir, 'regiondesk.sqlite')) }),
        });
        const target = openPostgres(server.urlFor('bench_migrate'));
        try {
          const { migratePostgres } = await import('../src-main/core/db/postgres/migrate');
          const { POSTGRES_MIGRATIONS } = await import('../src-main/core/db/postgres/migrations');
          await migratePostgres(target.db, POSTGRES_MIGRATIONS);
          const t0 = performance.now();
          await copyToPostgres(sqlite, target.db, () => {});
          const checks = await compareDatabases(sqlite, target.db);
          checked = {
            tables: checks.length,
            rows: checks.reduce((n, c) => n + c.sqlite.rows, 0),
            mismatches: checks.filter((c) => !c.ok).length,
            ms: performance.now() - t0,
          };
        } finally {
          await sqlite.destroy();
          await target.db.destroy();
        }
      },
    });
    if (checked.mismatches > 0)
      throw new Error(`hq:migrate: ${checked.mismatches} table(s) differ after the copy`);
    results.push({
      name: 'hq.migrate.100_bundles',
      value: round(checked.ms / 1000),
      unit: 's',
      note: `copy + per-table row count and SHA-256 check: ${checked.tables} tables, ${checked.rows.toLocaleString('en-US')} rows, ${checked.mismatches} mismatches`,
    });
    return results;
  } finally {
    server.stop();
  }
}
