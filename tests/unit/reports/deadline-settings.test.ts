import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINES, type DeadlineSettings } from '../../../src-shared/domain/deadlines/rules';
import { call, expectError, expectOk, startOffice, tableChecksums } from '../../helpers/core-harness';
import { f03Sample } from '../../fixtures/forms/f03-sample';
import { f04Sample } from '../../fixtures/forms/f04-sample';
import { f05Sample } from '../../fixtures/forms/f05-sample';
import { type Office, file, save, submit, travel } from './office';

/** The regulation's values, as a fresh object to change. */
const regulation = (): DeadlineSettings => structuredClone(DEFAULT_DEADLINES) as DeadlineSettings;

function update(o: Office, settings: unknown, caller = o.manager) {
  return call(o.core, caller, 'settings.updateDeadlines', settings as DeadlineSettings);
}

describe('deadline settings', () => {
  it('start as the regulation says', async () => {
    const o = await startOffice();
    const settings = expectOk(await call(o.core, o.wang, 'settings.deadlines', {}));
    expect(settings).toMatchObject({
      visitWeekly: { weeksAfter: 0, weekday: 7, hour: 24 },
      repWeekly: { weeksAfter: 0, weekday: 7, hour: 24 },
      managerWeekly: { weeksAfter: 1, weekday: 1, hour: 12 },
      repMonthlyDay: 3,
      headOfficeMonthlyDay: 5,
      eventHours: { 一般: 24, 紧急: 2, 特急: 2 },
      infoHours: 24,
      quarterlyDays: 15,
      holidays: [],
      makeUpWorkdays: [],
    });
    expect(settings.reviewWorkingDays).toEqual({
      F01: null,
      F02: null,
      F03: 2,
      F04: null,
      F05: null,
      F06: null,
      F07: null,
      F08: null,
      F09: null,
    });
  });

  it('are changed by the manager alone, and refused in Chinese when a value is impossible', async () => {
    const o = await startOffice();
    const before = tableChecksums(o.dataDir);
    const valid = { ...regulation(), repMonthlyDay: 10 };
    for (const caller of [o.wang, o.clerk]) expectError(await update(o, valid, caller), 'FORBIDDEN');

    const d = regulation();
    const bad: [unknown, string, string][] = [
      [{ ...d, repMonthlyDay: 0 }, 'repMonthlyDay', '代表月报期限日不能小于1'],
      [{ ...d, headOfficeMonthlyDay: 32 }, 'headOfficeMonthlyDay', '报销售部期限日不能大于31'],
      [{ ...d, quarterlyDays: 1.5 }, 'quarterlyDays', '季度报告期限天数须为整数'],
      [{ ...d, eventHours: { ...d.eventHours, 紧急: 0 } }, 'eventHours.紧急', '紧急事项时限须大于0小时'],
      [
        { ...d, visitWeekly: { ...d.visitWeekly, weekday: 8 } },
        'visitWeekly.weekday',
        '走访表交办事处期限的星期不能大于7',
      ],
      [
        { ...d, reviewWorkingDays: { ...d.reviewWorkingDays, F03: 0 } },
        'reviewWorkingDays.F03',
        '审核期限至少1个工作日',
      ],
      [{ ...d, holidays: ['2026-02-30'] }, 'holidays.0', '节假日须为有效日期(年-月-日)'],
      [
        { ...d, holidays: ['2026-10-01'], makeUpWorkdays: ['2026-10-01'] },
        'makeUpWorkdays',
        '2026-10-01不能既是节假日又是调休上班日',
      ],
    ];
    for (const [settings, field, message] of bad) {
      const error = expectError(await update(o, settings), 'BAD_INPUT');
      expect(error.fields?.[field], field).toBe(message);
      expect(error.message).toContain(message);
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
    expect(expectOk(await call(o.core, o.manager, 'settings.deadlines', {}))).toEqual(DEFAULT_DEADLINES);
  });

  it('move the due moments of reports handed in afterwards', async () => {
    const o = await startOffice();
    const draft = await save(o, o.wang, 'F04', '2026-11', f04Sample());
    expect(draft.dueAt).toBe('2026-12-03T16:00:00.000Z');

    const changed = {
      ...regulation(),
      repMonthlyDay: 10,
      holidays: ['2026-12-07'],
      reviewWorkingDays: { ...regulation().reviewWorkingDays, F04: 1 },
    };
    expect(expectOk(await update(o, changed))).toEqual(changed);
    expect(expectOk(await call(o.core, o.li, 'settings.deadlines', {}))).toEqual(changed);

    // Friday 10:00; under the regulation this would be two days late.
    await travel(o, '2026-12-04T02:00:00.000Z');
    const monthly = await submit(o, o.wang, draft);
    expect(monthly).toMatchObject({ dueAt: '2026-12-10T16:00:00.000Z', onTime: true });
    // One working day to review it: Monday 7 December is a holiday.
    expect(monthly.reviewDueAt).toBe('2026-12-08T16:00:00.000Z');
    const plan = await file(o, o.li, 'F05', '2026-12', f05Sample());
    expect(plan).toMatchObject({ dueAt: '2026-12-10T16:00:00.000Z', onTime: true });
    // Two working days for a 周报, skipping the holiday.
    const weekly = await file(o, o.li, 'F03', '2026-W49', f03Sample());
    expect(weekly.reviewDueAt).toBe('2026-12-09T16:00:00.000Z');
    // The manager's own month still goes to 销售部 by the 5th.
    const own = await file(o, o.manager, 'F04', '2026-11', f04Sample());
    expect(own).toMatchObject({ dueAt: '2026-12-05T16:00:00.000Z', onTime: true });

    // Back to the regulation: the next report is due on the 3rd again.
    expectOk(await update(o, regulation()));
    const li = await file(o, o.li, 'F04', '2026-11', f04Sample());
    expect(li).toMatchObject({ dueAt: '2026-12-03T16:00:00.000Z', onTime: false });
  });
});
