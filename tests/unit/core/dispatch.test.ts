import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../src-shared/errors';
import {
  FakeCaller,
  MANAGER,
  OFFICE,
  call,
  callRaw,
  expectError,
  expectOk,
  openTestCore,
  setupOffice,
  signIn,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';

const CJK = /[\u4e00-\u9fff]/;
// Words of zod's built-in English messages; a user of the office must never see them.
const ENGLISH = /\b(Invalid|expected|received|Unrecognized|Too big|Too small)\b/i;

function expectChinese(error: AppError) {
  for (const text of [error.message, ...Object.values(error.fields ?? {})]) {
    expect(text).toMatch(CJK);
    expect(text).not.toMatch(ENGLISH);
  }
}

const customer = {
  name: '杭州市第一人民医院',
  type: '医院',
  grade: 'A',
  address: '杭州市上城区浣纱路261号',
  people: [{ name: '刘建国', title: '药剂科主任', phones: '0571-87065701' }],
  ownerId: null,
};

const newRep = {
  username: 'zhaolei',
  displayName: '赵磊',
  role: 'rep',
  password: 'zhaolei-2026',
  phone: '13588001122',
};

describe('dispatch', () => {
  it('answers an unknown method with UNKNOWN_METHOD, including names inherited from Object', async () => {
    const { core, dataDir } = await openTestCore();
    await setupOffice(core);
    const before = tableChecksums(dataDir);
    for (const name of ['customers.delete', 'toString', '__proto__', 'constructor', '']) {
      const error = expectError(await callRaw(core, new FakeCaller(), name, {}), 'UNKNOWN_METHOD');
      expect(error.message).toMatch(CJK);
    }
    expect(tableChecksums(dataDir)).toEqual(before);
  });

  it('refuses malformed input with BAD_INPUT, a Chinese message per field, and stores nothing', async () => {
    const o = await startOffice();
    const cases: [string, unknown, string][] = [
      ['customers.create', { ...customer, name: 12345 }, 'name'],
      ['customers.create', { ...customer, grade: 'S' }, 'grade'],
      ['customers.create', { ...customer, name: '某'.repeat(10_000) }, 'name'],
      ['customers.create', { ...customer, name: '   ' }, 'name'],
      ['customers.create', { name: '杭州市第一人民医院' }, 'address'],
      ['customers.create', null, 'name'],
      ['people.create', { ...newRep, role: 'boss' }, 'role'],
      ['people.create', { ...newRep, username: '赵 磊' }, 'username'],
      ['people.create', { ...newRep, password: '123' }, 'password'],
      ['reports.get', { id: -3 }, 'id'],
      ['reports.get', { id: '1' }, 'id'],
      [
        'reports.saveDraft',
        { formCode: 'F99', periodKey: '2026-11-26', data: {}, expectedVersion: null },
        'formCode',
      ],
    ];
    const before = tableChecksums(o.dataDir);
    for (const [method, input, field] of cases) {
      const error = expectError(await callRaw(o.core, o.manager, method, input), 'BAD_INPUT');
      expect(Object.keys(error.fields ?? {}), `${method} ${JSON.stringify(input)?.slice(0, 80)}`).toContain(
        field,
      );
      expectChinese(error);
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
    expect(expectOk(await call(o.core, o.manager, 'customers.search', { query: '' }))).toEqual([]);
  });

  it('refuses non-object input, unknown fields and missing numbers with BAD_INPUT in Chinese', async () => {
    const o = await startOffice();
    const cases: [string, unknown][] = [
      ['customers.create', 'name=杭州市第一人民医院'],
      ['customers.create', [customer]],
      ['customers.search', 42],
      ['customers.search', { query: 42 }],
      ['people.create', { ...newRep, role: 'manager', isAdmin: true }],
      ['customers.create', { ...customer, createdBy: 1 }],
      ['reports.submit', { id: 1 }],
    ];
    const before = tableChecksums(o.dataDir);
    for (const [method, input] of cases) {
      const error = expectError(await callRaw(o.core, o.manager, method, input), 'BAD_INPUT');
      expect(Object.keys(error.fields ?? {}).length).toBeGreaterThan(0);
      expectChinese(error);
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
    const people = expectOk(await call(o.core, o.manager, 'people.list', {}));
    expect(people.map((p) => p.username)).not.toContain('zhaolei');
  });

  it('asks for the setup wizard before the office exists, and stores nothing', async () => {
    const { core, dataDir } = await openTestCore();
    const caller = new FakeCaller();
    const before = tableChecksums(dataDir);
    const calls: [string, unknown][] = [
      ['auth.signIn', { username: MANAGER.username, password: MANAGER.password }],
      ['people.list', {}],
      ['people.create', newRep],
      ['customers.search', { query: '医院' }],
      ['customers.create', customer],
      ['reports.list', {}],
      ['reports.saveDraft', { formCode: 'F01', periodKey: '2026-11-26', data: {}, expectedVersion: null }],
      ['home.summary', {}],
      ['office.update', OFFICE],
    ];
    for (const [method, input] of calls) {
      const error = expectError(await callRaw(core, caller, method, input), 'SETUP_REQUIRED');
      expect(error.message).toContain('设置向导');
    }
    expect(tableChecksums(dataDir)).toEqual(before);
    expect(expectOk(await call(core, caller, 'setup.status', {}))).toEqual({
      configured: false,
      mode: null,
      office: null,
    });
    expect(expectOk(await call(core, caller, 'auth.me', {}))).toBeNull();
  });

  it('refuses a second setup and keeps the first office and manager', async () => {
    const { core, dataDir } = await openTestCore();
    await setupOffice(core);
    const before = tableChecksums(dataDir);
    const second = await call(core, new FakeCaller('10.0.0.9'), 'setup.initialize', {
      office: { ...OFFICE, officeName: '宁波办事处', fax: '0574-87001234' },
      manager: { username: 'intruder', displayName: '周强', password: 'zhouqiang-2026', phone: '' },
    });
    expectError(second, 'ALREADY_SET_UP');
    expect(tableChecksums(dataDir)).toEqual(before);
    const status = expectOk(await call(core, new FakeCaller(), 'setup.status', {}));
    expect(status.office?.officeName).toBe('杭州办事处');
    expectError(
      await call(core, new FakeCaller(), 'auth.signIn', { username: 'intruder', password: 'zhouqiang-2026' }),
      'UNAUTHENTICATED',
    );
    await signIn(core, MANAGER.username, MANAGER.password);
  });

  it('refuses callers without a valid session with UNAUTHENTICATED', async () => {
    const o = await startOffice();
    const forged = new FakeCaller();
    forged.setSessionToken('x'.repeat(43));
    const before = tableChecksums(o.dataDir);
    for (const caller of [new FakeCaller(), forged]) {
      for (const [method, input] of [
        ['people.list', {}],
        ['people.create', newRep],
        ['customers.search', { query: '' }],
        ['customers.create', customer],
        ['reports.list', {}],
        ['reports.get', { id: 1 }],
        ['home.summary', {}],
        ['auth.signOut', {}],
      ] as const) {
        const error = expectError(await callRaw(o.core, caller, method, input), 'UNAUTHENTICATED');
        expect(error.message).toContain('登录');
      }
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('refuses what the caller’s role may not do with FORBIDDEN', async () => {
    const o = await startOffice();
    const before = tableChecksums(o.dataDir);
    const attempts: [FakeCaller, string, unknown][] = [
      [o.wang, 'people.create', { ...newRep, role: 'manager' }],
      [
        o.wang,
        'people.update',
        { id: o.wangId, displayName: '王芳', role: 'manager', phone: '', active: true },
      ],
      [o.wang, 'people.resetPassword', { id: o.managerId, password: 'taken-over-2026' }],
      [o.wang, 'reports.approve', { id: 1, comment: '' }],
      [o.wang, 'reports.return', { id: 1, comment: '重写' }],
      [o.wang, 'office.update', { ...OFFICE, fax: '0571-00000000' }],
      [o.clerk, 'people.create', newRep],
      [o.clerk, 'reports.approve', { id: 1, comment: '同意' }],
    ];
    for (const [caller, method, input] of attempts) {
      const error = expectError(await callRaw(o.core, caller, method, input), 'FORBIDDEN');
      expect(error.message).toMatch(CJK);
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });
});
