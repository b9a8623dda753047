import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src-main/core/db/connection';
import { channelModule } from '../../../src-main/core/modules/channel';
import { channelSection as sectionDef } from '../../../src-shared/bundle/sections';
import { CASE_FILE_TITLE } from '../../../src-shared/documents/channel-case-file';
import { call, expectError, expectOk, MANAGER, signIn } from '../../helpers/core-harness';
import { openDocx, paragraphs, squash } from '../print/docx-text';
import { channelOffice, type ChannelOffice, register } from './channel-office';

/** A confirmed low-price case with 李军 as 当事人, fined and the source dealer stopped. */
async function decidedCase(o: ChannelOffice) {
  const id = await register(o, o.wang, { partyId: o.liId });
  await call(o.core, o.manager, 'channel.move', { id, to: 'verifying' });
  return expectOk(
    await call(o.core, o.manager, 'channel.decide', {
      id,
      outcome: 'confirmed',
      verification: '经核实,李军以119.90元向药店供货。',
      decision: '罚款;苏州华康医药停止发货。',
      sanctions: [{ dealerCode: 'D-SZ01', kind: 'stop_shipment', fromDay: '2026-12-08' }],
    }),
  );
}

const docText = (o: ChannelOffice, fileId: string) => {
  const bytes = readFileSync(o.core.getFile(fileId, o.manager.sessionToken)!.path);
  const parts = openDocx(bytes);
  return squash([...paragraphs(parts.document), ...parts.headers.flatMap(paragraphs)].join(''));
};

describe('案件档案 and 罚款通知单', () => {
  it('builds the case file with the finding, fines, sanctions and the log’s check', async () => {
    const o = await channelOffice();
    const { case: c } = await decidedCase(o);
    const model = expectOk(await call(o.core, o.manager, 'channel.caseFile', { id: c.id }));
    expect(model).toMatchObject({ title: CASE_FILE_TITLE, code: 'F11', orientation: 'portrait' });
    const table = (title: string) => {
      const b = model.blocks.find((x) => x.kind === 'table' && x.title.startsWith(title));
      if (b?.kind !== 'table') throw new Error(`no table ${title}`);
      return b.rows.map((r) => r.map((cell) => cell.join('')));
    };
    expect(table('罚款')).toEqual([
      ['李军', '当事人', '10.10 × 40 × 5', '2,020.00'],
      ['张伟', '直接主管', '10.10 × 40 × 5', '2,020.00'],
    ]);
    expect(table('对经销商的处罚')).toEqual([['苏州华康医药(D-SZ01)', '停止发货', '2026-12-08 起']]);
    expect(table('案件日志').map((r) => r[3])).toEqual([
      '登记',
      '状态变更:登记 → 核实中',
      '核实结论:成立:经核实,李军以119.90元向药店供货。',
    ]);
    const check = model.blocks.find((b) => b.kind === 'text' && b.label === '日志校验');
    expect(check?.kind === 'text' && check.value).toContain('未发现改动');
  });

  it('prints the case file and one 罚款通知单 per fined person as Word documents', async () => {
    const o = await channelOffice();
    const { case: c, fines } = await decidedCase(o);
    const file = expectOk(await call(o.core, o.manager, 'channel.caseFileDocx', { id: c.id }));
    const text = docText(o, file.fileId);
    for (const s of [CASE_FILE_TITLE, '华东三区', '苏州华康医药', '2,020.00', '日志校验'])
      expect(text).toContain(s);

    const notices = [];
    for (const f of fines) {
      const n = expectOk(await call(o.core, o.manager, 'channel.fineNoticeDocx', { fineId: f.id }));
      notices.push([n.fileName, docText(o, n.fileId)] as const);
    }
    expect(notices.map(([name]) => name)).toEqual([
      `罚款通知单-${c.id}-李军.docx`,
      `罚款通知单-${c.id}-张伟.docx`,
    ]);
    expect(notices[1]![1]).toContain('直接主管');
    expect(notices[1]![1]).toContain('(130.00−119.90)×40×5=2,020.00元');
    expect(notices[1]![1]).toContain('被罚款人签收');
    // A notice is the manager's to print.
    expectError(await call(o.core, o.wang, 'channel.fineNoticeDocx', { fineId: fines[0]!.id }), 'FORBIDDEN');
  });
});

