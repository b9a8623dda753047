import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src-main/core';
import { openConnection } from '../../../src-main/core/db/connection';
import { ownerOn, ownersDuring } from '../../../src-main/core/modules/customers';
import type { CustomerFields } from '../../../src-shared/contract';
import {
  call,
  callRaw,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { type Office, travel } from '../reports/office';

/** Thursday 26 November 2026, 10:00 in the office. */
const NOV_26 = '2026-11-26T02:00:00.000Z';
/** Wednesday 2 December 2026, 10:00 in the office. */
const DEC_2 = '2026-12-02T02:00:00.000Z';

const blank: CustomerFields = {
  name: '',
  type: '医院',
  grade: 'A',
  address: '',
  people: [],
  ownerId: null,
};

async function addCustomer(o: Office, caller: Caller, name: string, ownerId: number | null) {
  return expectOk(await call(o.core, caller, 'customers.create', { ...blank, name, ownerId })).id;
}

/** 王芳 has two hospitals from 26 November, 李军 one pharmacy; on 2 December the manager is at work. */
async function officeWithCustomers() {
  const o = await startOffice(NOV_26);
  const first = await addCustomer(o, o.manager, '杭州市第一人民医院', o.wangId);
  const second = await addCustomer(o, o.manager, '浙江省中医院', o.wangId);
  const pharmacy = await addCustomer(o, o.manager, '宁波海曙大药房', o.liId);
  await travel(o, DEC_2);
  return { o, first, second, pharmacy };
}

const history = async (o: Office, customerId: number) =>
  expectOk(await call(o.core, o.clerk, 'customers.ownerHistory', { customerId })).owners.map((s) => [
    s.ownerName,
    s.fromDay,
    s.toDay,
    s.reason,
    s.byName,
  ]);

describe('customer transfer (客户移交)', () => {
  it('moves customers from an office day on and keeps who owned them before', async () => {
    const { o, first, second, pharmacy } = await officeWithCustomers();
    const moved = expectOk(
      await call(o.core, o.manager, 'customers.transfer', {
        customerIds: [first, second],
        toUserId: o.liId,
        fromDay: '2026-12-01',
        reason: '王芳调往宁波片区',
      }),
    );
    expect(moved).toEqual({ moved: 2 });
    expect(await history(o, first)).toEqual([
      ['王芳', '2026-11-26', '2026-11-30', '新建客户', '张伟'],
      ['李军', '2026-12-01', null, '王芳调往宁波片区', '张伟'],
    ]);
    expect(readRows(o.dbFile, 'select id, owner_id from customers order by id')).toEqual([
      { id: first, owner_id: o.liId },
      { id: second, owner_id: o.liId },
      { id: pharmacy, owner_id: o.liId },
    ]);
    expect(
      readRows(o.dbFile, "select entity_id from audit_log where action = 'transfer' order by entity_id"),
    ).toEqual([{ entity_id: String(first) }, { entity_id: String(second) }]);

    const { db } = openConnection(o.dbFile);
    try {
      expect(await ownerOn(db, first, '2026-11-25')).toBeNull();
      expect(await ownerOn(db, first, '2026-11-26')).toBe(o.wangId);
      expect(await ownerOn(db, first, '2026-11-30')).toBe(o.wangId);
      expect(await ownerOn(db, first, '2026-12-01')).toBe(o.liId);
      expect(await ownerOn(db, pharmacy, '2026-12-01')).toBe(o.liId);
      // November's and December's owners, cut to the month.
      expect(await ownersDuring(db, [first, pharmacy], '2026-11-01', '2026-11-30')).toEqual([
        { customerId: first, ownerId: o.wangId, fromDay: '2026-11-26', toDay: '2026-11-30' },
        { customerId: pharmacy, ownerId: o.liId, fromDay: '2026-11-26', toDay: '2026-11-30' },
      ]);
      expect(await ownersDuring(db, [first], '2026-11-28', '2026-12-31')).toEqual([
        { customerId: first, ownerId: o.wangId, fromDay: '2026-11-28', toDay: '2026-11-30' },
        { customerId: first, ownerId: o.liId, fromDay: '2026-12-01', toDay: '2026-12-31' },
      ]);
      expect(await ownersDuring(db, [], '2026-11-01', '2026-11-30')).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('replaces an ownership that starts on the transfer day instead of ending it before it began', async () => {
    const { o, first } = await officeWithCustomers();
    const transfer = (toUserId: number, reason: string) =>
      call(o.core, o.manager, 'customers.transfer', {
        customerIds: [first],
        toUserId,
        fromDay: '2026-12-02',
        reason,
      });
    expectOk(await transfer(o.liId, '临时代管'));
    expectOk(await transfer(o.wangId, '代管取消,仍归王芳'));
    expect(await history(o, first)).toEqual([
      ['王芳', '2026-11-26', '2026-12-01', '新建客户', '张伟'],
      ['王芳', '2026-12-02', null, '代管取消,仍归王芳', '张伟'],
    ]);
  });

  it('refuses, storing nothing, a target who is not a rep at work, an unknown customer, an early day or no move', async () => {
    const { o, first, second, pharmacy } = await officeWithCustomers();
    const zhao = expectOk(
      await call(o.core, o.manager, 'people.create', {
        username: 'zhaolei',
        displayName: '赵磊',
        role: 'rep',
        password: 'zhaolei-2026',
        phone: '',
      }),
    );
    const { id, displayName, role, phone } = zhao;
    expectOk(await call(o.core, o.manager, 'people.update', { id, displayName, role, phone, active: false }));
    const before = tableChecksums(o.dataDir);
    const attempt = (input: Record<string, unknown>) =>
      callRaw(o.core, o.manager, 'customers.transfer', {
        customerIds: [first, second],
        toUserId: o.liId,
        fromDay: '2026-12-01',
        reason: '王芳调往宁波片区',
        ...input,
      });

    for (const toUserId of [o.clerkId, o.managerId, zhao.id, 999]) {
      const e = expectError(await attempt({ toUserId }), 'BAD_INPUT');
      expect(e.message).toBe('客户只能移交给在职的营销代表。');
      expect(e.fields).toEqual({ toUserId: '请选择在职的营销代表' });
    }
    const missing = expectError(await attempt({ customerIds: [first, 999] }), 'NOT_FOUND');
    expect(missing.message).toContain('找不到编号为 999 的客户');
    // The hospitals are 王芳's from 26 November: they cannot change hands before then.
    const early = expectError(await attempt({ fromDay: '2026-11-25' }), 'BAD_INPUT');
    expect(early.message).toBe(
      '“杭州市第一人民医院”、“浙江省中医院”的现归属从 2026-11-26 起算,移交日期不能早于该日。',
    );
    expect(early.fields).toEqual({ fromDay: '不能早于 2026-11-26' });
    const already = expectError(await attempt({ customerIds: [first, pharmacy] }), 'BAD_INPUT');
    expect(already.message).toBe('“宁波海曙大药房”已由李军负责,无需移交。');
    const future = expectError(await attempt({ fromDay: '2026-12-03' }), 'BAD_INPUT');
    expect(future.fields).toEqual({ fromDay: '移交日期不能晚于今天' });

    const bad = expectError(
      await attempt({ customerIds: [], reason: '调', fromDay: '2026-02-30' }),
      'BAD_INPUT',
    );
    expect(bad.fields).toEqual({
      customerIds: '请选择要移交的客户',
      reason: '移交原因至少2个字',
      fromDay: '日期不存在,请检查月份和日子',
    });
    const tooMany = expectError(
      await attempt({ customerIds: Array.from({ length: 501 }, (_, i) => i + 1) }),
      'BAD_INPUT',
    );
    expect(tooMany.fields).toEqual({ customerIds: '一次最多移交500个客户' });
    expectError(await attempt({ reason: 'x'.repeat(201) }), 'BAD_INPUT');
    // Only the manager hands customers over.
    for (const caller of [o.clerk, o.wang]) {
      expectError(
        await call(o.core, caller, 'customers.transfer', {
          customerIds: [first],
          toUserId: o.liId,
          fromDay: '2026-12-01',
          reason: '王芳调往宁波片区',
        }),
        'FORBIDDEN',
      );
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('lists each rep at work with their customers, then others holding customers and the unassigned', async () => {
    const { o, pharmacy } = await officeWithCustomers();
    await addCustomer(o, o.manager, '绍兴震元医药连锁', null);
    await addCustomer(o, o.manager, '余姚市人民医院', o.clerkId);
    const groups = expectOk(await call(o.core, o.clerk, 'customers.byOwner', {}));
    expect(groups.map((g) => [g.name, g.role, g.active, g.count, g.customers.map((c) => c.name)])).toEqual([
      ['王芳', 'rep', true, 2, ['杭州市第一人民医院', '浙江省中医院']],
      ['李军', 'rep', true, 1, ['宁波海曙大药房']],
      ['陈静', 'clerk', true, 1, ['余姚市人民医院']],
      ['未分配', null, false, 1, ['绍兴震元医药连锁']],
    ]);
    expect(groups[1]!.customers).toEqual([
      { id: pharmacy, name: '宁波海曙大药房', grade: 'A', type: '医院' },
    ]);
    expectError(await call(o.core, o.wang, 'customers.byOwner', {}), 'FORBIDDEN');
    expectError(await call(o.core, o.wang, 'customers.ownerHistory', { customerId: pharmacy }), 'FORBIDDEN');
    expectError(await call(o.core, o.clerk, 'customers.ownerHistory', { customerId: 999 }), 'NOT_FOUND');
  });
});

describe('owner changes in the customer file', () => {
  it('end the open ownership the day before and start the new owner today', async () => {
    const { o, first } = await officeWithCustomers();
    const c = expectOk(await call(o.core, o.manager, 'customers.search', { query: '第一人民' }))[0]!;
    const {
      id,
      ownerName: _n,
      updatedAt: _u,
      lastContact: _l,
      contact: _c,
      contactTitle: _t,
      phone: _p,
      ...fields
    } = c;
    expectOk(await call(o.core, o.manager, 'customers.update', { ...fields, id, ownerId: o.liId }));
    // A second change the same day replaces today's owner rather than leaving a day-less span.
    expectOk(await call(o.core, o.manager, 'customers.update', { ...fields, id, ownerId: null }));
    expectOk(
      await call(o.core, o.manager, 'customers.update', { ...fields, id, address: '杭州市', ownerId: null }),
    );
    expect(await history(o, first)).toEqual([['王芳', '2026-11-26', '2026-12-01', '新建客户', '张伟']]);
    expectOk(await call(o.core, o.manager, 'customers.update', { ...fields, id, ownerId: o.wangId }));
    expect(await history(o, first)).toEqual([
      ['王芳', '2026-11-26', '2026-12-01', '新建客户', '张伟'],
      ['王芳', '2026-12-02', null, '在客户档案中更改负责人', '张伟'],
    ]);
    // A customer filed without an owner has no ownership until it gets one.
    const free = await addCustomer(o, o.wang, '嘉兴市妇幼保健院', null);
    expect(await history(o, free)).toEqual([]);
  });
});
