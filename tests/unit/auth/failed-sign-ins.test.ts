import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core';
import {
  FakeCaller,
  HOUR,
  MANAGER,
  MINUTE,
  REP_WANG,
  call,
  expectError,
  expectOk,
  readRows,
  signIn,
  startOffice,
} from '../../helpers/core-harness';

type Office = Awaited<ReturnType<typeof startOffice>>;

const DAY = 24 * HOUR;
const ATTACKER = '192.168.1.66';

const tryAs = (o: Office, client: string, username: string, password: string) =>
  call(o.core, new FakeCaller(client), 'auth.signIn', { username, password });

/** The manager's list, signed in afresh (a month-long test outlives any session). */
async function listAsManager(o: Office) {
  const manager = await signIn(o.core, MANAGER.username, MANAGER.password, '192.168.1.10');
  return expectOk(await call(o.core, manager, 'auth.failedSignIns', {})).groups;
}

const failureRows = (o: Office) =>
  readRows(o.dbFile, "select count(*) as n from audit_log where action = 'signInFailed'")[0]!.n as number;

describe('failed sign-ins for the manager', () => {
  it('lists failures by login name and PC, newest first, with the person the name belongs to', async () => {
    const o = await startOffice();
    const start = o.clock.now().toISOString();
    expectError(await tryAs(o, ATTACKER, MANAGER.username, 'guess-1-2026'), 'UNAUTHENTICATED');
    o.clock.advance(MINUTE);
    expectError(await tryAs(o, ATTACKER, 'admin', 'admin123'), 'UNAUTHENTICATED');
    o.clock.advance(MINUTE);
    const second = o.clock.now().toISOString();
    expectError(await tryAs(o, ATTACKER, MANAGER.username, 'guess-2-2026'), 'UNAUTHENTICATED');
    o.clock.advance(MINUTE);
    const typo = o.clock.now().toISOString();
    expectError(await tryAs(o, 'ipc:1', REP_WANG.username, 'wangfang-2025'), 'UNAUTHENTICATED');
    // Successes are not failures.
    expectOk(await tryAs(o, 'ipc:1', REP_WANG.username, REP_WANG.password));

    const list = expectOk(await call(o.core, o.manager, 'auth.failedSignIns', {}));
    expect(list).toEqual({
      retentionDays: 30,
      groups: [
        {
          username: 'wangfang',
          displayName: '王芳',
          client: 'ipc:1',
          count: 1,
          firstAt: typo,
          lastAt: typo,
        },
        {
          username: 'zhangwei',
          displayName: '张伟',
          client: ATTACKER,
          count: 2,
          firstAt: start,
          lastAt: second,
        },
        {
          username: 'admin',
          displayName: null,
          client: ATTACKER,
          count: 1,
          firstAt: new Date(Date.parse(start) + MINUTE).toISOString(),
          lastAt: new Date(Date.parse(start) + MINUTE).toISOString(),
        },
      ],
    });
  });

  it('is for the manager only', async () => {
    const o = await startOffice();
    expectError(await call(o.core, o.wang, 'auth.failedSignIns', {}), 'FORBIDDEN');
    expectError(await call(o.core, o.clerk, 'auth.failedSignIns', {}), 'FORBIDDEN');
    expectError(await call(o.core, new FakeCaller(), 'auth.failedSignIns', {}), 'UNAUTHENTICATED');
  });

  it('records only attempts whose password was checked, not those the throttle turned away', async () => {
    const o = await startOffice();
    for (let i = 0; i < 10; i++) await tryAs(o, ATTACKER, REP_WANG.username, `guess-${i}-2026`);
    expect(failureRows(o)).toBe(4);
    const [group] = expectOk(await call(o.core, o.manager, 'auth.failedSignIns', {})).groups;
    expect(group).toMatchObject({ username: 'wangfang', client: ATTACKER, count: 4 });
  });

  it('keeps the failures across a restart of the application', async () => {
    const o = await startOffice();
    expectError(await tryAs(o, ATTACKER, MANAGER.username, 'guess-1-2026'), 'UNAUTHENTICATED');
    o.core.close();
    const reopened = await openCore({ dataDir: o.dataDir, now: o.clock.now });
    onTestFinished(() => reopened.close());
    const manager = await signIn(reopened, MANAGER.username, MANAGER.password);
    const list = expectOk(await call(reopened, manager, 'auth.failedSignIns', {}));
    expect(list.groups).toMatchObject([{ username: 'zhangwei', client: ATTACKER, count: 1 }]);
  });

  it('keeps 30 days of failures and at most 2000 of them', async () => {
    const o = await startOffice();
    expectError(await tryAs(o, ATTACKER, MANAGER.username, 'guess-1-2026'), 'UNAUTHENTICATED');
    o.clock.advance(29 * DAY);
    expectError(await tryAs(o, ATTACKER, 'admin', 'admin123'), 'UNAUTHENTICATED');
    o.clock.advance(1 * DAY + MINUTE);
    // Past 30 days the first failure is no longer shown, and the next failure removes it.
    const shown = await listAsManager(o);
    expect(shown.map((g) => g.username)).toEqual(['admin']);
    expect(failureRows(o)).toBe(2);
    expectError(await tryAs(o, '192.168.1.67', 'root', 'root123'), 'UNAUTHENTICATED');
    expect(failureRows(o)).toBe(2);

    // A flood from many PCs (written straight into the table) is cut to the newest 2000.
    const sqlite = new Database(o.dbFile);
    const at = o.clock.now().toISOString();
    const insert = sqlite.prepare(
      `insert into audit_log (at, actor_id, action, entity, entity_id, detail)
       values (?, null, 'signInFailed', 'signIn', ?, ?)`,
    );
    sqlite.transaction(() => {
      for (let i = 0; i < 2100; i++) {
        insert.run(at, `10.0.${Math.floor(i / 200)}.${i % 200}`, JSON.stringify({ username: `u${i}` }));
      }
    })();
    sqlite.close();
    o.clock.advance(MINUTE);
    expectError(await tryAs(o, '192.168.1.68', 'last', 'last-2026'), 'UNAUTHENTICATED');
    expect(failureRows(o)).toBe(2000);
    const groups = await listAsManager(o);
    expect(groups).toHaveLength(200);
    expect(groups[0]).toMatchObject({ username: 'last', client: '192.168.1.68', count: 1 });
    // Other entries of the audit log are never pruned.
    expect(
      readRows(o.dbFile, "select count(*) as n from audit_log where action = 'signIn'")[0]!.n,
    ).toBeGreaterThan(0);
  });
});
