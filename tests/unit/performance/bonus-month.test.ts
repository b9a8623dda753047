import { describe, expect, it } from 'vitest';
import {
  call,
  expectError,
  expectOk,
  MANAGER,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { importActuals } from '../../helpers/sales-figures';

/** Wednesday 2 December 2026, 10:00 in the office. */
const START = '2026-12-02T02:00:00.000Z';

type Office = Awaited<ReturnType<typeof startOffice>>;

function importActual(o: Office, userId: number, month: string, sales: number) {
  importActuals(o.dbFile, [{ userId, month, sales }]);
}

describe('the monthly bonus (奖金核算)', () => {
  it('pays by achievement, cuts for late reports, subtracts deductions, and locks on approval', async () => {
    const o = await startOffice(START);
    // 100,000 a month for 王芳; she sold 100,000 in October: 100 % of the 3,000 base, but every
    // report of October was late (none filed), so 20 % is cut: 2,400.
    expectOk(
      await call(o.core, o.manager, 'targets.set', {
        year: 2026,
        scope: 'rep',
        userId: o.wangId,
        metric: 'sales',
        annual: 1_200_000,
        method: 'equal',
      }),
    );
    importActual(o, o.wangId, '2026-10', 100_000);

    const open = expectOk(await call(o.core, o.clerk, 'bonus.month', { month: '2026-10' }));
    expect(open.locked).toBe(false);
    const wang = open.statements.find((s) => s.userId === o.wangId)!;
    expect(wang.lines.map((l) => [l.label, l.amount])).toEqual([
      ['达成奖金', 3000],
      ['报表及时率扣减', -600],
    ]);
    expect(wang.total).toBe(2400);
    // 李军 has no target: no achievement bonus, nothing to cut.
    expect(open.statements.find((s) => s.userId === o.liId)!.total).toBe(0);

    const deducted = expectOk(
      await call(o.core, o.manager, 'bonus.deduct', {
        month: '2026-10',
        userId: o.wangId,
        amount: 150,
        reason: '样品遗失',
      }),
    );
    const withDeduction = deducted.statements.find((s) => s.userId === o.wangId)!;
    expect(withDeduction.lines.at(-1)).toEqual({ label: '扣款', amount: -150, basis: '样品遗失' });
    expect(withDeduction.total).toBe(2250);

    const approved = expectOk(await call(o.core, o.manager, 'bonus.approve', { month: '2026-10' }));
    expect(approved.locked).toBe(true);
    expect(approved.statements.find((s) => s.userId === o.wangId)).toMatchObject({
      total: 2250,
      approved: { by: MANAGER.displayName, at: START },
    });

    // Locked: no second approval, no deduction; the month stays as approved.
    const before = tableChecksums(o.dbFile);
    expectError(await call(o.core, o.manager, 'bonus.approve', { month: '2026-10' }), 'CONFLICT');
    const late = expectError(
      await call(o.core, o.manager, 'bonus.deduct', {
        month: '2026-10',
        userId: o.wangId,
        amount: 1,
        reason: '补扣',
      }),
      'INVALID_STATE',
    );
    expect(late.message).toBe('2026-10 的奖金已审核锁定,扣款请记入下一个月。');
    expect(tableChecksums(o.dbFile)).toEqual(before);

    // The ERP corrects October upwards to 110,000 after approval: October is not rewritten, and
    // November's statement carries the difference. October now computes 3,000 + 10 × 2 % × 3,000 =
    // 3,600, less 20 % (720) and the 150 deduction: 2,730, which is 480 more than approved.
    importActual(o, o.wangId, '2026-10', 110_000);
    const october = expectOk(await call(o.core, o.manager, 'bonus.month', { month: '2026-10' }));
    expect(october.statements.find((s) => s.userId === o.wangId)!.total).toBe(2250);
    const november = expectOk(await call(o.core, o.manager, 'bonus.month', { month: '2026-11' }));
    const line = november.statements.find((s) => s.userId === o.wangId)!.lines.at(-1)!;
    expect(line).toEqual({
      label: '2026-10 奖金调整',
      amount: 480,
      basis: '2026-10 已审核奖金 2250.00 元,重新核算为 2730.00 元',
    });
  });

  it('refuses bad deductions in Chinese and stores nothing', async () => {
    const o = await startOffice(START);
    const before = tableChecksums(o.dbFile);
    const zero = expectError(
      await call(o.core, o.manager, 'bonus.deduct', {
        month: '2026-11',
        userId: o.wangId,
        amount: 0,
        reason: '无',
      }),
      'BAD_INPUT',
    );
    expect(zero.fields).toMatchObject({ amount: '扣款金额须大于 0', reason: '请写明扣款原因' });
    const clerk = expectError(
      await call(o.core, o.manager, 'bonus.deduct', {
        month: '2026-11',
        userId: o.clerkId,
        amount: 10,
        reason: '迟到',
      }),
      'BAD_INPUT',
    );
    expect(clerk.message).toBe('只能扣减营销代表的奖金。');
    expectError(
      await call(o.core, o.clerk, 'bonus.deduct', {
        month: '2026-11',
        userId: o.wangId,
        amount: 10,
        reason: '迟到',
      }),
      'FORBIDDEN',
    );
    expect(tableChecksums(o.dbFile)).toEqual(before);
  });
});
