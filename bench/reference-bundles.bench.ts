import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME, openCore } from '../src-main/core';
import { BenchCaller, callOk, openBenchCore, round } from './board.bench';
import type { BenchResult } from './documents.bench';
import { SHIPMENTS, seedReferenceTables } from './reference.bench';

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
    seedReferenceTables(join(dataDir, DB_FILE_NAME));
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
