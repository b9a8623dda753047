import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk, MANAGER, signIn, startOffice } from '../../helpers/core-harness';
import { type ChannelOffice, DEC_8, LOW_PRICE, seedReference } from '../channel/channel-office';
import { HQ_ADMIN, startHeadOffice } from '../head-office/head-office';
import { exportMonth, importAt } from '../head-office/ranking-offices';
import { importConfirmed, openDb, publish } from './reference-fixture';

/** Monday 4 January 2027 and Tuesday 2 February 2027, 10:00. */
const JAN_4 = '2027-01-04T02:00:00.000Z';
const FEB_2 = '2027-02-02T02:00:00.000Z';

/** Head office with the channel reference data (苏州华康医药 in HD-01, its batch 20261102) as change 1. */
async function headOffice() {
  const hq = await startHeadOffice(DEC_8);
  // The seed writes only through the database file, which head office has like any office.
  seedReference(hq as unknown as ChannelOffice);
  const sqlite = new Database(hq.dbFile);
  sqlite.prepare('update ref_state set seq = 1 where id = 1').run();
  sqlite.close();
  return { ...hq, db: openDb(hq.dbFile) };
}

type Hq = Awaited<ReturnType<typeof headOffice>>;
type Office = Awaited<ReturnType<typeof startOffice>>;

/** Moves both installations to an instant; sessions there have expired, so everyone signs in again. */
async function moveTo(hq: Hq, o: Office, iso: string) {
  hq.clock.set(iso);
  o.clock.set(iso);
  hq.admin = await signIn(hq.core, HQ_ADMIN.username, HQ_ADMIN.password);
  o.manager = await signIn(o.core, MANAGER.username, MANAGER.password);
}

const stopOf = async (o: Office) => {
  const found = expectOk(await call(o.core, o.manager, 'reference.lookup', { code: '20261102' }));
  return found.matches[0]!.dealer;
};

