import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME, openCore } from '../src-main/core';
import { type BundlePerformance, performanceSection } from '../src-shared/bundle/bundle-data';
import {
  BenchCaller,
  callOk,
  median,
  openSeedConnection,
  randomSource,
  round,
  timeRuns,
} from './board.bench';
import type { BenchResult } from './documents.bench';

const OFFICES = 20;
const REPS = 50;
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

const HQ_ADMIN = { username: 'xiaoshoubu', displayName: '周敏', password: 'Xsb-2026-zongbu', phone: '' };
const HQ_PROFILE = {
  company: '恒润电器股份有限公司',
  regionCode: 'HQ',
  regionName: '销售部',
  coverage: '全国',
  officeName: '销售部',
  address: '',
  phone: '',
  fax: '025-80000001',
};

/** A month's 绩效评估 of an office of REPS reps, as its bundle carries it. */
function monthSection(rng: () => number): BundlePerformance {
  const yuan = (n: number) => Math.round(n * 100) / 100;
  const kpis = Array.from({ length: REPS }, (_, i) => {
    const salesTarget = 100_000 + Math.floor(rng() * 50) * 1_000;
    const salesActual = yuan(salesTarget * (0.6 + rng() * 0.7));
    const collectionTarget = yuan(salesTarget * 0.8);
    const collectionActual = yuan(collectionTarget * (0.5 + rng() * 0.7));
    const due = 25;
    const onTime = Math.floor(rng() * 26);
    const previous = 10 + Math.floor(rng() * 20);
    const kept = Math.floor(previous * (0.5 + rng() * 0.5));
    const visits = Math.floor(rng() * 3);
    const rate = (a: number, b: number) => Math.round((a / b) * 1000) / 10;
    return {
      userId: i + 2,
      name: `代表${i + 1}`,
      kpis: {
        salesRate: rate(salesActual, salesTarget),
        collectionRate: rate(collectionActual, collectionTarget),
        newCustomers: Math.floor(rng() * 4),
        retentionRate: rate(kept, previous),
        timelinessRate: rate(onTime, due),
        jointVisitScore: visits ? 24 + Math.floor(rng() * 16) : null,
      },
      score: Math.round(rng() * 1000) / 10,
      rank: i + 1,
      figures: {
        salesTarget,
        salesActual,
        collectionTarget,
        collectionActual,
        actualSource: 'imported' as const,
        targetSource: 'targets' as const,
      },
      basis: {
        newCustomers: 1,
        previousCustomers: previous,
        keptCustomers: kept,
        dueReports: due,
        onTimeReports: onTime,
        jointVisits: visits,
      },
    };
  });
  return performanceSection.versions[1].parse({ kpis, bonus: null });
}

/**
 * 全国排名 of a year at head office holding 20 offices × 12 months of current bundles, each month's
 * performance section with 50 reps (12,000 rep-months): hq.ranking through dispatch, median of 5.
 */
export async function benchHoRanking(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'regiondesk-bench-ranking-'));
  const now = new Date('2027-01-10T02:00:00.000Z');
  const core = await openCore({ dataDir, now: () => now });
  try {
    const adminUser = await callOk<{ id: number }>(core, new BenchCaller(), 'setup.initialize', {
      mode: 'headOffice',
      office: HQ_PROFILE,
      manager: HQ_ADMIN,
    });
    const admin = new BenchCaller();
    await callOk(core, admin, 'auth.signIn', { username: HQ_ADMIN.username, password: HQ_ADMIN.password });

    const sqlite = openSeedConnection(join(dataDir, DB_FILE_NAME));
    const rng = randomSource(2026);
    const at = now.toISOString();
    const office = sqlite.prepare(
      `insert into ho_offices (code, name, region, created_at, updated_at) values (?, ?, ?, ?, ?)`,
    );
    const bundle = sqlite.prepare(
      `insert into ho_bundles (office_code, period, revision, manifest_sha256, bytes, zip_sha256, exported_at,
         exported_by, head_office_due_at, office, gaps, key_fingerprint, imported_at, imported_by, superseded_by)
       values (?, ?, 1, ?, 0, ?, ?, '经理', null, '{}', '[]', '', ?, ?, null)`,
    );
    const section = sqlite.prepare(
      `insert into ho_bundle_sections (bundle_id, name, version, data) values (?, 'performance', 1, ?)`,
    );
    let bytes = 0;
    sqlite.transaction(() => {
      for (let o = 1; o <= OFFICES; o++) {
        const code = `R-${String(o).padStart(2, '0')}`;
        office.run(code, `第${o}办事处`, `第${o}区`, at, at);
        for (const month of MONTHS) {
          const id = bundle.run(code, month, `${code}-${month}`, '', at, at, adminUser.id).lastInsertRowid;
          const json = JSON.stringify(monthSection(rng));
          bytes += json.length;
          section.run(id, json);
        }
      }
    })();
    sqlite.close();

    const { samples, last } = await timeRuns(5, () =>
      callOk<{ reps: unknown[]; regions: unknown[] }>(core, admin, 'hq.ranking', {
        period: 'year',
        key: '2026',
      }),
    );
    if (last.reps.length !== OFFICES * REPS || last.regions.length !== OFFICES)
      throw new Error('bench ranking did not cover every office and rep');
    return [
      {
        name: 'hq.ranking.year_ms',
        value: round(median(samples)),
        unit: 'ms',
        note: `${OFFICES} offices × ${REPS} reps × 12 months (${Math.round(bytes / 1024)} KB of KPI sections), median of 5; target ≤ 1000`,
      },
    ];
  } finally {
    core.close();
    await new Promise((resolve) => setImmediate(resolve));
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}
