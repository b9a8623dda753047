import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk, startOffice } from '../../helpers/core-harness';
import { f02Sample } from '../../fixtures/forms/f02-sample';
import { f03Sample } from '../../fixtures/forms/f03-sample';
import { f04Sample } from '../../fixtures/forms/f04-sample';
import { f06Sample } from '../../fixtures/forms/f06-sample';
import { f07Sample } from '../../fixtures/forms/f07-sample';
import { f08Sample } from '../../fixtures/forms/f08-sample';
import { visitDay } from '../core/f01-fixtures';
import { type Office, file, save } from './office';

/** A 走访表 with one visit per [customer, purpose]. */
function visitsTo(...visits: [string, string][]): Record<string, unknown> {
  const template = visitDay().visits[0]!;
  return {
    ...visitDay(),
    actualVisits: visits.length,
    visits: visits.map(([customerName, purpose]) => ({ ...template, customerName, purpose })),
  };
}

async function prefill(o: Office, who: 'wang' | 'li' | 'manager' | 'clerk', input: object) {
  return call(o.core, o[who], 'reports.prefill', input as never);
}

describe('reports.prefill', () => {
  it('fills a rep’s week with his own visits and distinct new customers, and keeps what was pre-filled', async () => {
    const o = await startOffice();
    await save(o, o.wang, 'F01', '2026-11-22', visitsTo(['上周的新药房', '开发新客户'])); // Sunday of W47
    await save(
      o,
      o.wang,
      'F01',
      '2026-11-23',
      visitsTo(
        ['绍兴新客户药房', '开发新客户'],
        ['杭州市第一人民医院', '客情维护'],
        ['萧山区卫生院', '开发新客户'],
      ),
    );
    await file(
      o,
      o.wang,
      'F01',
      '2026-11-25',
      visitsTo([' 萧山区卫生院 ', '开发新客户'], ['余杭区中医院', '开发新客户']),
    );
    await save(o, o.wang, 'F01', '2026-11-30', visitsTo(['下周的新诊所', '开发新客户'])); // Monday of W49
    await save(
      o,
      o.li,
      'F01',
      '2026-11-24',
      visitsTo(['李军的新客户', '开发新客户'], ['李军的老客户', '回款']),
    );

    const week = { formCode: 'F03', periodKey: '2026-W48' };
    const wang = expectOk(await prefill(o, 'wang', week));
    expect(wang.values).toEqual({ visitCount: 5, newCustomerCount: 3 });
    expect(expectOk(await prefill(o, 'li', week)).values).toEqual({ visitCount: 2, newCustomerCount: 1 });
    expect(expectOk(await prefill(o, 'clerk', { ...week, authorId: o.wangId })).values).toEqual(wang.values);
    expect(expectOk(await prefill(o, 'manager', week)).values).toEqual({
      visitCount: 0,
      newCustomerCount: 0,
    });
    expectError(await prefill(o, 'li', { ...week, authorId: o.wangId }), 'FORBIDDEN');

    // Wang corrects one count; both what the app offered and what he kept are stored.
    const data = { ...f03Sample(), visitCount: 6, newCustomerCount: 3 };
    const draft = await save(o, o.wang, 'F03', '2026-W48', data, { prefilled: wang.values });
    const stored = expectOk(await call(o.core, o.wang, 'reports.get', { id: draft.id }));
    expect(stored.prefilled).toEqual({ visitCount: 5, newCustomerCount: 3 });
    expect(stored.data).toMatchObject({ visitCount: 6, newCustomerCount: 3 });
  });

  it('fills a month with the rep’s visits and the joint visits that name him', async () => {
    const o = await startOffice();
    await save(o, o.wang, 'F01', '2026-10-30', visitsTo(['十月客户', '回款']));
    await save(o, o.wang, 'F01', '2026-11-02', visitsTo(['甲', '回款'], ['乙', '客情维护']));
    await save(o, o.wang, 'F01', '2026-11-30', visitsTo(['丙', '回款'], ['丁', '回款'], ['戊', '回款']));
    await save(o, o.wang, 'F01', '2026-12-01', visitsTo(['十二月客户', '回款']));
    await save(o, o.li, 'F01', '2026-11-10', visitsTo(['李军的客户', '回款']));
    const wang = { id: o.wangId, name: '王芳' };
    const li = { id: o.liId, name: '李军' };
    await file(o, o.manager, 'F02', '2026-11-24', f02Sample(wang));
    await file(o, o.manager, 'F02', '2026-11-20', f02Sample(wang));
    await file(o, o.manager, 'F02', '2026-11-18', f02Sample(li));
    await file(o, o.manager, 'F02', '2026-10-30', f02Sample(wang));

    const month = { formCode: 'F04', periodKey: '2026-11' };
    const values = expectOk(await prefill(o, 'wang', month)).values;
    expect(values).toEqual({ visitCount: 5, jointVisitCount: 2 });
    expect(expectOk(await prefill(o, 'li', month)).values).toEqual({ visitCount: 1, jointVisitCount: 1 });
    // The manager's own month counts the joint visits he made.
    expect(expectOk(await prefill(o, 'manager', month)).values).toEqual({
      visitCount: 0,
      jointVisitCount: 3,
    });

    const draft = await save(
      o,
      o.wang,
      'F04',
      '2026-11',
      { ...f04Sample(), ...values },
      { prefilled: values },
    );
    const stored = expectOk(await call(o.core, o.manager, 'reports.get', { id: draft.id }));
    expect(stored.prefilled).toEqual({ visitCount: 5, jointVisitCount: 2 });
  });

  it('gives the manager’s quarter the sum of the reps’ submitted monthly summaries, month by month', async () => {
    const o = await startOffice();
    const month = (salesTarget: number, salesActual: number) => ({
      ...f04Sample(),
      salesTarget,
      salesActual,
    });
    await file(o, o.wang, 'F04', '2026-09', month(1_000_000, 1_000_000)); // the quarter before
    await file(o, o.wang, 'F04', '2026-10', month(100_000, 90_000));
    await file(o, o.li, 'F04', '2026-10', month(200_000, 210_000.5));
    await file(o, o.wang, 'F04', '2026-11', month(300_000, 330_000));
    await save(o, o.li, 'F04', '2026-11', month(999_999, 999_999)); // not handed in yet
    await file(o, o.manager, 'F04', '2026-11', month(5_000_000, 5_000_000)); // the manager's own

    const quarter = { formCode: 'F08', periodKey: '2026-Q4' };
    const values = expectOk(await prefill(o, 'manager', quarter)).values;
    const rows = [
      { month: '2026年10月', target: 300_000, actual: 300_000.5 },
      { month: '2026年11月', target: 300_000, actual: 330_000 },
      { month: '2026年12月', target: 0, actual: 0 },
    ];
    expect(values).toEqual({ monthlySales: rows });
    expect(expectError(await prefill(o, 'wang', quarter), 'FORBIDDEN').message).toContain('区域经理');

    const draft = await save(
      o,
      o.manager,
      'F08',
      '2026-Q4',
      { ...f08Sample(), ...values },
      { prefilled: values },
    );
    const stored = expectOk(await call(o.core, o.manager, 'reports.get', { id: draft.id }));
    expect(stored.prefilled).toEqual({ monthlySales: rows });
    expect(stored.data.monthlySales).toEqual(rows);

    // The quarterly debrief starts from the same figures, as the quarter's totals.
    const debrief = expectOk(await prefill(o, 'manager', { formCode: 'F09', periodKey: '2026-Q4' })).values;
    // No training or joint visit this quarter: the coaching figures are all nought.
    expect(debrief).toEqual({
      salesTarget: 600_000,
      salesActual: 630_000.5,
      team: '本季度组织培训 0 场,共 0 小时,出席率 —;协访 0 次(F02),发现待提升项 0 项,已改进 0 项。',
    });
  });
});

