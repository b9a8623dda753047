import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src-main/core/db/connection';
import {
  call,
  expectError,
  expectOk,
  MANAGER,
  OFFICE,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';

/** Wednesday 2 December 2026, 10:00 in the office. */
const START = '2026-12-02T02:00:00.000Z';

/** Official imported sales of a rep for the months of 2026, January first (元). */
function importSales(dbFile: string, userId: number, months: number[]) {
  const sqlite = openConnection(dbFile).sqlite;
  const insert = sqlite.prepare(
    `insert into sales_figures (user_id, month, source, sales_actual, updated_at)
     values (?, ?, 'imported', ?, '2026-12-01T02:00:00.000Z')`,
  );
  months.forEach((amount, i) => insert.run(userId, `2026-${String(i + 1).padStart(2, '0')}`, amount));
  sqlite.close();
}

const fen = (xs: number[]) => xs.reduce((a, b) => a + Math.round(b * 100), 0);

describe('sales targets (销售目标)', () => {
  it("splits the region's target by last year's shares and shows the gap to the reps' targets", async () => {
    const o = await startOffice(START);
    // Last year 王芳 sold 100 a month and twice that in December; 李军 sold 200 a month all year.
    importSales(o.dbFile, o.wangId, [...Array(11).fill(100), 200]);
    importSales(o.dbFile, o.liId, Array(12).fill(200));

    const region = expectOk(
      await call(o.core, o.manager, 'targets.set', {
        year: 2027,
        scope: 'region',
        metric: 'sales',
        annual: 3_700_000,
        method: 'lastYear',
      }),
    );
    // The office sold 300 a month and 400 in December, 3,700 in all: 300,000 a month, 400,000 in December.
    expect(region.months).toEqual([...Array(11).fill(300_000), 400_000]);
    expect(region.quarters).toEqual([900_000, 900_000, 900_000, 1_000_000]);
    expect(region.name).toBe(OFFICE.regionName);
    expect(region.history).toEqual([
      expect.objectContaining({
        version: 1,
        quarter: null,
        oldAmount: null,
        newAmount: 3_700_000,
        reason: '设定年度目标',
      }),
    ]);

    const wang = expectOk(
      await call(o.core, o.manager, 'targets.set', {
        year: 2027,
        scope: 'rep',
        userId: o.wangId,
        metric: 'sales',
        annual: 1_000_000,
        method: 'lastYear',
      }),
    );
    // 王芳's own year: 1,300 with 200 in December, so 1,000,000 × 100/1,300 = 76,923.08 a month (the fen
    // left over go to the months that lost most to rounding); December 153,846.15.
    expect(fen(wang.months)).toBe(100_000_000);
    expect(wang.months[11]).toBeCloseTo(153_846.15, 2);
    expect(wang.months[0]).toBeGreaterThanOrEqual(76_923.07);

    const li = expectOk(
      await call(o.core, o.manager, 'targets.set', {
        year: 2027,
        scope: 'rep',
        userId: o.liId,
        metric: 'sales',
        annual: 2_400_000,
        method: 'equal',
      }),
    );
    expect(li.months).toEqual(Array(12).fill(200_000));

    const year = expectOk(await call(o.core, o.clerk, 'targets.year', { year: 2027 }));
    expect(year.targets.map((t) => [t.scope, t.name, t.annual])).toEqual([
      ['region', OFFICE.regionName, 3_700_000],
      ['rep', '王芳', 1_000_000],
      ['rep', '李军', 2_400_000],
    ]);
    expect(year.gaps).toEqual([{ metric: 'sales', gap: 300_000 }]);
  });

  it('adjusts a quarter as a new version, keeping the old one and who asked, and refuses stale or empty adjustments', async () => {
    const o = await startOffice(START);
    const set = expectOk(
      await call(o.core, o.manager, 'targets.set', {
        year: 2027,
        scope: 'rep',
        userId: o.wangId,
        metric: 'collection',
        annual: 1_200_000,
        method: 'equal',
      }),
    );
    const adjusted = expectOk(
      await call(o.core, o.manager, 'targets.adjust', {
        targetId: set.id,
        quarter: 2,
        months: [80_000, 80_000, 90_000],
        reason: '苏宁易家账期延长,二季度回款推迟',
        requestedBy: '王芳',
        version: 1,
      }),
    );
    expect(adjusted.version).toBe(2);
    expect(adjusted.annual).toBe(1_150_000);
    expect(adjusted.quarters).toEqual([300_000, 250_000, 300_000, 300_000]);
    expect(adjusted.history.at(-1)).toMatchObject({
      version: 2,
      quarter: 2,
      oldAmount: 300_000,
      newAmount: 250_000,
      reason: '苏宁易家账期延长,二季度回款推迟',
      requestedBy: '王芳',
      approvedBy: MANAGER.displayName,
      at: START,
    });
    // Version 1 is still there, unchanged.
    expect(adjusted.history[0]).toMatchObject({ version: 1, newAmount: 1_200_000 });

    const before = tableChecksums(o.dbFile);
    const stale = expectError(
      await call(o.core, o.manager, 'targets.adjust', {
        targetId: set.id,
        quarter: 3,
        months: [1, 1, 1],
        reason: '再次调整',
        requestedBy: '王芳',
        version: 1,
      }),
      'CONFLICT',
    );
    expect(stale.message).toContain('刷新');
    const same = expectError(
      await call(o.core, o.manager, 'targets.adjust', {
        targetId: set.id,
        quarter: 1,
        months: [100_000, 100_000, 100_000],
        reason: '核对',
        requestedBy: '王芳',
        version: 2,
      }),
      'BAD_INPUT',
    );
    expect(same.message).toBe('调整后的金额与现在相同,无需调整。');
    expect(tableChecksums(o.dbFile)).toEqual(before);
  });

  it('refuses bad input in Chinese at the field and stores nothing', async () => {
    const o = await startOffice(START);
    const before = tableChecksums(o.dbFile);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ annual: -1 }, 'annual', '金额不能为负数'],
      [{ annual: 100.001 }, 'annual', '金额最多保留两位小数'],
      [{ annual: 1e12 }, 'annual', '金额过大,请核对(单位:元)'],
      [{ userId: undefined }, 'userId', '请选择营销代表'],
      [{ method: 'typed' }, 'months', '须填写 12 个月的目标'],
      [
        { method: 'typed', months: [...Array(11).fill(100_000), 99_999.99] },
        'months',
        '各月目标合计与年度目标相差 0.01 元',
      ],
      [{ year: 1999 }, 'year', '年份应在 2000—2100 之间'],
    ];
    for (const [change, field, message] of cases) {
      const input = {
        year: 2027,
        scope: 'rep',
        userId: o.wangId,
        metric: 'sales',
        annual: 1_200_000,
        method: 'equal',
        ...change,
      };
      const err = expectError(await call(o.core, o.manager, 'targets.set', input as never), 'BAD_INPUT');
      expect(err.fields?.[field], JSON.stringify(change)).toBe(message);
    }
    // A target for the clerk, or set by a rep, is refused too.
    const clerk = expectError(
      await call(o.core, o.manager, 'targets.set', {
        year: 2027,
        scope: 'rep',
        userId: o.clerkId,
        metric: 'sales',
        annual: 1,
        method: 'equal',
      }),
      'BAD_INPUT',
    );
    expect(clerk.message).toBe('个人销售目标只设给营销代表。');
    expectError(
      await call(o.core, o.wang, 'targets.set', {
        year: 2027,
        scope: 'region',
        metric: 'sales',
        annual: 1,
        method: 'equal',
      }),
      'FORBIDDEN',
    );
    expect(tableChecksums(o.dbFile)).toEqual(before);
  });
});
