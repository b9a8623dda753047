import { describe, expect, it } from 'vitest';
import type { Customer, CustomerFields } from '../../../src-shared/contract';
import type { Caller, Core } from '../../../src-main/core';
import {
  call,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';

const hospital: CustomerFields = {
  name: '杭州市第一人民医院',
  type: '医院',
  grade: 'A',
  address: '杭州市上城区浣纱路261号',
  people: [{ name: '刘建国', title: '药剂科主任', phones: '0571-87065701' }],
  ownerId: null,
};

const create = async (core: Core, caller: Caller, fields: Partial<CustomerFields>) =>
  expectOk(await call(core, caller, 'customers.create', { ...hospital, ...fields }));
const search = async (core: Core, caller: Caller, query: string) =>
  expectOk(await call(core, caller, 'customers.search', { query })).map((c) => c.name);

describe('customers', () => {
  it('creates a customer, records who did it, and finds it again', async () => {
    const o = await startOffice();
    const made = await create(o.core, o.wang, { ownerId: o.wangId });
    expect(made).toMatchObject({
      ...hospital,
      ownerId: o.wangId,
      ownerName: '王芳',
      updatedAt: '2026-11-26T02:00:00.000Z',
    });
    const [row] = readRows(o.dbFile, 'select created_by, updated_by from customers where id = ?', made.id);
    expect(row).toEqual({ created_by: o.wangId, updated_by: o.wangId });
    const audit = readRows(o.dbFile, "select actor_id, action from audit_log where entity = 'customer'");
    expect(audit).toEqual([{ actor_id: o.wangId, action: 'create' }]);
    expect(expectOk(await call(o.core, o.li, 'customers.search', { query: '' }))).toEqual([made]);
  });

  it('refuses a second customer with the same name, ignoring case and spaces', async () => {
    const o = await startOffice();
    await create(o.core, o.wang, { name: 'ABC医药连锁(杭州)有限公司', people: [] });
    await create(o.core, o.wang, {});
    const before = tableChecksums(o.dataDir);
    for (const name of ['abc医药连锁(杭州)有限公司', 'Abc医药连锁(杭州)有限公司', '  杭州市第一人民医院 ']) {
      const error = expectError(
        await call(o.core, o.li, 'customers.create', { ...hospital, name }),
        'CONFLICT',
      );
      expect(error.fields).toEqual({ name: '客户名称已存在' });
      expect(error.message).toContain('已在客户档案中');
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('refuses to rename a customer to another customer’s name', async () => {
    const o = await startOffice();
    await create(o.core, o.manager, {});
    const other = await create(o.core, o.manager, { name: '浙江省中医院', people: [] });
    const before = tableChecksums(o.dataDir);
    const renamed = await call(
      o.core,
      o.manager,
      'customers.update',
      strip({ ...other, name: '杭州市第一人民医院' }),
    );
    expectError(renamed, 'CONFLICT');
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('searches by part of the name, the contact, the phone or the address', async () => {
    const o = await startOffice();
    await create(o.core, o.manager, {});
    await create(o.core, o.manager, {
      name: '老百姓大药房(文三路店)',
      type: '药店',
      grade: 'B',
      address: '杭州市西湖区文三路90号',
      people: [{ name: '吴敏', title: '店长', phones: '13967112345' }],
    });
    await create(o.core, o.manager, {
      name: 'Sinopharm 国药控股浙江有限公司',
      type: '经销商',
      address: '杭州市拱墅区莫干山路',
      people: [{ name: 'Zhou Ming', title: '', phones: '0571-85123456' }],
    });
    expect(await search(o.core, o.wang, '人民医院')).toEqual(['杭州市第一人民医院']);
    expect(await search(o.core, o.wang, '吴敏')).toEqual(['老百姓大药房(文三路店)']);
    expect(await search(o.core, o.wang, '7112')).toEqual(['老百姓大药房(文三路店)']);
    expect(await search(o.core, o.wang, '文三路')).toEqual(['老百姓大药房(文三路店)']);
    expect(await search(o.core, o.wang, 'sinopharm')).toEqual(['Sinopharm 国药控股浙江有限公司']);
    expect(await search(o.core, o.wang, 'zhou')).toEqual(['Sinopharm 国药控股浙江有限公司']);
    expect(await search(o.core, o.wang, '0571-8')).toHaveLength(2);
    expect(await search(o.core, o.wang, '宁波')).toEqual([]);
    expect(await search(o.core, o.wang, '  ')).toHaveLength(3);
  });

  it('matches % and _ in a search as themselves, not as wildcards', async () => {
    const o = await startOffice();
    await create(o.core, o.manager, { name: '康泰大药房(控股51%)', people: [] });
    await create(o.core, o.manager, { name: '康泰大药房', people: [] });
    await create(o.core, o.manager, { name: 'HZ_仁和诊所', people: [] });
    expect(await search(o.core, o.wang, '%')).toEqual(['康泰大药房(控股51%)']);
    expect(await search(o.core, o.wang, '51%')).toEqual(['康泰大药房(控股51%)']);
    expect(await search(o.core, o.wang, '康泰%')).toEqual([]);
    expect(await search(o.core, o.wang, '_')).toEqual(['HZ_仁和诊所']);
    expect(await search(o.core, o.wang, "'; drop table customers; --")).toEqual([]);
    expect(await search(o.core, o.wang, '')).toHaveLength(3);
  });

  it('lets a rep change their own customers but not another rep’s, nor give theirs away', async () => {
    const o = await startOffice();
    const lis = await create(o.core, o.li, { ownerId: o.liId });
    const wangs = await create(o.core, o.wang, { name: '浙江省中医院', people: [], ownerId: o.wangId });
    const before = tableChecksums(o.dataDir);

    const takeOver = { ...lis, address: '杭州市上城区', ownerId: o.wangId };
    const edit = { ...lis, address: '杭州市上城区' };
    for (const input of [takeOver, edit]) {
      const error = expectError(await call(o.core, o.wang, 'customers.update', strip(input)), 'FORBIDDEN');
      expect(error.message).toContain('只能修改自己负责的客户');
    }
    expectError(
      await call(o.core, o.wang, 'customers.update', strip({ ...wangs, ownerId: o.liId })),
      'FORBIDDEN',
    );
    expect(tableChecksums(o.dataDir)).toEqual(before);

    const updated = expectOk(
      await call(o.core, o.wang, 'customers.update', {
        ...strip(wangs),
        people: [{ name: '陈晓红', title: '', phones: '' }],
        grade: 'B',
      }),
    );
    expect(updated).toMatchObject({ contact: '陈晓红', grade: 'B', ownerName: '王芳' });
    const moved = expectOk(
      await call(o.core, o.manager, 'customers.update', strip({ ...lis, ownerId: o.wangId })),
    );
    expect(moved.ownerName).toBe('王芳');
  });

  it('reports a missing customer or owner instead of storing a dangling reference', async () => {
    const o = await startOffice();
    const before = tableChecksums(o.dataDir);
    expectError(await call(o.core, o.manager, 'customers.update', { ...hospital, id: 404 }), 'NOT_FOUND');
    const error = expectError(
      await call(o.core, o.manager, 'customers.create', { ...hospital, ownerId: 404 }),
      'BAD_INPUT',
    );
    expect(error.fields).toEqual({ ownerId: '负责人不存在' });
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });
});

/** The fields customers.update accepts, from a customer as search returns it. */
function strip(c: Customer) {
  const {
    ownerName: _ownerName,
    updatedAt: _updatedAt,
    lastContact: _lastContact,
    contact: _contact,
    contactTitle: _contactTitle,
    phone: _phone,
    ...fields
  } = c;
  return fields;
}
