import { describe, expect, it } from 'vitest';
import {
  call,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { f03Sample } from '../../fixtures/forms/f03-sample';
import { visitDay } from '../core/f01-fixtures';
import { file, save } from './office';

const WEEK = '2026-W48';

/** A day whose first visit has no customer: a draft, but not a form that can be handed in. */
function unfinishedDay() {
  const data = visitDay();
  data.visits[0]!.customerName = '';
  return data;
}

describe('reports.submitWeek', () => {
  it('hands in the week’s complete days and names the unfinished ones, without holding back the rest', async () => {
    const o = await startOffice();
    const mon = await save(o, o.wang, 'F01', '2026-11-23', visitDay());
    const tue = await save(o, o.wang, 'F01', '2026-11-24', unfinishedDay());
    const wed = await save(o, o.wang, 'F01', '2026-11-25', visitDay());
    const thu = await file(o, o.wang, 'F01', '2026-11-26', visitDay());
    const nextMon = await save(o, o.wang, 'F01', '2026-11-30', visitDay());
    const liMon = await save(o, o.li, 'F01', '2026-11-23', visitDay());

    const result = expectOk(await call(o.core, o.wang, 'reports.submitWeek', { week: WEEK }));
    expect(result.submitted.map((r) => [r.id, r.periodKey, r.status, r.onTime])).toEqual([
      [mon.id, '2026-11-23', 'submitted', true],
      [wed.id, '2026-11-25', 'submitted', true],
    ]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]!.periodKey).toBe('2026-11-24');
    expect(result.failed[0]!.message).toContain('不能提交');

    const status = async (id: number, caller = o.wang) =>
      expectOk(await call(o.core, caller, 'reports.get', { id })).status;
    expect(await status(tue.id)).toBe('draft');
    expect(await status(nextMon.id)).toBe('draft');
    // The day already handed in is not handed in again.
    const thuNow = expectOk(await call(o.core, o.wang, 'reports.get', { id: thu.id }));
    expect(thuNow).toMatchObject({ status: 'submitted', version: thu.version });
    // Li's week is his own business.
    expect(expectOk(await call(o.core, o.li, 'reports.get', { id: liMon.id }))).toMatchObject({
      status: 'draft',
      version: 1,
    });

    // Asking again tries only the unfinished day; a week with nothing to hand in says so.
    const again = expectOk(await call(o.core, o.wang, 'reports.submitWeek', { week: WEEK }));
    expect(again.submitted).toEqual([]);
    expect(again.failed.map((f) => f.periodKey)).toEqual(['2026-11-24']);
    const empty = await call(o.core, o.wang, 'reports.submitWeek', { week: '2026-W47' });
    expect(expectError(empty, 'INVALID_STATE').message).toContain('没有待提交');
  });

  it('lets a rep hand in only his own week, and the clerk a rep’s week she typed in', async () => {
    const o = await startOffice();
    const liMon = await save(o, o.li, 'F01', '2026-11-23', visitDay());
    const typed = await save(o, o.clerk, 'F01', '2026-11-24', visitDay(), { authorId: o.wangId });
    const before = tableChecksums(o.dataDir);

    const other = await call(o.core, o.wang, 'reports.submitWeek', { week: WEEK, authorId: o.liId });
    expect(expectError(other, 'FORBIDDEN').message).toContain('只能填写自己的报表');
    const manager = await call(o.core, o.manager, 'reports.submitWeek', { week: WEEK, authorId: o.liId });
    expectError(manager, 'FORBIDDEN');
    // The clerk writes no 走访表 of her own.
    expectError(await call(o.core, o.clerk, 'reports.submitWeek', { week: WEEK }), 'FORBIDDEN');
    for (const week of ['2026-W54', '2025-W53', '2026-48', '2026-11-23']) {
      expectError(await call(o.core, o.wang, 'reports.submitWeek', { week }), 'BAD_INPUT');
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);

    const byClerk = expectOk(
      await call(o.core, o.clerk, 'reports.submitWeek', { week: WEEK, authorId: o.wangId }),
    );
    expect(byClerk.failed).toEqual([]);
    expect(byClerk.submitted.map((r) => [r.id, r.author.name, r.enteredBy.name])).toEqual([
      [typed.id, '王芳', '陈静'],
    ]);
    const versions = expectOk(await call(o.core, o.wang, 'reports.versions', { id: typed.id }));
    expect(versions.map((v) => [v.action, v.actor.name])).toEqual([['submit', '陈静']]);
    expect(readRows(o.dbFile, 'select status from reports where id = ?', liMon.id)).toEqual([
      { status: 'draft' },
    ]);
  });

  // A rep's own draft is hidden from the clerk (reports.find answers null for it), yet the clerk's
  // 整周提交 for that rep lists it under failed with its day.
  it('does not show the clerk a rep’s own drafts she cannot see', async () => {
    const o = await startOffice();
    await save(o, o.wang, 'F01', '2026-11-23', visitDay());
    const typed = await save(o, o.clerk, 'F01', '2026-11-24', visitDay(), { authorId: o.wangId });
    const result = expectOk(
      await call(o.core, o.clerk, 'reports.submitWeek', { week: WEEK, authorId: o.wangId }),
    );
    expect(result.submitted.map((r) => r.id)).toEqual([typed.id]);
    expect(result.failed.map((f) => f.periodKey)).not.toContain('2026-11-23');
  });
});

