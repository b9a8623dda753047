import { describe, expect, it } from 'vitest';
import { monthScope } from '../../../src-main/core/modules/reports/month-scope';
import { call, expectOk, startOffice } from '../../helpers/core-harness';
import { f08Sample } from '../../fixtures/forms/f08-sample';
import { f09Sample } from '../../fixtures/forms/f09-sample';
import { file } from '../reports/office';

describe('a month’s bundle scope', () => {
  it('puts each ISO week in the month of its Thursday, the next month’s plan, and the quarter at its end', () => {
    const now = new Date('2027-01-04T02:00:00.000Z');
    expect(monthScope('2026-11', now)).toMatchObject({
      first: '2026-11-01',
      last: '2026-11-30',
      weeks: ['2026-W45', '2026-W46', '2026-W47', '2026-W48'],
      planMonth: '2026-12',
      quarter: null,
    });
    expect(monthScope('2026-12', now)).toMatchObject({
      weeks: ['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53'],
      planMonth: '2027-01',
      quarter: '2026-Q4',
    });
    expect(monthScope('2027-01', now).weeks[0]).toBe('2027-W01');
    // 1 January 2027 is 09:00 in the office while still 31 December in UTC.
    expect(() => monthScope('2027-01', new Date('2026-12-31T16:30:00.000Z'))).not.toThrow();
    expect(() => monthScope('2027-02', now)).toThrow(/尚未开始/);
  });

  it('carries the quarter’s 季度市场分析报告 and 述职报告 in the bundle of its last month', async () => {
    const o = await startOffice('2027-01-04T02:00:00.000Z');
    const ids = [
      (await file(o, o.manager, 'F08', '2026-Q4', f08Sample())).id,
      (await file(o, o.manager, 'F09', '2026-Q4', f09Sample())).id,
    ];
    expectOk(await call(o.core, o.manager, 'reports.approveMany', { ids, comment: '' }));
    const december = expectOk(await call(o.core, o.manager, 'bundles.preview', { month: '2026-12' }));
    expect(december.included.filter((f) => f.kind === 'document').map((f) => f.fileName)).toEqual([
      `docs/F08-2026-Q4-mgr${o.managerId}.docx`,
      `docs/F09-2026-Q4-mgr${o.managerId}.docx`,
    ]);
    expect(december.gaps.filter((g) => g.formCode === 'F08' || g.formCode === 'F09')).toEqual([]);
    const november = expectOk(await call(o.core, o.manager, 'bundles.preview', { month: '2026-11' }));
    expect(november.included.map((f) => f.fileName)).toEqual(['data/bundle.json', 'summary.xlsx']);
    // Every rep owes each working day's 走访表; the manager only the forms the regulation asks of him.
    const owed = new Set(november.gaps.map((g) => `${g.formCode} ${g.authorName}`));
    expect(owed).toEqual(
      new Set(
        [
          'F01 王芳',
          'F01 李军',
          'F03 王芳',
          'F03 李军',
          'F03 张伟',
          'F04 王芳',
          'F04 李军',
          'F04 张伟',
        ].concat(['F05 王芳', 'F05 李军', 'F05 张伟']),
      ),
    );
    expect(november.gaps.filter((g) => g.formCode === 'F01' && g.authorName === '王芳')).toHaveLength(21);
  });
});
