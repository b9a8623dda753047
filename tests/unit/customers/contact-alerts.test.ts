import { describe, expect, it } from 'vitest';
import type { CustomerFields } from '../../../src-shared/contract';
import {
  call,
  CLERK_CHEN,
  expectOk,
  MANAGER,
  REP_LI,
  REP_WANG,
  signIn,
  startOffice,
} from '../../helpers/core-harness';
import { saveDraft, visitDay } from '../core/f01-fixtures';

type Office = Awaited<ReturnType<typeof startOffice>>;

/** Moves the clock days ahead and signs everyone in again, as they would that morning. */
async function dayLater(o: Office, iso: string) {
  o.clock.set(iso);
  o.manager = await signIn(o.core, MANAGER.username, MANAGER.password);
  o.wang = await signIn(o.core, REP_WANG.username, REP_WANG.password);
  o.li = await signIn(o.core, REP_LI.username, REP_LI.password);
  o.clerk = await signIn(o.core, CLERK_CHEN.username, CLERK_CHEN.password);
}

const add = async (
  o: Office,
  name: string,
  grade: string,
  ownerId: number | null,
  more: Partial<CustomerFields> = {},
) =>
  expectOk(
    await call(o.core, o.manager, 'customers.create', {
      name,
      type: '医院',
      grade,
      address: '',
      people: [],
      ownerId,
      ...more,
    }),
  ).id;

describe('客户联系提醒', () => {
  it('reminds each rep of their own overdue and due-soon customers, and the manager of everyone’s', async () => {
    // Filed on 1 November.
    const o = await startOffice('2026-11-01T02:00:00.000Z');
    const a = await add(o, '杭州市第一人民医院', 'A', o.wangId);
    const b = await add(o, '浙江省中医院', 'B', o.wangId);
    const c = await add(o, '宁波海曙大药房', 'C', o.liId);
    await add(o, '绍兴震元医药连锁', 'A', o.wangId, { status: '流失' });
    await add(o, '嘉兴市妇幼保健院', '', o.wangId);
    await add(o, '湖州市中心医院', 'A', null);
    await dayLater(o, '2026-11-20T02:00:00.000Z');
    const day = visitDay();
    // 王芳 saw the B hospital on the 10th and planned to return on the 24th.
    await saveDraft(o.core, o.wang, {
      day: '2026-11-10',
      data: {
        ...day,
        visits: [{ ...day.visits[0]!, customerName: '浙江省中医院', customerId: b, nextVisit: '2026-11-24' }],
      },
    });
    await dayLater(o, '2026-11-22T02:00:00.000Z');

    // Today 22 November: A due 8 November (overdue), B due 24 November (due soon), C due 1 December (ok).
    const mine = expectOk(await call(o.core, o.wang, 'customers.contactAlerts', { ownerId: o.liId }));
    expect(mine.today).toBe('2026-11-22');
    expect(mine.alerts).toEqual([
      {
        customerId: a,
        code: 'C00001',
        name: '杭州市第一人民医院',
        grade: 'A',
        ownerId: o.wangId,
        ownerName: '王芳',
        lastContact: null,
        nextVisit: null,
        dueDay: '2026-11-08',
        daysLeft: -14,
        state: 'overdue',
      },
      {
        customerId: b,
        code: 'C00002',
        name: '浙江省中医院',
        grade: 'B',
        ownerId: o.wangId,
        ownerName: '王芳',
        lastContact: '2026-11-10',
        nextVisit: '2026-11-24',
        dueDay: '2026-11-24',
        daysLeft: 2,
        state: 'dueSoon',
      },
    ]);
    expect(mine.byOwner).toEqual([{ ownerId: o.wangId, name: '王芳', overdue: 1, dueSoon: 1 }]);

    expect(expectOk(await call(o.core, o.li, 'customers.contactAlerts', {})).alerts).toEqual([]);
    const all = expectOk(await call(o.core, o.manager, 'customers.contactAlerts', {}));
    expect(all.byOwner).toEqual([
      { ownerId: o.wangId, name: '王芳', overdue: 1, dueSoon: 1 },
      { ownerId: o.liId, name: '李军', overdue: 0, dueSoon: 0 },
    ]);
    await dayLater(o, '2026-12-02T02:00:00.000Z');
    const later = expectOk(await call(o.core, o.clerk, 'customers.contactAlerts', { ownerId: o.liId }));
    expect(later.alerts.map((x) => [x.customerId, x.state, x.daysLeft])).toEqual([[c, 'overdue', -1]]);
  });
});
