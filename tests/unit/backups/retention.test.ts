import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupRuntime } from '../../../src-main/core/modules/backups';
import { planRetention } from '../../../src-main/core/modules/backups/retention';
import { call, expectOk, MANAGER, signIn } from '../../helpers/core-harness';
import { officeWithBackups } from './backup-harness';

const DAY = 86_400_000;

describe('backup retention', () => {
  it('keeps 14 daily backups and the last backup of each of the last 12 months', async () => {
    // 2026-01-01 09:00 in the office; the app runs on every fourth day for a year, then daily.
    const o = await officeWithBackups('2026-01-01T01:00:00.000Z');
    const runtime = backupRuntime(o.dataDir);
    const taken: string[] = [];
    for (let day = 0; day < 400; day++) {
      if (day % 4 !== 0 && day < 370) continue;
      o.clock.set(new Date(Date.parse('2026-01-01T01:00:00.000Z') + day * DAY).toISOString());
      const backup = await runtime.runDue();
      expect(backup?.check).toBe('ok');
      taken.push(backup!.createdAt.slice(0, 10));
      // A second look the same day takes nothing more.
      expect(await runtime.runDue()).toBeNull();
    }
    const manager = await signIn(o.core, MANAGER.username, MANAGER.password);
    const list = expectOk(await call(o.core, manager, 'backups.list', {}));
    const daily = list.backups.filter((b) => b.kind === 'daily').map((b) => b.createdAt.slice(0, 10));
    expect(daily).toEqual(taken.slice(-14).reverse());
    expect(daily[0]).toBe('2027-02-04');
    expect(daily.at(-1)).toBe('2027-01-22');
    // The last backup of each month, newest 12 months; February's and January's are daily ones.
    const lastOfMonth = [...new Map(taken.map((d) => [d.slice(0, 7), d])).values()].reverse().slice(0, 12);
    expect(lastOfMonth[0]).toBe('2027-02-04');
    expect(lastOfMonth.at(-1)).toMatch(/^2026-03-/);
    const monthly = list.backups.filter((b) => b.kind === 'monthly').map((b) => b.createdAt.slice(0, 10));
    expect(monthly).toEqual(lastOfMonth.slice(2));
    expect(list.backups).toHaveLength(24);
    expect(list.backups.every((b) => b.check === 'ok')).toBe(true);
    // Nothing half-written or unlisted stays behind: each backup and its check record.
    expect(readdirSync(o.folder)).toHaveLength(2 * list.backups.length);
  }, 60_000);

  it('follows changed settings and never sweeps the copies taken before an upgrade', () => {
    const at = (d: string, h = '01') => `${d}T${h}:00:00.000Z`;
    const backups = [
      { id: 'pre-1', kind: 'preUpgrade' as const, createdAt: at('2025-01-10') },
      ...Array.from({ length: 6 }, (_, i) => ({
        id: `pre-new-${i}`,
        kind: 'preUpgrade' as const,
        createdAt: at(`2026-03-0${i + 1}`),
      })),
      { id: 'd-0301', kind: 'daily' as const, createdAt: at('2026-03-01') },
      { id: 'd-0302', kind: 'daily' as const, createdAt: at('2026-03-02') },
      { id: 'm-0302', kind: 'manual' as const, createdAt: at('2026-03-02', '05') },
      { id: 'd-0303', kind: 'daily' as const, createdAt: at('2026-03-03') },
      { id: 'd-0215', kind: 'daily' as const, createdAt: at('2026-02-15') },
      { id: 'd-0228', kind: 'daily' as const, createdAt: at('2026-02-28') },
      { id: 'd-0131', kind: 'daily' as const, createdAt: at('2026-01-31') },
      // 2026-01-31 20:00 UTC is already 1 February in the office.
      { id: 'd-0201', kind: 'daily' as const, createdAt: at('2026-01-31', '20') },
    ];
    const plan = planRetention(backups, { keepDaily: 2, keepMonthly: 2, keepPreUpgrade: 5 });
    expect(Object.fromEntries(plan.keep)).toEqual({
      'd-0303': 'daily',
      'm-0302': 'manual',
      'd-0302': 'daily',
      'd-0228': 'monthly',
      'pre-new-5': 'preUpgrade',
      'pre-new-4': 'preUpgrade',
      'pre-new-3': 'preUpgrade',
      'pre-new-2': 'preUpgrade',
      'pre-new-1': 'preUpgrade',
    });
    expect(plan.remove.sort()).toEqual(['d-0131', 'd-0201', 'd-0215', 'd-0301', 'pre-1', 'pre-new-0']);
    // With no monthly backups wanted, only the daily window stays.
    const none = planRetention(backups, { keepDaily: 1, keepMonthly: 0, keepPreUpgrade: 5 });
    expect([...none.keep].filter(([, k]) => k !== 'preUpgrade').map(([id]) => id)).toEqual(['d-0303']);
  });
});
