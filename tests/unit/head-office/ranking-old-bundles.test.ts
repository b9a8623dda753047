import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk } from '../../helpers/core-harness';
import { registerKeyFile, startHeadOffice, uploadAll } from './head-office';

const V1 = join(__dirname, '../../fixtures/bundles/v1');

describe('全国排名 with bundles of earlier releases', () => {
  it('imports a bundle written before KPIs were sent and lists its month as missing', async () => {
    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    await registerKeyFile(hq.core, hq.admin, readFileSync(join(V1, 'office-key-HD-03.json'), 'utf8'));
    const uploadIds = await uploadAll(hq.core, hq.admin, [
      { name: 'HD-03-2026-11-r1.zip', bytes: readFileSync(join(V1, 'HD-03-2026-11-r1.zip')) },
    ]);
    const imported = expectOk(await call(hq.core, hq.admin, 'hq.import.run', { uploadIds }));
    expect(imported.outcome).toBe('imported');
    const bundle = expectOk(await call(hq.core, hq.admin, 'hq.bundles.get', { bundleId: imported.bundleId }));
    expect(bundle.targets).toBeNull();

    const nov = expectOk(await call(hq.core, hq.admin, 'hq.ranking', { period: 'month', key: '2026-11' }));
    expect(nov.reps).toEqual([]);
    expect(nov.regions).toEqual([
      expect.objectContaining({
        code: 'HD-03',
        region: '华东三区',
        rank: null,
        salesRate: null,
        averageScore: null,
        reps: 0,
        months: [],
        missing: [{ month: '2026-11', reason: 'noKpis' }],
      }),
    ]);
    // October never came; December is not over yet, so nobody is missing it.
    const q4 = expectOk(await call(hq.core, hq.admin, 'hq.ranking', { period: 'quarter', key: '2026-Q4' }));
    expect(q4.regions[0]!.missing).toEqual([
      { month: '2026-10', reason: 'noBundle' },
      { month: '2026-11', reason: 'noKpis' },
    ]);
  });

  it('refuses a period key that does not fit the period, in Chinese', async () => {
    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    const cases = [
      [{ period: 'quarter', key: '2026-11' }, '季度格式应为 2026-Q2'],
      [{ period: 'month', key: '2026-13' }, '月份格式应为 2026-11'],
      [{ period: 'year', key: '26' }, '年份格式应为 2026'],
    ] as const;
    for (const [input, message] of cases) {
      const error = expectError(await call(hq.core, hq.admin, 'hq.ranking', input), 'BAD_INPUT');
      expect(error.message).toBe(`输入有误:${message}`);
      expect(error.fields).toEqual({ key: message });
    }
    const period = expectError(
      await call(hq.core, hq.admin, 'hq.ranking', { period: 'week' as 'month', key: '2026-W47' }),
      'BAD_INPUT',
    );
    expect(period.fields?.period).toBe('期间应为月、季或年');
  });
});
