import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE_SETTINGS } from '../../../src-shared/domain/pipeline';
import { call, expectError, expectOk, readRows, tableChecksums } from '../../helpers/core-harness';
import { travel } from '../reports/office';
import { fileCustomer, open, pipelineOffice, tick, toContract } from './pipeline-office';

describe('opportunities (商机)', () => {
  it('starts at 商机, owned by the customer’s owner, with the amount kept to the 分', async () => {
    const { o, hospital } = await pipelineOffice();
    const id = await open(o, o.manager, { customerId: hospital, amount: 12_345.67 });
    const { opportunity, checklist, events } = expectOk(
      await call(o.core, o.manager, 'pipeline.get', { id }),
    );
    expect(opportunity).toMatchObject({
      customerName: '杭州市第一人民医院',
      ownerName: '王芳',
      stage: 'lead',
      stageName: '商机',
      probability: 10,
      stageSince: '2026-11-26',
      daysInStage: 0,
      limitDays: 30,
      overLimit: false,
      status: 'open',
      amount: 12_345.67,
    });
    expect(readRows(o.dbFile, 'select amount from opportunities')).toEqual([{ amount: 1_234_567 }]);
    // Every stage's SOP, nothing done yet.
    expect(checklist.map((c) => `${c.stage}.${c.key}`)).toHaveLength(8);
    expect(checklist.every((c) => !c.done)).toBe(true);
    expect(events).toEqual([expect.objectContaining({ kind: 'created', byName: '张伟', toStage: 'lead' })]);
  });

  it('lets a rep register only their own', async () => {
    const { o, pharmacy } = await pipelineOffice();
    // 李军's pharmacy, but 王芳 registers it: hers.
    const id = await open(o, o.wang, { customerId: pharmacy });
    expect(expectOk(await call(o.core, o.wang, 'pipeline.get', { id })).opportunity.ownerName).toBe('王芳');
    const before = tableChecksums(o.dataDir);
    const refused = expectError(
      await call(o.core, o.wang, 'pipeline.create', {
        customerId: pharmacy,
        title: '门店冷链设备',
        amount: 1000,
        expectedClose: '2027-02-28',
        ownerId: o.liId,
      }),
      'FORBIDDEN',
    );
    expect(refused.message).toContain('自己');
    // A clerk cannot own one; nor can a customer that does not exist be sold to.
    expectError(
      await call(o.core, o.manager, 'pipeline.create', {
        customerId: pharmacy,
        title: '门店冷链设备',
        amount: 1000,
        expectedClose: '2027-02-28',
        ownerId: o.clerkId,
      }),
      'BAD_INPUT',
    );
    expectError(
      await call(o.core, o.manager, 'pipeline.create', {
        customerId: 999,
        title: '门店冷链设备',
        amount: 1000,
        expectedClose: '2027-02-28',
      }),
      'BAD_INPUT',
    );
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('refuses at 合同 until the 合同编号 is given, then moves on', async () => {
    const { o, hospital } = await pipelineOffice();
    const id = await open(o, o.wang, { customerId: hospital });
    // Straight from 商机 to 报价: the skipped stages' items are named.
    const skipped = expectError(
      await call(o.core, o.wang, 'pipeline.move', { id, toStage: 'quote' }),
      'INVALID_STATE',
    );
    expect(skipped.message).toContain('商机阶段:确认客户需求(未完成)');
    expect(skipped.message).toContain('洽谈阶段:提交解决方案(未完成)');

    expect((await toContract(o, o.wang, id)).opportunity.stageName).toBe('合同');
    const before = tableChecksums(o.dataDir);
    const refused = expectError(
      await call(o.core, o.wang, 'pipeline.move', { id, toStage: 'delivery' }),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('合同阶段:合同已签订(缺合同编号)');
    // Ticking the item without its number is refused too, and stores nothing.
    const noNumber = expectError(
      await call(o.core, o.wang, 'pipeline.check', { id, stage: 'contract', item: 'signed', done: true }),
      'BAD_INPUT',
    );
    expect(noNumber.fields).toEqual({ evidenceNumber: '请填写合同编号' });
    expect(tableChecksums(o.dataDir)).toEqual(before);

    const ticked = await tick(o, o.wang, id, 'contract', 'signed', 'HT-2026-0457');
    expect(ticked.checklist.find((c) => c.key === 'signed')).toMatchObject({
      done: true,
      evidenceNumber: 'HT-2026-0457',
      doneByName: '王芳',
    });
    const moved = expectOk(await call(o.core, o.wang, 'pipeline.move', { id, toStage: 'delivery' }));
    expect(moved.opportunity).toMatchObject({ stage: 'delivery', probability: 90 });
    expect(moved.events.map((e) => e.kind)).toEqual(['created', 'moved', 'moved']);
  });

  it('lets the manager override a gate with a reason, kept with what was missing; a rep may not', async () => {
    const { o, hospital } = await pipelineOffice();
    const id = await open(o, o.wang, { customerId: hospital });
    await toContract(o, o.wang, id);
    const repTry = expectError(
      await call(o.core, o.wang, 'pipeline.move', {
        id,
        toStage: 'delivery',
        overrideReason: '客户急需先发货',
      }),
      'FORBIDDEN',
    );
    expect(repTry.message).toContain('只有区域经理可以越过检查');
    expectError(
      await call(o.core, o.clerk, 'pipeline.move', {
        id,
        toStage: 'delivery',
        overrideReason: '客户急需先发货',
      }),
      'FORBIDDEN',
    );

    const over = expectOk(
      await call(o.core, o.manager, 'pipeline.move', {
        id,
        toStage: 'delivery',
        overrideReason: '客户急需先发货,合同走总部审批',
      }),
    );
    expect(over.opportunity.stage).toBe('delivery');
    expect(over.events.at(-1)).toMatchObject({
      kind: 'override',
      byName: '张伟',
      fromStage: 'contract',
      toStage: 'delivery',
      reason: '客户急需先发货,合同走总部审批',
      missing: ['合同阶段:合同已签订(缺合同编号)'],
    });
    expect(
      readRows(
        o.dbFile,
        `select action, detail from audit_log where entity = 'opportunities' and action = 'override'`,
      ),
    ).toHaveLength(1);
  });

  it('moves backward without any check, restarting the days in stage', async () => {
    const { o, hospital } = await pipelineOffice();
    const id = await open(o, o.wang, { customerId: hospital });
    await toContract(o, o.wang, id);
    await travel(o, '2026-12-03T02:00:00.000Z');
    const back = expectOk(await call(o.core, o.wang, 'pipeline.move', { id, toStage: 'talks' }));
    expect(back.opportunity).toMatchObject({ stage: 'talks', stageSince: '2026-12-03', daysInStage: 0 });
    expectError(await call(o.core, o.wang, 'pipeline.move', { id, toStage: 'talks' }), 'BAD_INPUT');
    expectError(await call(o.core, o.wang, 'pipeline.move', { id, toStage: 'nowhere' }), 'BAD_INPUT');
  });

  it('is won or lost with a reason, then frozen until the manager reopens it', async () => {
    const { o, hospital } = await pipelineOffice();
    const won = await open(o, o.wang, { customerId: hospital });
    const lost = await open(o, o.wang, { customerId: hospital, title: '骨科器械' });
    const w = expectOk(
      await call(o.core, o.wang, 'pipeline.close', { id: won, outcome: 'won', reason: '中标' }),
    );
    expect(w.opportunity).toMatchObject({ status: 'won', probability: 100, closedReason: '中标' });
    const l = expectOk(
      await call(o.core, o.wang, 'pipeline.close', { id: lost, outcome: 'lost', reason: '竞品价格更低' }),
    );
    expect(l.opportunity).toMatchObject({ status: 'lost', probability: 0, closedReason: '竞品价格更低' });
    expect(l.events.at(-1)).toMatchObject({ kind: 'lost', reason: '竞品价格更低' });

    expectError(await call(o.core, o.wang, 'pipeline.move', { id: won, toStage: 'talks' }), 'INVALID_STATE');
    expectError(
      await call(o.core, o.wang, 'pipeline.close', { id: won, outcome: 'lost', reason: '再想想' }),
      'INVALID_STATE',
    );
    expectError(
      await call(o.core, o.wang, 'pipeline.reopen', { id: lost, reason: '客户回心转意' }),
      'FORBIDDEN',
    );
    const reopened = expectOk(
      await call(o.core, o.manager, 'pipeline.reopen', { id: lost, reason: '客户回心转意' }),
    );
    expect(reopened.opportunity).toMatchObject({
      status: 'open',
      closedReason: null,
      closedAt: null,
      stage: 'lead',
    });
    expect(reopened.events.at(-1)).toMatchObject({ kind: 'reopened', reason: '客户回心转意' });
  });

  it('lists by filter: a rep their own, the manager and clerk everyone’s', async () => {
    const { o, hospital, pharmacy } = await pipelineOffice();
    const a = await open(o, o.wang, {
      customerId: hospital,
      title: '心内科耗材',
      expectedClose: '2026-12-20',
    });
    const b = await open(o, o.li, {
      customerId: pharmacy,
      title: '门店冷链设备',
      expectedClose: '2027-01-10',
    });
    const c = await open(o, o.manager, {
      customerId: pharmacy,
      title: '100% 覆盖计划',
      expectedClose: '2027-01-31',
    });
    await toContract(o, o.li, b);
    await call(o.core, o.wang, 'pipeline.close', { id: a, outcome: 'lost', reason: '预算取消' });

    const ids = async (caller: typeof o.manager, input: Parameters<typeof call<'pipeline.list'>>[3]) =>
      expectOk(await call(o.core, caller, 'pipeline.list', input)).map((x) => x.id);
    expect(await ids(o.manager, {})).toEqual([b, c]);
    expect(await ids(o.clerk, { status: 'all' })).toEqual([a, b, c]);
    expect(await ids(o.manager, { status: 'lost' })).toEqual([a]);
    expect(await ids(o.manager, { stage: 'contract' })).toEqual([b]);
    // The manager's entry for 李军's pharmacy went to 李军, its owner.
    expect(await ids(o.manager, { ownerId: o.liId })).toEqual([b, c]);
    expect(await ids(o.manager, { ownerId: o.managerId })).toEqual([]);
    expect(await ids(o.manager, { customerId: pharmacy })).toEqual([b, c]);
    expect(await ids(o.manager, { expectedMonth: '2027-01', status: 'all' })).toEqual([b, c]);
    expect(await ids(o.manager, { query: '冷链' })).toEqual([b]);
    expect(await ids(o.manager, { query: '海曙' })).toEqual([b, c]);
    // % is a character searched for, not a wildcard.
    expect(await ids(o.manager, { query: '100%' })).toEqual([c]);
    // A rep sees their own whatever filter they ask for, and cannot open another's.
    expect(await ids(o.wang, { status: 'all', ownerId: o.liId })).toEqual([a]);
    expectError(await call(o.core, o.wang, 'pipeline.get', { id: b }), 'NOT_FOUND');
    expectError(await call(o.core, o.wang, 'pipeline.move', { id: b, toStage: 'lead' }), 'NOT_FOUND');
  });

  it('flags an opportunity that stays longer than its stage allows', async () => {
    const { o, hospital } = await pipelineOffice();
    const id = await open(o, o.wang, { customerId: hospital });
    await travel(o, '2026-12-26T02:00:00.000Z');
    let got = expectOk(await call(o.core, o.wang, 'pipeline.get', { id })).opportunity;
    expect(got).toMatchObject({ daysInStage: 30, overLimit: false });
    expect(expectOk(await call(o.core, o.manager, 'pipeline.list', { overLimit: true }))).toEqual([]);
    // 商机 allows 30 days; on the 31st it is flagged, across the month end.
    await travel(o, '2026-12-27T02:00:00.000Z');
    got = expectOk(await call(o.core, o.wang, 'pipeline.get', { id })).opportunity;
    expect(got).toMatchObject({ daysInStage: 31, overLimit: true });
    expect(
      expectOk(await call(o.core, o.manager, 'pipeline.list', { overLimit: true })).map((x) => x.id),
    ).toEqual([id]);
  });

  it('edits an open opportunity and keeps the change in its history', async () => {
    const { o, hospital } = await pipelineOffice();
    const id = await open(o, o.wang, { customerId: hospital });
    const edited = expectOk(
      await call(o.core, o.wang, 'pipeline.update', {
        id,
        title: '心内科耗材年度采购(扩容)',
        productLine: '介入耗材',
        amount: 520_000,
        expectedClose: '2027-02-28',
      }),
    );
    expect(edited.opportunity).toMatchObject({
      amount: 520_000,
      expectedClose: '2027-02-28',
      ownerName: '王芳',
    });
    expect(edited.events.at(-1)?.kind).toBe('edited');
    expectError(
      await call(o.core, o.wang, 'pipeline.update', {
        id,
        title: '心内科耗材',
        amount: 1,
        expectedClose: '2027-02-28',
        ownerId: o.liId,
      }),
      'FORBIDDEN',
    );
  });
});

describe('pipeline settings', () => {
  it('start with the regulation’s stages and refuse removing a stage opportunities are in', async () => {
    const { o, hospital } = await pipelineOffice();
    expect(expectOk(await call(o.core, o.wang, 'pipeline.settings', {}))).toEqual(DEFAULT_PIPELINE_SETTINGS);
    await open(o, o.wang, { customerId: hospital });
    await open(o, o.wang, { customerId: hospital, title: '骨科器械' });
    const withoutLead = { ...DEFAULT_PIPELINE_SETTINGS, stages: DEFAULT_PIPELINE_SETTINGS.stages.slice(1) };
    expectError(await call(o.core, o.wang, 'pipeline.updateSettings', withoutLead), 'FORBIDDEN');
    const refused = expectError(
      await call(o.core, o.manager, 'pipeline.updateSettings', withoutLead),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('“商机”还有 2 个进行中的商机');

    const renamed = {
      attachmentMaxMb: 5,
      stages: DEFAULT_PIPELINE_SETTINGS.stages.map((s) =>
        s.key === 'talks' ? { ...s, name: '方案洽谈', limitDays: 10 } : s,
      ),
    };
    expect(expectOk(await call(o.core, o.manager, 'pipeline.updateSettings', renamed))).toEqual(renamed);
    expect(expectOk(await call(o.core, o.clerk, 'pipeline.settings', {})).stages[1]?.name).toBe('方案洽谈');
  });

  it('keeps opportunities of a merged customer with the customer it was merged into', async () => {
    const { o, hospital } = await pipelineOffice();
    const copy = fileCustomer(o, '杭州市一医院', o.wangId);
    const id = await open(o, o.wang, { customerId: copy });
    const { moveOpportunities } = await import('../../../src-main/core/modules/pipeline');
    const { openConnection } = await import('../../../src-main/core/db/connection');
    const conn = openConnection(o.dbFile);
    try {
      expect(await conn.db.transaction().execute((trx) => moveOpportunities(trx, copy, hospital))).toBe(1);
    } finally {
      await conn.db.destroy();
    }
    expect(expectOk(await call(o.core, o.wang, 'pipeline.get', { id })).opportunity.customerName).toBe(
      '杭州市第一人民医院',
    );
  });
});

describe('what an opportunity links to', () => {
  it('shows the 走访表 rows that served it, and refuses a customer merged into another', async () => {
    const { o, hospital } = await pipelineOffice();
    const id = await open(o, o.wang, { customerId: hospital });
    const other = await open(o, o.wang, { customerId: hospital, title: '骨科器械' });
    const sqlite = new Database(o.dbFile);
    try {
      sqlite.pragma('busy_timeout = 5000');
      const at = '2026-11-26T09:00:00.000Z';
      const report = Number(
        sqlite
          .prepare(
            `insert into reports (form_code, author_id, period_key, status, data, version, entered_by,
               created_at, updated_at, created_by, updated_by)
             values ('F01', ?, '2026-11-26', 'submitted', '{}', 1, ?, ?, ?, ?, ?)`,
          )
          .run(o.wangId, o.wangId, at, at, o.wangId, o.wangId).lastInsertRowid,
      );
      const row = sqlite.prepare(
        `insert into customer_contacts (report_id, row_index, kind, customer_id, customer_name, day, mode, purpose,
           result, next_visit, author_id, opportunity_id)
         values (?, ?, 'visit', ?, '杭州市第一人民医院', '2026-11-26', '面访', ?, ?, null, ?, ?)`,
      );
      row.run(report, 0, hospital, '订单跟进', '科主任同意试用', o.wangId, id);
      row.run(report, 1, hospital, '售后服务', '培训护士', o.wangId, other);
      // A visit of another customer naming the opportunity by mistake does not show on it.
      const pharmacy = sqlite.prepare(`select id from customers where name = '宁波海曙大药房'`).pluck().get();
      row.run(report, 2, pharmacy, '订单跟进', '无关', o.wangId, id);
      sqlite.prepare('update customers set merged_into = ? where id = ?').run(hospital, pharmacy);
    } finally {
      sqlite.close();
    }
    const { visits } = expectOk(await call(o.core, o.wang, 'pipeline.get', { id }));
    expect(visits).toEqual([
      {
        reportId: expect.any(Number),
        day: '2026-11-26',
        authorName: '王芳',
        purpose: '订单跟进',
        result: '科主任同意试用',
      },
    ]);
    const merged = expectError(
      await call(o.core, o.manager, 'pipeline.create', {
        customerId: 2,
        title: '门店冷链设备',
        amount: 1000,
        expectedClose: '2027-02-28',
      }),
      'BAD_INPUT',
    );
    expect(merged.message).toContain('已合并到其他客户');
  });
});
