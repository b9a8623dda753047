import { describe, expect, it } from 'vitest';
import {
  FakeCaller,
  callRaw,
  expectError,
  openTestCore,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';

/** Malformed input for methods that need a session; a signed-in caller would get field messages. */
const MALFORMED: [string, unknown][] = [
  ['people.create', { username: '赵 磊', role: 'boss', password: '123' }],
  ['customers.create', null],
  ['customers.search', 42],
  ['reports.get', { id: -3 }],
  ['reports.saveDraft', { formCode: 'F99' }],
  ['auth.changePassword', {}],
  ['auth.failedSignIns', { since: '2026-01-01' }],
  ['people.resetPassword', 'id=1'],
];

describe('dispatch checks the session before the input', () => {
  it('answers an anonymous or forged caller with UNAUTHENTICATED and no field messages', async () => {
    const o = await startOffice();
    const forged = new FakeCaller();
    forged.setSessionToken('x'.repeat(43));
    const before = tableChecksums(o.dataDir);
    for (const caller of [new FakeCaller(), forged]) {
      for (const [method, input] of MALFORMED) {
        const error = expectError(await callRaw(o.core, caller, method, input), 'UNAUTHENTICATED');
        expect(error).toEqual({ code: 'UNAUTHENTICATED', message: '登录已过期或尚未登录,请重新登录。' });
      }
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('still validates a public method’s input for anyone', async () => {
    const o = await startOffice();
    const error = expectError(
      await callRaw(o.core, new FakeCaller(), 'auth.signIn', { username: '', password: '' }),
      'BAD_INPUT',
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['password', 'username']);
  });

  it('keeps field messages, then the role check, for signed-in callers', async () => {
    const o = await startOffice();
    for (const [method, input] of MALFORMED) {
      const error = expectError(await callRaw(o.core, o.manager, method, input), 'BAD_INPUT');
      expect(Object.keys(error.fields ?? {}).length, method).toBeGreaterThan(0);
    }
    // A rep's malformed call to a manager's method is answered about its input, as before.
    expectError(await callRaw(o.core, o.wang, 'people.create', { role: 'boss' }), 'BAD_INPUT');
    expectError(await callRaw(o.core, o.wang, 'auth.failedSignIns', {}), 'FORBIDDEN');
  });

  it('asks for the setup wizard first on an installation not yet set up', async () => {
    const { core } = await openTestCore();
    expectError(await callRaw(core, new FakeCaller(), 'people.create', null), 'SETUP_REQUIRED');
  });
});
