import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { ReportDetail } from '../../../src-shared/contract';
import type { FormCode } from '../../../src-shared/domain/forms';
import { parsePublicKeyFile } from '../../../src-main/core/platform/bundle-format';
import { openConnection } from '../../../src-main/core/db/connection';
import { BUNDLE_SECTION_HANDLERS } from '../../../src-main/core/modules';
import type { SessionUser } from '../../../src-main/core/handler-types';
import { MANAGER, call, expectOk, startOffice } from '../../helpers/core-harness';
import { f02Sample } from '../../fixtures/forms/f02-sample';
import { f03Sample } from '../../fixtures/forms/f03-sample';
import { f04Sample } from '../../fixtures/forms/f04-sample';
import { f05Sample } from '../../fixtures/forms/f05-sample';
import { f06Sample } from '../../fixtures/forms/f06-sample';
import { f07Sample } from '../../fixtures/forms/f07-sample';
import { visitDay } from '../core/f01-fixtures';
import { type Office, file, travel } from '../reports/office';

export const MONTH = '2026-11';

/**
 * Test options for a test that builds a month office: some fifty reports filed through the core and
 * their Word documents rendered, about 6 s alone and past the default 20 s on a loaded 2-core
 * machine. Nothing in these tests waits on time; the limit only catches a hang.
 */
export const MONTH_OF_WORK = { timeout: 120_000 };
/** Friday 4 December 10:00 in the office: the day before November's forms are due at 销售部. */
export const EXPORT_AT = '2026-12-04T02:00:00.000Z';
/** The day 李军 never wrote a 走访表 for. */
export const LI_MISSING_DAY = '2026-11-18';

/** Office time (UTC+8) as an instant. */
const office = (day: string, hour: number) =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + (hour - 8) * 3_600_000).toISOString();

/** November's working weeks: each week's days in the month and the Friday they are handed in. */
const WEEKS: { week: string; days: string[]; friday: string }[] = [
  { week: '2026-W45', days: ['02', '03', '04', '05', '06'], friday: '2026-11-06' },
  { week: '2026-W46', days: ['09', '10', '11', '12', '13'], friday: '2026-11-13' },
  { week: '2026-W47', days: ['16', '17', '18', '19', '20'], friday: '2026-11-20' },
  { week: '2026-W48', days: ['23', '24', '25', '26', '27'], friday: '2026-11-27' },
].map((w) => ({ ...w, days: w.days.map((d) => `2026-11-${d}`) }));

export interface MonthOffice {
  o: Office;
  /** Every report filed, by `${form}|${authorId}|${period}`. */
  reports: Map<string, ReportDetail>;
  /** 李军's last 周报 (week 48 of the full month), submitted and never approved. */
  liWeekly: ReportDetail;
  /** 李军's 月工作总结, handed in after the 3rd: approved, but late. */
  liSummary: ReportDetail;
}

/**
 * An office with a manager and two reps through November 2026, the way the month really goes:
 * 走访表 and 周报 handed in each Friday, a 协访表, an urgent 重要事项报告 and a 重要信息报告, and
 * the monthly summaries and December plans in the first days of December; the manager approves
 * everything on 4 December except 李军's last 周报. 李军 skipped one day and was late with his summary.
 */
export async function monthOffice(opts: { weeks?: number } = {}): Promise<MonthOffice> {
  const o = await startOffice(office('2026-11-02', 9));
  const reports = new Map<string, ReportDetail>();
  const put = async (who: 'manager' | 'wang' | 'li', code: FormCode, period: string, data: object) => {
    const r = await file(o, o[who], code, period, data as Record<string, unknown>);
    reports.set(`${code}|${r.author.id}|${period}`, r);
    return r;
  };

  const weeks = WEEKS.slice(0, opts.weeks ?? WEEKS.length);
  for (const w of weeks) {
    if (w.week === '2026-W48') {
      await travel(o, office('2026-11-25', 10));
      await put('wang', 'F07', '2026-11-25.1', f07Sample());
      await travel(o, office('2026-11-26', 10.75));
      await put('li', 'F06', '2026-11-26.1', f06Sample());
    }
    await travel(o, office(w.friday, 17));
    for (const day of w.days) {
      await put('wang', 'F01', day, visitDay());
      if (day !== LI_MISSING_DAY) await put('li', 'F01', day, visitDay());
    }
    await put('wang', 'F03', w.week, f03Sample());
    await put('li', 'F03', w.week, f03Sample());
    await put('manager', 'F03', w.week, f03Sample());
    if (w.week === '2026-W48') {
      await put('manager', 'F02', '2026-11-24', f02Sample({ id: o.wangId, name: '王芳' }));
    }
  }

  await travel(o, office('2026-12-02', 16));
  for (const who of ['wang', 'manager'] as const) await put(who, 'F04', MONTH, f04Sample());
  for (const who of ['wang', 'li', 'manager'] as const) await put(who, 'F05', '2026-12', f05Sample());

  await travel(o, EXPORT_AT);
  const liSummary = await put('li', 'F04', MONTH, f04Sample());
  await put('wang', 'F01', '2026-11-30', visitDay());
  await put('li', 'F01', '2026-11-30', visitDay());

  const liWeekly = reports.get(`F03|${o.liId}|${weeks.at(-1)!.week}`)!;
  const ids = [...reports.values()].map((r) => r.id).filter((id) => id !== liWeekly.id);
  for (let i = 0; i < ids.length; i += 200) {
    const done = expectOk(
      await call(o.core, o.manager, 'reports.approveMany', { ids: ids.slice(i, i + 200), comment: '' }),
    );
    if (done.skipped.length) throw new Error(`not approved: ${JSON.stringify(done.skipped)}`);
  }
  return { o, reports, liWeekly, liSummary };
}

/** The office's public key as head office registers it, from keys.exportPublic. */
export async function officePublicKey(o: Office) {
  const exported = expectOk(await call(o.core, o.manager, 'keys.exportPublic', {}));
  const stored = o.core.getFile(exported.fileId, o.manager.sessionToken)!;
  return parsePublicKeyFile(readFileSync(stored.path, 'utf8'));
}

/** The manager as the service sees him, with a connection of its own to the office's database. */
export function managerDeps(o: Office) {
  const conn = openConnection(join(o.dataDir, 'regiondesk.sqlite'));
  const actor: SessionUser = {
    id: o.managerId,
    username: MANAGER.username,
    displayName: MANAGER.displayName,
    role: 'manager',
  };
  return {
    deps: { db: conn.db, dataDir: o.dataDir, now: o.clock.now, bundleSections: BUNDLE_SECTION_HANDLERS },
    actor,
    close: () => conn.db.destroy(),
  };
}