describe('reports.approveMany', () => {
  it('approves what is submitted and says why it skipped the rest', async () => {
    const o = await startOffice();
    const a = await file(o, o.wang, 'F01', '2026-11-23', visitDay());
    const b = await file(o, o.li, 'F03', WEEK, f03Sample());
    const draft = await save(o, o.wang, 'F01', '2026-11-24', visitDay());
    const done = await file(o, o.li, 'F01', '2026-11-24', visitDay());
    expectOk(await call(o.core, o.manager, 'reports.approve', { id: done.id, comment: '' }));

    const ids = [a.id, draft.id, b.id, done.id, a.id, 9999];
    const result = expectOk(await call(o.core, o.manager, 'reports.approveMany', { ids, comment: '同意。' }));
    expect(result.approved).toEqual([a.id, b.id]);
    expect(result.skipped.map((s) => s.id)).toEqual([draft.id, done.id, 9999]);
    expect(result.skipped[0]!.message).toContain('已提交');
    expect(result.skipped[1]!.message).toContain('已提交');
    expect(result.skipped[2]!.message).toContain('找不到');

    for (const [id, status] of [
      [a.id, 'approved'],
      [b.id, 'approved'],
      [draft.id, 'draft'],
    ] as const) {
      const r = expectOk(await call(o.core, o.manager, 'reports.get', { id }));
      expect(r.status).toBe(status);
      if (status === 'approved')
        expect(r).toMatchObject({ reviewComment: '同意。', reviewer: { name: '张伟' } });
    }
    const versions = expectOk(await call(o.core, o.wang, 'reports.versions', { id: a.id }));
    expect(versions.map((v) => [v.action, v.comment])).toEqual([
      ['submit', null],
      ['approve', '同意。'],
    ]);
  });

  it('is the manager’s alone, and a refused call changes nothing', async () => {
    const o = await startOffice();
    const a = await file(o, o.wang, 'F01', '2026-11-23', visitDay());
    const before = tableChecksums(o.dataDir);
    for (const caller of [o.wang, o.li, o.clerk]) {
      const result = await call(o.core, caller, 'reports.approveMany', { ids: [a.id], comment: '' });
      expectError(result, 'FORBIDDEN');
    }
    const empty = await call(o.core, o.manager, 'reports.approveMany', { ids: [], comment: '' });
    expect(expectError(empty, 'BAD_INPUT').message).toContain('请至少选择一份报表');
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });
});
