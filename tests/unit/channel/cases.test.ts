import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk, readRows, tableChecksums } from '../../helpers/core-harness';
import { channelOffice, DEC_8, LOW_PRICE, register } from './channel-office';

describe('F11 窜货/低价举报 registration', () => {
  it('looks up the 规定价 of the sale date and the 疑似来源 of the batch', async () => {
    const o = await channelOffice();
    // The clerk types in 王芳's paper report.
    const detail = expectOk(
      await call(o.core, o.clerk, 'channel.register', {
        ...LOW_PRICE,
        reporterId: o.wangId,
        partyId: o.liId,
      }),
    );
    expect(detail.case).toMatchObject({
      status: 'registered',
      listPriceFen: 13_000,
      salePriceFen: 11_990,
      belowList: true,
      productName: '康健牌血糖试纸',
      sourceDealerCode: 'D-SZ01',
      sourceDealerName: '苏州华康医药',
      sourceRegionCode: 'HD-01',
      reporterName: '王芳',
      partyName: '李军',
    });
    expect(detail.log.map((e) => [e.seq, e.kind, e.byName])).toEqual([[1, 'created', '陈静']]);
    expect(detail.logProblems).toEqual([]);
    // The October price for an October sale.
    const october = expectOk(
      await call(o.core, o.wang, 'channel.register', { ...LOW_PRICE, saleDate: '2026-10-30' }),
    );
    expect(october.case.listPriceFen).toBe(12_850);
  });

  it('names the dealer by carton code when a batch went to several', async () => {
    const o = await channelOffice();
    const byBatch = expectOk(
      await call(o.core, o.wang, 'channel.register', {
        ...LOW_PRICE,
        productCode: 'KJ-200',
        batchNo: '20261103',
      }),
    );
    expect(byBatch.case.sourceDealerCode).toBeNull();
    expect(byBatch.case.sourceNote).toContain('D-HZ01');
    expect(byBatch.case.sourceNote).toContain('D-SX02');
    const byCarton = expectOk(
      await call(o.core, o.wang, 'channel.register', {
        ...LOW_PRICE,
        productCode: 'KJ-200',
        batchNo: '20261103',
        cartonCode: 'C0003077',
      }),
    );
    expect(byCarton.case).toMatchObject({
      sourceDealerCode: 'D-SX02',
      sourceRegionCode: 'HD-03',
      sourceNote: '',
    });
  });

  it('refuses bad input with a Chinese message and stores nothing', async () => {
    const o = await channelOffice();
    const before = tableChecksums(o.dataDir);
    const cases = [
      { ...LOW_PRICE, productCode: 'XX-999' },
      { ...LOW_PRICE, foundOn: '2026-12-09' },
      { ...LOW_PRICE, saleDate: '2026-11-26' },
      { ...LOW_PRICE, quantity: 0 },
      { ...LOW_PRICE, salePriceFen: 119.9 },
      { ...LOW_PRICE, place: '' },
      { ...LOW_PRICE, partyId: o.clerkId },
    ];
    for (const input of cases) {
      const error = expectError(await call(o.core, o.wang, 'channel.register', input), 'BAD_INPUT');
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    // A rep reports in their own name only.
    expectError(
      await call(o.core, o.wang, 'channel.register', { ...LOW_PRICE, reporterId: o.liId }),
      'BAD_INPUT',
    );
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('lets the reporter correct the facts until the decision, each edit logged', async () => {
    const o = await channelOffice();
    const id = await register(o, o.wang);
    const edited = expectOk(await call(o.core, o.wang, 'channel.edit', { ...LOW_PRICE, id, quantity: 45 }));
    expect(edited.case.quantity).toBe(45);
    expect(edited.log.map((e) => e.kind)).toEqual(['created', 'edited']);
    expect(edited.log[1]!.data).toEqual({ quantity: [40, 45] });
    // 李军 neither reported it nor is its 当事人: for him it does not exist.
    expectError(await call(o.core, o.li, 'channel.edit', { ...LOW_PRICE, id }), 'NOT_FOUND');
    expect(expectOk(await call(o.core, o.li, 'channel.cases', { status: 'all' }))).toEqual([]);
  });
});

describe('F11 status and decision', () => {
  it('moves 登记 → 核实中 → 成立 → 已处理 only, each move logged in the chain', async () => {
    const o = await channelOffice();
    const id = await register(o, o.wang, { partyId: o.liId });
    const jump = expectError(
      await call(o.core, o.manager, 'channel.decide', {
        id,
        outcome: 'confirmed',
        verification: '已核实属实',
      }),
      'INVALID_STATE',
    );
    expect(jump.message).toContain('核实中');
    expectError(await call(o.core, o.manager, 'channel.move', { id, to: 'closed' }), 'INVALID_STATE');
    // Only the manager moves and decides.
    expectError(await call(o.core, o.wang, 'channel.move', { id, to: 'verifying' }), 'FORBIDDEN');
    expectOk(await call(o.core, o.manager, 'channel.move', { id, to: 'verifying', note: '安排王芳取证' }));
    expectOk(
      await call(o.core, o.manager, 'channel.decide', {
        id,
        outcome: 'confirmed',
        verification: '经现场核实,药店购进票据显示由李军经手低价供货。',
        decision: '对当事人及直接主管罚款;苏州华康医药停止发货。',
        sanctions: [{ dealerCode: 'D-SZ01', kind: 'stop_shipment', fromDay: '2026-12-08' }],
      }),
    );
    const closed = expectOk(await call(o.core, o.manager, 'channel.move', { id, to: 'closed' }));
    expect(closed.case.status).toBe('closed');
    expect(closed.log.map((e) => e.kind)).toEqual(['created', 'moved', 'decided', 'moved']);
    expect(closed.logProblems).toEqual([]);
    expect(closed.sanctions).toEqual([
      expect.objectContaining({ dealerName: '苏州华康医药', kind: 'stop_shipment', fromDay: '2026-12-08' }),
    ]);
    // 已处理 is the end: facts are frozen too.
    expectError(await call(o.core, o.manager, 'channel.edit', { ...LOW_PRICE, id }), 'INVALID_STATE');
  });

  it('fines the 当事人 and the direct supervisor separately, (规定价 − 售价) × 数量 × multiple', async () => {
    const o = await channelOffice();
    expectOk(await call(o.core, o.manager, 'channel.updateSettings', { fineMultiple: 6, f10DueDay: 5 }));
    const id = await register(o, o.wang, { partyId: o.liId });
    await call(o.core, o.manager, 'channel.move', { id, to: 'verifying' });
    const decided = expectOk(
      await call(o.core, o.manager, 'channel.decide', { id, outcome: 'confirmed', verification: '属实' }),
    );
    // (130.00 − 119.90) × 40 × 6 = 2,424.00 元 each.
    expect(decided.fines.map((f) => [f.userName, f.role, f.amountFen, f.month])).toEqual([
      ['李军', 'party', 242_400, '2026-12'],
      ['张伟', 'supervisor', 242_400, '2026-12'],
    ]);
    expect(decided.case.fineMultiple).toBe(6);
    // The rep's fine comes off his bonus; the supervisor is a manager and has no bonus statement.
    const deductions = () =>
      readRows(
        o.dbFile,
        `select user_id, month, amount, kind from bonus_deductions where kind = 'channel_fine' order by id`,
      );
    expect(deductions()).toEqual([{ user_id: o.liId, month: '2026-12', amount: 2424, kind: 'channel_fine' }]);

    // December's bonus is approved meanwhile: the next fine goes to the first open month.
    const sqlite = new Database(o.dbFile);
    sqlite
      .prepare(
        `insert into bonus_statements (user_id, month, total, lines, approved_by, approved_at)
         values (?, '2026-12', 0, '[]', ?, ?)`,
      )
      .run(o.liId, o.managerId, DEC_8);
    sqlite.close();
    const second = await register(o, o.wang, { partyId: o.liId, quantity: 1 });
    await call(o.core, o.manager, 'channel.move', { id: second, to: 'verifying' });
    expectOk(
      await call(o.core, o.manager, 'channel.decide', {
        id: second,
        outcome: 'confirmed',
        verification: '属实',
      }),
    );
    // (130.00 − 119.90) × 1 × 6 = 60.60 元, in January.
    expect(deductions().slice(1)).toEqual([
      { user_id: o.liId, month: '2027-01', amount: 60.6, kind: 'channel_fine' },
    ]);
  });

  it('charges whoever held the supervisor post on the sale date, across a change of manager', async () => {
    const o = await channelOffice();
    // 刘洋 takes over the region on 15 November; 张伟's term ends the day before.
    const liu = expectOk(
      await call(o.core, o.manager, 'people.create', {
        username: 'liuyang',
        displayName: '刘洋',
        role: 'manager',
        password: 'liuyang-2026',
        phone: '13900000000',
        joinedOn: '2026-11-15',
      }),
    );
    const sqlite = new Database(o.dbFile);
    sqlite.prepare(`update region_assignments set to_day = '2026-11-14' where user_id = ?`).run(o.managerId);
    sqlite.close();
    const before = await register(o, o.wang, { partyId: o.liId, saleDate: '2026-11-10' });
    const after = await register(o, o.wang, { partyId: o.liId, saleDate: '2026-11-20' });
    const supervisorOf = async (id: number) => {
      await call(o.core, o.manager, 'channel.move', { id, to: 'verifying' });
      const d = expectOk(
        await call(o.core, o.manager, 'channel.decide', { id, outcome: 'confirmed', verification: '属实' }),
      );
      return d.fines.find((f) => f.role === 'supervisor')?.userId;
    };
    expect(await supervisorOf(before)).toBe(o.managerId);
    expect(await supervisorOf(after)).toBe(liu.id);
  });

  it('fines nobody when sold at or above the list, or when the report is 不成立', async () => {
    const o = await channelOffice();
    const atList = await register(o, o.wang, { salePriceFen: 13_000, partyId: o.liId });
    await call(o.core, o.manager, 'channel.move', { id: atList, to: 'verifying' });
    const d1 = expectOk(
      await call(o.core, o.manager, 'channel.decide', {
        id: atList,
        outcome: 'confirmed',
        verification: '窜货属实',
      }),
    );
    expect(d1.fines).toEqual([]);
    const rejected = await register(o, o.wang, { partyId: o.liId });
    await call(o.core, o.manager, 'channel.move', { id: rejected, to: 'verifying' });
    expectError(
      await call(o.core, o.manager, 'channel.decide', {
        id: rejected,
        outcome: 'rejected',
        verification: '票据不符',
        sanctions: [{ dealerCode: 'D-SZ01', kind: 'stop_shipment', fromDay: '2026-12-08' }],
      }),
      'BAD_INPUT',
    );
    const d2 = expectOk(
      await call(o.core, o.manager, 'channel.decide', {
        id: rejected,
        outcome: 'rejected',
        verification: '票据不符',
      }),
    );
    expect([d2.case.status, d2.fines]).toEqual(['rejected', []]);
  });

  it('requires a 当事人 before a low-price finding, and a known dealer for a sanction', async () => {
    const o = await channelOffice();
    const id = await register(o, o.wang);
    await call(o.core, o.manager, 'channel.move', { id, to: 'verifying' });
    const before = tableChecksums(o.dataDir);
    expectError(
      await call(o.core, o.manager, 'channel.decide', { id, outcome: 'confirmed', verification: '属实' }),
      'BAD_INPUT',
    );
    expectError(
      await call(o.core, o.manager, 'channel.decide', {
        id,
        outcome: 'confirmed',
        verification: '属实',
        partyId: o.liId,
        sanctions: [{ dealerCode: 'D-XX99', kind: 'terminate_agreement', fromDay: '2026-12-08' }],
      }),
      'BAD_INPUT',
    );
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('refuses a fine multiple below the regulation’s 5', async () => {
    const o = await channelOffice();
    const error = expectError(
      await call(o.core, o.manager, 'channel.updateSettings', { fineMultiple: 4, f10DueDay: 5 }),
      'BAD_INPUT',
    );
    expect(error.message).toContain('5倍');
    expect(expectOk(await call(o.core, o.manager, 'channel.settings', {}))).toEqual({
      fineMultiple: 5,
      f10DueDay: 5,
    });
  });
});

describe('the case log in the database', () => {
  it('refuses updates and deletes, and shows a tampered file’s edits', async () => {
    const o = await channelOffice();
    const id = await register(o, o.wang, { partyId: o.liId });
    await call(o.core, o.manager, 'channel.move', { id, to: 'verifying' });
    const sqlite = new Database(o.dbFile);
    try {
      expect(() => sqlite.prepare(`update channel_case_log set kind = 'x'`).run()).toThrow(/append-only/);
      expect(() => sqlite.prepare('delete from channel_case_log').run()).toThrow(/append-only/);
      // Someone with the file and a SQLite editor: drops the triggers and rewrites history.
      sqlite.exec('drop trigger channel_case_log_no_update; drop trigger channel_case_log_no_delete;');
      sqlite
        .prepare(`update channel_case_log set data = '{"from":"registered","to":"rejected"}' where seq = 2`)
        .run();
    } finally {
      sqlite.close();
    }
    const edited = expectOk(await call(o.core, o.manager, 'channel.case', { id }));
    expect(edited.logProblems).toEqual(['第 2 条记录内容被改动']);
    const again = new Database(o.dbFile);
    again.prepare('delete from channel_case_log where seq = 2').run();
    again.close();
    const deleted = expectOk(await call(o.core, o.manager, 'channel.case', { id }));
    expect(deleted.logProblems).toEqual(['日志末尾与案件登记的不符(最后的记录被删除或追加了伪造记录)']);
    expect(readRows(o.dbFile, 'select count(*) as n from channel_case_log')).toEqual([{ n: 1 }]);
  });
});
