import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src-main/core';
import type { CustomerFields } from '../../../src-shared/contract';
import {
  call,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { saveDraft, visitDay } from '../core/f01-fixtures';

type Office = Awaited<ReturnType<typeof startOffice>>;

const base: CustomerFields = {
  name: '华东医药股份有限公司',
  type: '经销商',
  grade: 'A',
  address: '杭州市拱墅区莫干山路866号',
  city: '杭州',
  people: [{ name: '刘建国', title: '采购经理', phones: '0571-87065701、138 0251 6624' }],
  ownerId: null,
};

const create = async (
  o: Office,
  caller: Caller,
  fields: Partial<CustomerFields> & { allowDuplicate?: boolean },
) => call(o.core, caller, 'customers.create', { ...base, ...fields });

describe('the customer file (客户档案)', () => {
  it('numbers customers C00001… and refuses a code another customer has', async () => {
    const o = await startOffice();
    const first = expectOk(await create(o, o.manager, {}));
    const second = expectOk(await create(o, o.manager, { name: '绍兴震元医药连锁', people: [] }));
    expect([first.code, second.code]).toEqual(['C00001', 'C00002']);
    const own = expectOk(await create(o, o.manager, { name: '宁波海曙大药房', code: 'NB-7', people: [] }));
    expect(own.code).toBe('NB-7');
    const before = tableChecksums(o.dataDir);
    const taken = expectError(
      await create(o, o.manager, { name: '嘉兴市妇幼保健院', code: 'C00002', people: [] }),
      'CONFLICT',
    );
    expect(taken.message).toContain('客户编号 C00002 已被客户“绍兴震元医药连锁”使用');
    expect(tableChecksums(o.dataDir)).toEqual(before);
    // An emptied code keeps the one the customer has.
    const {
      id,
      ownerName: _o,
      updatedAt: _u,
      lastContact: _l,
      contact: _c,
      contactTitle: _t,
      phone: _p,
      ...f
    } = second;
    expect(expectOk(await call(o.core, o.manager, 'customers.update', { ...f, id, code: '' })).code).toBe(
      'C00002',
    );
  });

  it('refuses a duplicate by normalised name or phone unless the user says it is another customer', async () => {
    const o = await startOffice();
    const kept = expectOk(await create(o, o.manager, {}));
    const before = tableChecksums(o.dataDir);
    const byName = expectError(
      await create(o, o.wang, {
        name: '华东医药 有限公司',
        people: [],
      }),
      'CONFLICT',
    );
    expect(byName.message).toBe(
      '与已有客户“华东医药股份有限公司”(编号 C00001)名称相同,如确为不同客户请选择“仍然保存”。',
    );
    const byPhone = expectError(
      await create(o, o.wang, {
        name: '拱墅区某诊所',
        people: [{ name: '王五', title: '', phones: '+86 13802516624' }],
      }),
      'CONFLICT',
    );
    expect(byPhone.message).toBe(
      '与已有客户“华东医药股份有限公司”(编号 C00001)电话 138 0251 6624 相同,如确为不同客户请选择“仍然保存”。',
    );
    expect(tableChecksums(o.dataDir)).toEqual(before);

    expect(
      expectOk(
        await call(o.core, o.wang, 'customers.duplicates', {
          name: 'ＡＢＣ华东医药公司',
          phones: ['0571 8706 5701'],
        }),
      ),
    ).toEqual([
      {
        id: kept.id,
        code: 'C00001',
        name: '华东医药股份有限公司',
        ownerName: null,
        reasons: ['phone'],
        phone: '0571-87065701',
      },
    ]);
    expect(
      expectOk(
        await call(o.core, o.wang, 'customers.duplicates', {
          name: '华东医药',
          phones: [],
          excludeId: kept.id,
        }),
      ),
    ).toEqual([]);

    const branch = expectOk(
      await create(o, o.wang, { name: '华东医药有限公司', people: [], allowDuplicate: true }),
    );
    expect(branch.code).toBe('C00002');
    // The same name as written stays refused: reports find their customer by it.
    const same = expectError(
      await create(o, o.wang, { name: '华东医药股份有限公司', people: [], allowDuplicate: true }),
      'CONFLICT',
    );
    expect(same.message).toContain('已在客户档案中');
  });

  it('takes grades from the settings and will not drop a grade customers still have', async () => {
    const o = await startOffice();
    const bad = expectError(await create(o, o.manager, { grade: 'S' }), 'BAD_INPUT');
    expect(bad.message).toBe('客户等级“S”不在设置的等级(A、B、C、D)中,请重新选择。');
    expect(expectOk(await call(o.core, o.wang, 'customers.contactSettings', {}))).toEqual({
      grades: [
        { grade: 'A', intervalDays: 7 },
        { grade: 'B', intervalDays: 14 },
        { grade: 'C', intervalDays: 30 },
        { grade: 'D', intervalDays: 60 },
      ],
      warnDays: 3,
      phonesToHeadOffice: false,
    });
    const settings = {
      grades: [
        { grade: 'S', intervalDays: 3 },
        { grade: 'B', intervalDays: 10 },
      ],
      warnDays: 1,
      phonesToHeadOffice: true,
    };
    expectOk(await create(o, o.manager, { grade: 'A' }));
    expectError(await call(o.core, o.wang, 'customers.updateContactSettings', settings), 'FORBIDDEN');
    const before = tableChecksums(o.dataDir);
    const refused = expectError(
      await call(o.core, o.manager, 'customers.updateContactSettings', settings),
      'CONFLICT',
    );
    expect(refused.message).toContain('A 级 1 个');
    expect(tableChecksums(o.dataDir)).toEqual(before);
    const kept = { ...settings, grades: [...settings.grades, { grade: 'A', intervalDays: 5 }] };
    expect(expectOk(await call(o.core, o.manager, 'customers.updateContactSettings', kept))).toEqual(kept);
    expectOk(await create(o, o.manager, { name: '绍兴震元医药连锁', grade: 'S', people: [] }));
  });

  it('refuses to overwrite a change someone else saved meanwhile', async () => {
    const o = await startOffice();
    const c = expectOk(await create(o, o.manager, {}));
    const {
      id,
      ownerName: _o,
      updatedAt,
      lastContact: _l,
      contact: _c,
      contactTitle: _t,
      phone: _p,
      ...f
    } = c;
    o.clock.advance(60_000);
    expectOk(
      await call(o.core, o.manager, 'customers.update', {
        ...f,
        id,
        city: '杭州市',
        expectedUpdatedAt: updatedAt,
      }),
    );
    const before = tableChecksums(o.dataDir);
    const stale = expectError(
      await call(o.core, o.manager, 'customers.update', {
        ...f,
        id,
        notes: '旧窗口',
        expectedUpdatedAt: updatedAt,
      }),
      'CONFLICT',
    );
    expect(stale.message).toBe('该客户已被他人修改,请重新打开后再改。');
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('finds customers by code, city, contact or phone however the number is written, with filters', async () => {
    const o = await startOffice();
    expectOk(await create(o, o.manager, { ownerId: o.wangId }));
    expectOk(
      await create(o, o.manager, {
        name: '宁波海曙大药房',
        grade: 'B',
        city: '宁波',
        status: '潜在',
        people: [{ name: '吴敏', title: '店长', phones: '13967112345' }],
        ownerId: o.liId,
      }),
    );
    const names = async (input: object) =>
      expectOk(await call(o.core, o.wang, 'customers.search', { query: '', ...input })).map((c) => c.name);
    expect(await names({ query: 'c00002' })).toEqual(['宁波海曙大药房']);
    expect(await names({ query: '宁波' })).toEqual(['宁波海曙大药房']);
    expect(await names({ query: '刘建国' })).toEqual(['华东医药股份有限公司']);
    expect(await names({ query: '13802516624' })).toEqual(['华东医药股份有限公司']);
    expect(await names({ query: '1396711' })).toEqual(['宁波海曙大药房']);
    expect(await names({ query: '华东医药有限公司' })).toEqual(['华东医药股份有限公司']);
    expect(await names({ status: '潜在' })).toEqual(['宁波海曙大药房']);
    expect(await names({ grade: 'A' })).toEqual(['华东医药股份有限公司']);
    expect(await names({ ownerId: o.liId })).toEqual(['宁波海曙大药房']);
    const [found] = expectOk(await call(o.core, o.wang, 'customers.search', { query: '刘建国' }));
    expect(found).toMatchObject({
      contact: '刘建国',
      contactTitle: '采购经理',
      phone: '0571-87065701、138 0251 6624',
    });
  });

  it('shows a customer’s timeline from every report that names it, drafts too, newest first', async () => {
    const o = await startOffice();
    const c = expectOk(
      await create(o, o.manager, { name: '杭州市第一人民医院', people: [], ownerId: o.wangId }),
    );
    const day = visitDay();
    const first = { ...day.visits[0]!, customerId: c.id };
    await saveDraft(o.core, o.wang, { day: '2026-11-20', data: { ...day, visits: [first] } });
    await saveDraft(o.core, o.wang, {
      day: '2026-11-25',
      data: {
        ...day,
        visits: [
          { ...first, purpose: '订单跟进', opportunityId: 7, result: '报价已发', nextVisit: '2026-12-01' },
        ],
      },
    });
    const detail = expectOk(await call(o.core, o.li, 'customers.get', { id: c.id }));
    expect(
      detail.timeline.map((t) => [t.day, t.status, t.purpose, t.result, t.opportunityId, t.authorName]),
    ).toEqual([
      ['2026-11-25', 'draft', '订单跟进', '报价已发', 7, '王芳'],
      ['2026-11-20', 'draft', '客情维护', '确认12月份头孢类采购计划,预计较上月增加15%。', null, '王芳'],
    ]);
    // Today is 2026-11-26: contacted yesterday, A every 7 days, so due 2 December, within the warning.
    expect(detail).toMatchObject({
      lastContact: '2026-11-25',
      nextVisit: '2026-12-01',
      dueDay: '2026-12-02',
      state: 'ok',
    });
    expect(detail.owners.map((s) => s.ownerName)).toEqual(['王芳']);
    const [row] = readRows(
      o.dbFile,
      'select opportunity_id from customer_contacts where day = ?',
      '2026-11-20',
    );
    expect(row).toEqual({ opportunity_id: null });
  });
});
