import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, expectOk, MANAGER, signIn, startOffice } from '../../helpers/core-harness';
import { registerKeyFile, startHeadOffice, uploadAll } from './head-office';
import { EXPORT_AT, exportMonth, importAt } from './ranking-offices';

const V1 = join(__dirname, '../../fixtures/bundles/v1');

/** Friday 20 November 2026, 10:00 in the office: the customers are filed and the opportunities found. */
const NOV_20 = '2026-11-20T02:00:00.000Z';

type Office = Awaited<ReturnType<typeof startOffice>>;

async function customer(o: Office, name: string, grade: string, ownerId: number, phones: string) {
  return expectOk(
    await call(o.core, o.manager, 'customers.create', {
      name,
      type: '医院',
      grade,
      address: '浙江省杭州市',
      ownerId,
      people: [{ name: '刘主任', title: '设备科主任', phones }],
    }),
  );
}

async function opportunity(o: Office, customerId: number, title: string, amount: number) {
  return expectOk(
    await call(o.core, o.manager, 'pipeline.create', {
      customerId,
      title,
      productLine: '输注类',
      amount,
      expectedClose: '2026-12-20',
    }),
  ).opportunity;
}

describe('customers and pipeline at head office', () => {
  it('shows the office’s customer file, contact figures and pipeline of the month, and whether phones came', async () => {
    const o = await startOffice(NOV_20);
    const settings = expectOk(await call(o.core, o.manager, 'customers.contactSettings', {}));
    expectOk(
      await call(o.core, o.manager, 'customers.updateContactSettings', {
        ...settings,
        phonesToHeadOffice: true,
      }),
    );
    const gulou = await customer(o, '杭州市第一人民医院', 'A', o.wangId, '0571-87065701');
    const xixi = await customer(o, '杭州市西溪医院', 'C', o.wangId, '13906712345');
    const zheyi = await customer(o, '浙大一院', 'B', o.liId, '0571-87236114');

    // 王芳's tender: 商机 done, then the manager pushes it past 洽谈 without the proposal, with the reason.
    const tender = await opportunity(o, gulou.id, '2027年度输液器集中采购', 120_000);
    for (const item of ['needs', 'decider'])
      expectOk(
        await call(o.core, o.manager, 'pipeline.check', { id: tender.id, stage: 'lead', item, done: true }),
      );
    expectOk(await call(o.core, o.manager, 'pipeline.move', { id: tender.id, toStage: 'talks' }));
    const reason = '客户急需报价参加院内招标,方案随后补交';
    expectOk(
      await call(o.core, o.manager, 'pipeline.move', {
        id: tender.id,
        toStage: 'quote',
        overrideReason: reason,
      }),
    );
    await opportunity(o, zheyi.id, '手术室耗材年度框架', 50_000);
    const won = await opportunity(o, xixi.id, '护理部留置针试用转采购', 80_000);
    expectOk(
      await call(o.core, o.manager, 'pipeline.close', { id: won.id, outcome: 'won', reason: '试用反馈良好' }),
    );
    const lost = await opportunity(o, xixi.id, '输液泵更新', 30_000);
    expectOk(
      await call(o.core, o.manager, 'pipeline.close', { id: lost.id, outcome: 'lost', reason: '预算取消' }),
    );

    o.clock.set(EXPORT_AT);
    const manager = await signIn(o.core, MANAGER.username, MANAGER.password);
    const hq = await startHeadOffice(EXPORT_AT);
    const imported = await importAt(hq, { ...o, manager }, await exportMonth({ ...o, manager }, '2026-11'));
    const bundle = expectOk(await call(hq.core, hq.admin, 'hq.bundles.get', { bundleId: imported.bundleId }));

    expect(bundle.customers).toMatchObject({
      asOf: '2026-11-30',
      phonesIncluded: true,
      count: 3,
      byStatus: [{ status: '合作', count: 3 }],
      byGrade: [
        { grade: 'A', count: 1 },
        { grade: 'B', count: 1 },
        { grade: 'C', count: 1 },
      ],
    });
    // Filed on 20 November and never visited: the A customer (7 days) is overdue at the month's end.
    const wang = bundle.customers!.contactStats.find((s) => s.ownerId === o.wangId)!;
    expect(wang).toMatchObject({ name: '王芳', customers: 2, overdue: 1 });
    expect(bundle.customers!.contactStats.find((s) => s.ownerId === o.liId)).toMatchObject({
      name: '李军',
      customers: 1,
    });

    const p = bundle.pipeline!;
    expect(p.asOf).toBe('2026-11-30');
    expect(p.stages.map((s) => s.name)).toEqual(['商机', '洽谈', '报价', '合同', '交付', '售后']);
    const stage = (name: string) => p.stages.find((s) => s.name === name)!;
    expect(stage('商机')).toMatchObject({ count: 1, amount: 50_000, weighted: 5_000, overLimit: 0 });
    expect(stage('洽谈')).toMatchObject({ count: 0, amount: 0, weighted: 0 });
    expect(stage('报价')).toMatchObject({ count: 1, amount: 120_000, weighted: 60_000 });
    expect(p.open).toEqual({ count: 2, amount: 170_000, weighted: 65_000 });
    expect(p.won).toEqual({ count: 1, amount: 80_000 });
    expect(p.lost).toEqual({ count: 1, amount: 30_000 });
    expect(p.overrides).toEqual([
      {
        at: expect.any(String),
        customerName: '杭州市第一人民医院',
        title: '2027年度输液器集中采购',
        ownerName: '王芳',
        fromStage: '洽谈',
        toStage: '报价',
        reason,
      },
    ]);
  });

  it('says the phones stayed at the office when the setting is off (the default)', async () => {
    const o = await startOffice(NOV_20);
    await customer(o, '杭州市第一人民医院', 'A', o.wangId, '0571-87065701');
    o.clock.set(EXPORT_AT);
    const manager = await signIn(o.core, MANAGER.username, MANAGER.password);
    const hq = await startHeadOffice(EXPORT_AT);
    const imported = await importAt(hq, { ...o, manager }, await exportMonth({ ...o, manager }, '2026-11'));
    const bundle = expectOk(await call(hq.core, hq.admin, 'hq.bundles.get', { bundleId: imported.bundleId }));
    expect(bundle.customers).toMatchObject({ phonesIncluded: false, count: 1 });
    // No opportunity yet: the stages still come, all empty.
    expect(bundle.pipeline!.open).toEqual({ count: 0, amount: 0, weighted: 0 });
    expect(bundle.pipeline!.overrides).toEqual([]);
  });

  it('has neither for a bundle written before the customer file and the pipeline travelled', async () => {
    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    await registerKeyFile(hq.core, hq.admin, readFileSync(join(V1, 'office-key-HD-03.json'), 'utf8'));
    const uploadIds = await uploadAll(hq.core, hq.admin, [
      { name: 'HD-03-2026-11-r1.zip', bytes: readFileSync(join(V1, 'HD-03-2026-11-r1.zip')) },
    ]);
    const imported = expectOk(await call(hq.core, hq.admin, 'hq.import.run', { uploadIds }));
    const bundle = expectOk(await call(hq.core, hq.admin, 'hq.bundles.get', { bundleId: imported.bundleId }));
    // Its customers section (version 1) named only the customers of the month's reports: no file to count.
    expect(bundle.customers).toBeNull();
    expect(bundle.pipeline).toBeNull();
  });
});