describe('reports.newEventKey', () => {
  it('numbers one person’s events of a day in turn, per form', async () => {
    const o = await startOffice();
    const next = async (who: 'wang' | 'li' | 'clerk', formCode: 'F06' | 'F07', authorId?: number) =>
      expectOk(
        await call(o.core, o[who], 'reports.newEventKey', {
          formCode,
          day: '2026-11-27',
          ...(authorId ? { authorId } : {}),
        }),
      ).periodKey;

    expect(await next('wang', 'F06')).toBe('2026-11-27.1');
    await save(o, o.wang, 'F06', '2026-11-27.1', f06Sample());
    expect(await next('wang', 'F06')).toBe('2026-11-27.2');
    expect(await next('clerk', 'F06', o.wangId)).toBe('2026-11-27.2');
    await save(o, o.wang, 'F06', '2026-11-27.2', f06Sample());
    expect(await next('wang', 'F06')).toBe('2026-11-27.3');
    // Another form, another person, another day start from 1.
    expect(await next('wang', 'F07')).toBe('2026-11-27.1');
    expect(await next('li', 'F06')).toBe('2026-11-27.1');
    await save(o, o.wang, 'F07', '2026-11-28.1', f07Sample());
    expect(await next('wang', 'F07')).toBe('2026-11-27.1');
  });

  it('refuses forms that are not events, and people who do not write them', async () => {
    const o = await startOffice();
    for (const formCode of ['F01', 'F03', 'F04', 'F08'] as const) {
      const result = await call(o.core, o.wang, 'reports.newEventKey', { formCode, day: '2026-11-27' });
      expect(expectError(result, 'BAD_INPUT').message).toContain('事项类报表');
    }
    const clerk = await call(o.core, o.clerk, 'reports.newEventKey', { formCode: 'F06', day: '2026-11-27' });
    expect(expectError(clerk, 'FORBIDDEN').message).toBe('重要事项报告应由营销代表或区域经理填写。');
  });

  // reports.newEventKey accepts any YYYY-MM-DD and offers 2026-11-31.1, a key saveDraft then refuses.
  it('refuses a day that does not exist instead of numbering events on it', async () => {
    const o = await startOffice();
    const bad = await call(o.core, o.wang, 'reports.newEventKey', { formCode: 'F06', day: '2026-11-31' });
    expect(Object.keys(expectError(bad, 'BAD_INPUT').fields ?? {})).toContain('day');
  });
});