describe('the channel section of the monthly bundle', () => {
  it('carries the month’s cases, fines, sanctions and F10s', async () => {
    const o = await channelOffice();
    const { case: c } = await decidedCase(o);
    expectOk(
      await call(o.core, o.clerk, 'channel.saveFlow', {
        dealerCode: 'D-HZ01',
        month: '2026-12',
        submittedOn: '2026-12-08',
        lines: [
          {
            saleDate: '2026-12-02',
            productCode: 'KJ-100',
            batchNo: '20261101',
            quantity: 120,
            buyerName: '绍兴市人民医院',
            buyerRegion: 'HD-03',
          },
        ],
      }),
    );
    // November's F10 of 绍兴仁和 came in on 7 December, after the 5th; 杭州康达 sent none.
    expectOk(
      await call(o.core, o.clerk, 'channel.saveFlow', {
        dealerCode: 'D-SX02',
        month: '2026-11',
        submittedOn: '2026-12-07',
        lines: [
          {
            saleDate: '2026-11-20',
            productCode: 'KJ-200',
            batchNo: '20261103',
            quantity: 10,
            buyerName: '绍兴市中医院',
            buyerRegion: 'HD-03',
          },
        ],
      }),
    );
    const conn = openConnection(o.dbFile);
    const write = async (month: string, first: string, last: string) =>
      sectionDef.versions[1].parse(
        await channelModule.bundleSection!.write({
          db: conn.db,
          month,
          first,
          last,
          reportIds: [],
          exportedAt: o.clock.now().toISOString(),
          exportedBy: { id: o.managerId, username: 'zhangwei', displayName: '张伟', role: 'manager' },
        }),
      );
    try {
      const parsed = await write('2026-12', '2026-12-01', '2026-12-31');
      // Found in November, decided in December: it belongs to December's bundle.
      expect(parsed.cases.map((x) => [x.id, x.status, x.partyName, x.logCount])).toEqual([
        [c.id, 'confirmed', '李军', 3],
      ]);
      expect(parsed.fines.map((f) => [f.userName, f.role, f.amountFen])).toEqual([
        ['李军', 'party', 202_000],
        ['张伟', 'supervisor', 202_000],
      ]);
      expect(parsed.sanctions).toEqual([
        expect.objectContaining({ dealerCode: 'D-SZ01', kind: 'stop_shipment' }),
      ]);
      expect(parsed.flows).toEqual([
        { dealerCode: 'D-HZ01', submittedOn: '2026-12-08', onTime: true, lines: 1, quantity: 120, ok: true },
      ]);
      // December's F10s are not due until 5 January: nothing to advise yet.
      expect(parsed.stopAdvice).toEqual([]);
      // November's, exported on 8 December: the office's 建议停止发货 as its F10 screen shows it.
      const november = await write('2026-11', '2026-11-01', '2026-11-30');
      expect(november.stopAdvice).toEqual([
        {
          dealerCode: 'D-HZ01',
          dealerName: '杭州康达医药',
          reason: 'missing',
          submittedOn: null,
          dueOn: '2026-12-05',
        },
        {
          dealerCode: 'D-SX02',
          dealerName: '绍兴仁和医药',
          reason: 'late',
          submittedOn: '2026-12-07',
          dueOn: '2026-12-05',
        },
      ]);
      const screen = expectOk(await call(o.core, o.manager, 'channel.flowMonth', { month: '2026-11' }));
      expect(november.stopAdvice.map((a) => [a.dealerCode, a.reason])).toEqual(
        screen.stopAdvice.map((a) => [a.code, a.state]),
      );
      // A section written before the list existed still reads, with none.
      const { stopAdvice: _gone, ...older } = parsed;
      expect(sectionDef.versions[1].parse(older).stopAdvice).toEqual([]);
    } finally {
      await conn.db.destroy();
    }
  });

  it('sends a case again in the month it changes, and a sanction in the month it is decided', async () => {
    const o = await channelOffice();
    const id = await register(o, o.wang, { partyId: o.liId });
    const untouched = await register(o, o.wang, { partyId: o.liId, quantity: 2 });
    await call(o.core, o.manager, 'channel.move', { id, to: 'verifying' });
    expectOk(
      await call(o.core, o.manager, 'channel.decide', {
        id,
        outcome: 'confirmed',
        verification: '属实',
        sanctions: [{ dealerCode: 'D-SZ01', kind: 'stop_shipment', fromDay: '2027-01-10' }],
      }),
    );
    const conn = openConnection(o.dbFile);
    const write = async (month: string, first: string, last: string) =>
      sectionDef.versions[1].parse(
        await channelModule.bundleSection!.write({
          db: conn.db,
          month,
          first,
          last,
          reportIds: [],
          exportedAt: o.clock.now().toISOString(),
          exportedBy: { id: o.managerId, username: 'zhangwei', displayName: '张伟', role: 'manager' },
        }),
      );
    try {
      // Registered (though found in November) and decided in December: both are December's.
      const december = await write('2026-12', '2026-12-01', '2026-12-31');
      expect(december.cases.map((x) => [x.id, x.status])).toEqual([
        [id, 'confirmed'],
        [untouched, 'registered'],
      ]);
      // Decided in December though it begins on 10 January: head office hears of it now.
      expect(december.sanctions.map((x) => [x.dealerCode, x.fromDay])).toEqual([['D-SZ01', '2027-01-10']]);

      // Tuesday 5 January 2027, 00:30 in the office (still 4 January in UTC): the case is closed.
      o.clock.set('2027-01-04T16:30:00.000Z');
      const manager = await signIn(o.core, MANAGER.username, MANAGER.password);
      expectOk(await call(o.core, manager, 'channel.move', { id, to: 'closed' }));
      const january = await write('2027-01', '2027-01-01', '2027-01-31');
      // Sent again in January, closed; the other case did not change and is not.
      expect(january.cases.map((x) => [x.id, x.status, x.logCount])).toEqual([[id, 'closed', 4]]);
      expect(january.sanctions).toEqual([
        expect.objectContaining({ dealerCode: 'D-SZ01', fromDay: '2027-01-10' }),
      ]);
    } finally {
      await conn.db.destroy();
    }
  });
});