describe('sanctions go back down in the next reference bundle', () => {
  it('a confirmed case’s 停止发货 reaches every office’s lookup, and is lifted once it has ended', async () => {
    // The office (HD-03) has head office's reference data from a full bundle.
    const hq = await headOffice();
    const o = await startOffice(DEC_8);
    await importConfirmed(o, (await publish(hq, { mode: 'full' })).zip);
    expect(await stopOf(o)).toMatchObject({ code: 'D-SZ01', agreementStatus: 'active', shipmentStop: null });

    // 8 December: a case naming 苏州华康医药's batch is confirmed; its shipments stop until 31 January.
    const { case: c } = expectOk(
      await call(o.core, o.wang, 'channel.register', { ...LOW_PRICE, partyId: o.liId }),
    );
    expectOk(await call(o.core, o.manager, 'channel.move', { id: c.id, to: 'verifying' }));
    expectOk(
      await call(o.core, o.manager, 'channel.decide', {
        id: c.id,
        outcome: 'confirmed',
        verification: '药店购进票据显示由李军经手低价供货。',
        decision: '苏州华康医药停止发货。',
        sanctions: [
          { dealerCode: 'D-SZ01', kind: 'stop_shipment', fromDay: '2026-12-08', toDay: '2027-01-31' },
        ],
      }),
    );

    // 4 January: December's bundle reaches head office. The sanction is in force, not yet sent down.
    await moveTo(hq, o, JAN_4);
    await importAt(hq, o, await exportMonth(o, '2026-12'));
    const before = expectOk(await call(hq.core, hq.admin, 'hq.channel', {}));
    expect(before.sanctions).toEqual([
      expect.objectContaining({
        dealerCode: 'D-SZ01',
        dealerName: '苏州华康医药',
        dealerRegionCode: 'HD-01',
        caseId: c.id,
        started: true,
        sentDown: false,
      }),
    ]);
    // The sanctioned dealer's region sees it too.
    expect(expectOk(await call(hq.core, hq.admin, 'hq.channel', { region: 'HD-01' })).sanctions).toHaveLength(
      1,
    );

    // The next incremental bundle carries the dealer, and only it.
    const next = await publish(hq, { mode: 'incremental' });
    expect(next).toMatchObject({
      fromSeq: 1,
      toSeq: 2,
      counts: { products: 0, prices: 0, dealers: 1, shipments: 0 },
    });
    const hqDealer = expectOk(await call(hq.core, hq.admin, 'reference.dealers', { query: 'D-SZ01' }))[0]!;
    expect(hqDealer.shipmentStop).toMatchObject({ from: '2026-12-08' });
    expect(hqDealer.shipmentStop!.reason).toMatch(
      /^渠道处罚:停止发货 自2026-12-08至2027-01-31\(杭州办事处 案件第 \d+ 号\)$/,
    );
    expect(
      expectOk(await call(hq.core, hq.admin, 'hq.channel', {})).sanctions.map((s) => s.sentDown),
    ).toEqual([true]);

    await importConfirmed(o, next.zip);
    const stopped = await stopOf(o);
    expect(stopped.shipmentStop).toEqual({ from: '2026-12-08', reason: hqDealer.shipmentStop!.reason });
    expect(stopped.shipmentStop!.reason).toContain(`案件第 ${c.id} 号`);
    // A full bundle rebuilds an office with the stop as well.
    const fresh = await startOffice(JAN_4);
    await importConfirmed(fresh, (await publish(hq, { mode: 'full' })).zip);
    expect((await stopOf(fresh)).shipmentStop).toEqual(stopped.shipmentStop);
    // Nothing changed since: publishing again has nothing new.
    expectError(
      await call(hq.core, hq.admin, 'refBundles.publish', { mode: 'incremental' }),
      'INVALID_STATE',
    );

    // 2 February: the stop ended on 31 January. It is no longer in force, and the next bundle lifts it.
    await moveTo(hq, o, FEB_2);
    expect(expectOk(await call(hq.core, hq.admin, 'hq.channel', {})).sanctions).toEqual([]);
    const lifted = await publish(hq, { mode: 'incremental' });
    expect(lifted.counts.dealers).toBe(1);
    await importConfirmed(o, lifted.zip);
    expect(await stopOf(o)).toMatchObject({ agreementStatus: 'active', shipmentStop: null });
  });

  it('ends the agreement on 终止协议 and leaves a stop head office set by hand alone', async () => {
    const hq = await headOffice();
    // Head office stopped 杭州康达医药 itself for an unpaid invoice.
    const own = expectOk(await call(hq.core, hq.admin, 'reference.dealers', { query: 'D-HZ01' }))[0]!;
    const { seq: _seq, ...ownDealer } = own;
    expectOk(
      await call(hq.core, hq.admin, 'reference.saveDealer', {
        ...ownDealer,
        shipmentStop: { from: '2026-12-01', reason: '货款逾期未结' },
      }),
    );
    const o = await startOffice(DEC_8);
    await importConfirmed(o, (await publish(hq, { mode: 'full' })).zip);
    const { case: c } = expectOk(
      await call(o.core, o.wang, 'channel.register', { ...LOW_PRICE, partyId: o.liId }),
    );
    expectOk(await call(o.core, o.manager, 'channel.move', { id: c.id, to: 'verifying' }));
    expectOk(
      await call(o.core, o.manager, 'channel.decide', {
        id: c.id,
        outcome: 'confirmed',
        verification: '恶意窜货属实。',
        sanctions: [
          { dealerCode: 'D-SZ01', kind: 'terminate_agreement', fromDay: '2026-12-08' },
          { dealerCode: 'D-HZ01', kind: 'stop_shipment', fromDay: '2026-12-08' },
        ],
      }),
    );
    await moveTo(hq, o, JAN_4);
    await importAt(hq, o, await exportMonth(o, '2026-12'));
    await importConfirmed(o, (await publish(hq, { mode: 'incremental' })).zip);

    const suzhou = await stopOf(o);
    expect(suzhou.agreementStatus).toBe('terminated');
    expect(suzhou.shipmentStop!.reason).toContain('终止协议');
    const hangzhou = expectOk(await call(o.core, o.manager, 'reference.lookup', { code: '20261101' }))
      .matches[0]!;
    expect(hangzhou.dealer.shipmentStop).toEqual({ from: '2026-12-01', reason: '货款逾期未结' });
  });
});
