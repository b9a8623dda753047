import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src-main/core/db/connection';
import { customersModule } from '../../../src-main/core/modules/customers';
import { call, expectOk, startOffice } from '../../helpers/core-harness';
import { saveDraft, visitDay } from '../core/f01-fixtures';

describe('the customers section of the monthly bundle (version 2)', () => {
  it('carries the whole file, phones only when the setting sends them, and each owner’s contact figures', async () => {
    const o = await startOffice('2026-11-02T02:00:00.000Z');
    let n = 0;
    const add = async (name: string, grade: string, ownerId: number) =>
      expectOk(
        await call(o.core, o.manager, 'customers.create', {
          name,
          type: '医院',
          grade,
          address: '',
          city: '杭州',
          people: [
            {
              name: '刘建国',
              title: '主任',
              phones: `138025166${++n}0`,
            },
          ],
          ownerId,
        }),
      );
    const a = await add('杭州市第一人民医院', 'A', o.wangId);
    await add('浙江省中医院', 'D', o.wangId);
    const merged = await add('宁波海曙大药房', 'B', o.liId);
    const kept = await add('宁波海曙大药房连锁', 'B', o.liId);
    expectOk(await call(o.core, o.manager, 'customers.merge', { keepId: kept.id, mergeId: merged.id }));
    const day = visitDay();
    await saveDraft(o.core, o.wang, {
      day: '2026-11-02',
      data: { ...day, visits: [{ ...day.visits[0]!, customerName: a.name, customerId: a.id }] },
    });

    const section = customersModule.bundleSection!;
    const conn = openConnection(o.dbFile);
    try {
      const write = () =>
        section.write({
          db: conn.db,
          month: '2026-11',
          first: '2026-11-01',
          last: '2026-11-30',
          reportIds: [],
          exportedAt: '2026-12-01T02:00:00.000Z',
          exportedBy: { id: o.managerId, username: 'zhangwei', displayName: '张伟', role: 'manager' },
        });
      const data = (await write()) as {
        asOf: string;
        phonesIncluded: boolean;
        customers: { name: string; lastContact: string | null; people: { phones: string }[] }[];
        contactStats: unknown[];
      };
      expect(data.asOf).toBe('2026-11-30');
      expect(data.phonesIncluded).toBe(false);
      expect(data.customers.map((c) => [c.name, c.lastContact, c.people[0]!.phones])).toEqual([
        ['杭州市第一人民医院', '2026-11-02', ''],
        ['浙江省中医院', null, ''],
        ['宁波海曙大药房连锁', null, ''],
      ]);
      // On 30 November: the A hospital was due on the 9th, the B pharmacy on the 16th; D is not yet due.
      expect(data.contactStats).toEqual([
        { ownerId: o.wangId, name: '王芳', customers: 2, overdue: 1, dueSoon: 0, contactsInMonth: 1 },
        { ownerId: o.liId, name: '李军', customers: 1, overdue: 1, dueSoon: 0, contactsInMonth: 0 },
      ]);
      const settings = expectOk(await call(o.core, o.manager, 'customers.contactSettings', {}));
      expectOk(
        await call(o.core, o.manager, 'customers.updateContactSettings', {
          ...settings,
          phonesToHeadOffice: true,
        }),
      );
      const sent = (await write()) as typeof data;
      expect(sent.phonesIncluded).toBe(true);
      expect(sent.customers[0]!.people[0]!.phones).toMatch(/^1380251\d{4}$/);
    } finally {
      await conn.db.destroy();
    }
  });
});
