import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME, openCore } from '../src-main/core';
import { BenchCaller, callOk, openBenchCore, openSeedConnection, round } from './board.bench';
import type { BenchResult } from './documents.bench';

const SHIPMENTS = 1_000_000;
const PRODUCTS = 200;
const DEALERS = 2_000;
const REGIONS = ['HD', 'HD-02', 'HD-03', 'HB-01', 'HN-01', 'XN-01', 'DB-01', 'XB-01'];
const NOW = '2026-12-05T02:00:00.000Z';
const HQ_ADMIN = {
  username: 'xiaoshoubu',
  displayName: '周敏',
  password: 'Xsb-2026-zongbu',
  phone: '13800571234',
};
const HQ_PROFILE = {
  company: '恒润电器股份有限公司',
  regionCode: 'HQ',
  regionName: '销售部',
  coverage: '全国',
  officeName: '销售部',
  address: '南京市玄武区中山路1号',
  phone: '025-8400 0000',
  fax: '025-8400 0001',
};

/** Head office's reference data after years of work: 1,000,000 shipment lines, written in one transaction. */
function seed(dbFile: string): void {
  const db = openSeedConnection(dbFile);
  db.transaction(() => {
    const product = db.prepare(
      `insert into ref_products (code, name, spec, unit, seq) values (?, ?, '', '盒', 1)`,
    );
    const price = db.prepare(
      `insert into ref_prices (product_code, effective_from, price_fen, seq) values (?, ?, ?, 1)`,
    );
    for (let p = 0; p < PRODUCTS; p++) {
      const code = `P${String(p).padStart(4, '0')}`;
      product.run(code, `产品${p}`);
      for (const [i, day] of ['2022-01-01', '2024-01-01', '2026-01-01'].entries())
        price.run(code, day, 1_000 + p + i * 50);
    }
    const dealer = db.prepare(
      `insert into ref_dealers (code, name, region_code, agreement_no, agreement_status, radiates, seq)
       values (?, ?, ?, '', 'active', 0, 1)`,
    );
    for (let d = 0; d < DEALERS; d++)
      dealer.run(`D${String(d).padStart(5, '0')}`, `经销商${d}`, REGIONS[d % REGIONS.length]);
    const line = db.prepare(
      `insert into ref_shipments (doc_no, line_no, ship_date, dealer_code, region_code, product_code, batch_no,
         carton_from, carton_to, quantity, unit_price_fen, seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 100, ?, 1)`,
    );
    for (let n = 0; n < SHIPMENTS; n++) {
      const d = n % DEALERS;
      const from = n * 120;
      line.run(
        `FH${String(Math.floor(n / 4)).padStart(8, '0')}`,
        (n % 4) + 1,
        `2026-${String((n % 12) + 1).padStart(2, '0')}-15`,
        `D${String(d).padStart(5, '0')}`,
        REGIONS[d % REGIONS.length],
        `P${String(n % PRODUCTS).padStart(4, '0')}`,
        `B${String(Math.floor(n / 8)).padStart(7, '0')}`,
        `6${String(from).padStart(11, '0')}`,
        `6${String(from + 99).padStart(11, '0')}`,
        1_000 + (n % PRODUCTS),
      );
    }
    db.prepare('update ref_state set seq = 1').run();
  })();
  db.close();
}

/** Head office with the data seeded publishes a full bundle; its bytes and size. */
async function publishFull(): Promise<Buffer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'regiondesk-bench-hq-'));
  const now = new Date(NOW);
  const core = await openCore({ dataDir, now: () => now });
  try {
    await callOk(core, new BenchCaller(), 'setup.initialize', {
      mode: 'headOffice',
      office: HQ_PROFILE,
      manager: HQ_ADMIN,
    });
    const admin = new BenchCaller();
    await callOk(core, admin, 'auth.signIn', { username: HQ_ADMIN.username, password: HQ_ADMIN.password });
    seed(join(dataDir, DB_FILE_NAME));
    const made = await callOk<{ fileId: string }>(core, admin, 'refBundles.publish', { mode: 'full' });
    return readFileSync(core.getFile(made.fileId, admin.sessionToken)!.path);
  } finally {
    core.close();
    await new Promise((resolve) => setImmediate(resolve));
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * An office imports a full reference bundle of 1,000,000 shipments (goal: 30 s or less): verify
 * (zip, signature, every hash) and write in one transaction, through the API as the screen does.
 * Peak RSS is sampled while the import runs, and the process's own peak is given beside it.
 */
export async function benchReferenceBundles(): Promise<BenchResult[]> {
  const zip = await publishFull();
  const office = await openBenchCore(NOW);
  try {
    const uploaded = await office.core.upload(zip, 'reference-full-0-1.zip', office.manager);
    if (!uploaded.ok) throw new Error(uploaded.error.message);
    const { uploadId } = uploaded.value;
    const seen = await callOk<{ fingerprint: string }>(office.core, office.manager, 'refBundles.inspect', {
      uploadId,
    });
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const t0 = performance.now();
    const result = await callOk<{ counts: { shipments: number } }>(
      office.core,
      office.manager,
      'refBundles.import',
      {
        uploadId,
        trustFingerprint: seen.fingerprint,
      },
    );
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (result.counts.shipments !== SHIPMENTS)
      throw new Error(`imported ${result.counts.shipments} shipments`);
    const mb = (bytes: number) => round(bytes / (1024 * 1024));
    return [
      {
        name: '参考数据包导入（100万条发货记录）',
        value: round(seconds),
        unit: 's',
        note: '目标 ≤ 30 s，含校验与写入',
      },
      { name: '参考数据包导入时 RSS 峰值', value: mb(peak), unit: 'MB', note: '导入期间每 20 ms 采样' },
      { name: '导入开始时 RSS', value: mb(baseline), unit: 'MB', note: '同一进程刚生成过该数据包' },
      { name: '进程 RSS 峰值（含生成数据包）', value: mb(process.resourceUsage().maxRSS * 1024), unit: 'MB' },
      { name: '参考数据包大小', value: mb(zip.length), unit: 'MB', note: '全量，压缩后' },
    ];
  } finally {
    await office.dispose();
  }
}
