import { describe, expect, it } from 'vitest';
import {
  call,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { DAY, DAY_DUE, saveDraft, submitDay, visitDay } from './f01-fixtures';

const RETURN_COMMENT = '第二条拜访缺少洽谈结果的金额,请补充后重新提交。';

describe('F01 走访表 through dispatch', () => {
  it('goes draft -> submitted -> returned -> submitted -> approved, keeping every version', async () => {
    const o = await startOffice();
    const first = await saveDraft(o.core, o.wang);
    expect(first).toMatchObject({
      formCode: 'F01',
      periodKey: DAY,
      status: 'draft',
      version: 1,
      author: { id: o.wangId, name: '王芳' },
      enteredBy: { id: o.wangId, name: '王芳' },
      dueAt: DAY_DUE,
      submittedAt: null,
      onTime: null,
      headline: '3 次拜访',
    });
    expect(first.data).toEqual(visitDay());

    const edited = { ...visitDay(), summary: '完成3家客户拜访;萧山区卫生院改到下周一。' };
    const second = await saveDraft(o.core, o.wang, { data: edited, expectedVersion: 1 });
    expect(second.version).toBe(2);
    expect(second.data.summary).toBe(edited.summary);
    // A re-save answers from what it wrote, not by reading the report back: the same as reading it.
    expect(second).toEqual(expectOk(await call(o.core, o.wang, 'reports.get', { id: first.id })));

    // An editor still holding version 1 must not overwrite version 2.
    const before = tableChecksums(o.dataDir);
    const stale = await call(o.core, o.wang, 'reports.saveDraft', {
      formCode: 'F01',
      periodKey: DAY,
      data: { ...visitDay(), summary: '旧窗口里的内容' },
      expectedVersion: 1,
    });
    expect(expectError(stale, 'CONFLICT').message).toContain('刷新');
    expectError(
      await call(o.core, o.wang, 'reports.submit', { id: first.id, expectedVersion: 1 }),
      'CONFLICT',
    );
    expect(tableChecksums(o.dataDir)).toEqual(before);

    o.clock.set('2026-11-26T09:30:00.000Z'); // 17:30 in the office
    const submitted = expectOk(
      await call(o.core, o.wang, 'reports.submit', { id: first.id, expectedVersion: 2 }),
    );
    expect(submitted).toMatchObject({
      status: 'submitted',
      version: 3,
      submittedAt: '2026-11-26T09:30:00.000Z',
      onTime: true,
    });

    o.clock.set('2026-11-26T11:00:00.000Z');
    const returned = expectOk(
      await call(o.core, o.manager, 'reports.return', { id: first.id, comment: RETURN_COMMENT }),
    );
    expect(returned).toMatchObject({ status: 'returned', reviewer: { id: o.managerId, name: '张伟' } });

    const seen = expectOk(await call(o.core, o.wang, 'reports.get', { id: first.id }));
    expect(seen).toMatchObject({ status: 'returned', reviewComment: RETURN_COMMENT, version: 4 });
    const listed = expectOk(await call(o.core, o.wang, 'reports.list', { status: 'returned' }));
    expect(listed.map((r) => [r.id, r.reviewComment])).toEqual([[first.id, RETURN_COMMENT]]);

    const revised = visitDay();
    revised.visits[1]!.result = '补货单已下,共38件,金额2.3万元。';
    const redraft = await saveDraft(o.core, o.wang, { data: revised, expectedVersion: 4 });
    expect(redraft.status).toBe('returned');
    expect(redraft).toEqual(expectOk(await call(o.core, o.wang, 'reports.get', { id: first.id })));
    const resubmitted = expectOk(
      await call(o.core, o.wang, 'reports.submit', { id: first.id, expectedVersion: redraft.version }),
    );
    expect(resubmitted).toMatchObject({ status: 'submitted', reviewComment: null });

    const approved = expectOk(
      await call(o.core, o.manager, 'reports.approve', { id: first.id, comment: '同意。' }),
    );
    expect(approved).toMatchObject({
      status: 'approved',
      reviewComment: '同意。',
      reviewedAt: '2026-11-26T11:00:00.000Z',
    });

    const versions = expectOk(await call(o.core, o.wang, 'reports.versions', { id: first.id }));
    expect(versions.map((v) => [v.action, v.status, v.actor.name, v.comment])).toEqual([
      ['submit', 'submitted', '王芳', null],
      ['return', 'returned', '张伟', RETURN_COMMENT],
      ['submit', 'submitted', '王芳', null],
      ['approve', 'approved', '张伟', '同意。'],
    ]);
    // Versions are the events people see in 版本记录; the saves between them only kept the draft.
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(versions[0]!.data).toEqual(edited);
    expect(versions[1]!.data).toEqual(edited);
    expect(versions[2]!.data).toEqual(revised);
    expect(versions[3]!.data).toEqual(revised);
  });

  it('keeps optimistic concurrency through a day of autosaves without adding versions to the history', async () => {
    const o = await startOffice();
    let draft = await saveDraft(o.core, o.wang);
    for (let i = 0; i < 40; i++) {
      draft = await saveDraft(o.core, o.wang, {
        data: { ...visitDay(), summary: `第${i + 1}次自动保存` },
        expectedVersion: draft.version,
      });
    }
    // A window still holding an earlier edit is refused, as before.
    expectError(
      await call(o.core, o.wang, 'reports.saveDraft', {
        formCode: 'F01',
        periodKey: DAY,
        data: visitDay(),
        expectedVersion: draft.version - 1,
      }),
      'CONFLICT',
    );
    expectOk(await call(o.core, o.wang, 'reports.submit', { id: draft.id, expectedVersion: draft.version }));
    const versions = expectOk(await call(o.core, o.wang, 'reports.versions', { id: draft.id }));
    expect(versions.map((v) => [v.version, v.action])).toEqual([[1, 'submit']]);
    expect(versions[0]!.data.summary).toBe('第40次自动保存');
  });

  it('keeps an approved report as it is', async () => {
    const o = await startOffice();
    const submitted = await submitDay(o.core, o.wang);
    const approved = expectOk(
      await call(o.core, o.manager, 'reports.approve', { id: submitted.id, comment: '' }),
    );
    const before = tableChecksums(o.dataDir);

    const edit = await call(o.core, o.wang, 'reports.saveDraft', {
      formCode: 'F01',
      periodKey: DAY,
      data: { ...visitDay(), actualVisits: 9 },
      expectedVersion: approved.version,
    });
    expect(expectError(edit, 'INVALID_STATE').message).toContain('不能再修改');
    const expectedVersion = approved.version;
    expectError(
      await call(o.core, o.wang, 'reports.submit', { id: submitted.id, expectedVersion }),
      'INVALID_STATE',
    );
    expectError(
      await call(o.core, o.manager, 'reports.return', { id: submitted.id, comment: '重新看看' }),
      'INVALID_STATE',
    );
    expectError(
      await call(o.core, o.manager, 'reports.approve', { id: submitted.id, comment: '' }),
      'INVALID_STATE',
    );
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('accepts an unfinished draft but refuses to submit it, naming each missing field', async () => {
    const o = await startOffice();
    const data = visitDay();
    data.visits[0]!.customerName = '';
    data.visits[2]!.method = '';
    const draft = await saveDraft(o.core, o.wang, { data });
    const before = tableChecksums(o.dataDir);

    const result = await call(o.core, o.wang, 'reports.submit', {
      id: draft.id,
      expectedVersion: draft.version,
    });
    const error = expectError(result, 'BAD_INPUT');
    expect(error.fields).toMatchObject({
      'visits.0.customerName': '请填写客户名称',
      'visits.2.method': '请从列表中选择拜访方式',
    });
    expect(Object.keys(error.fields!)).not.toContain('visits.1.customerName');
    expect(error.message).toContain('不能提交');
    expect(tableChecksums(o.dataDir)).toEqual(before);
    expect(expectOk(await call(o.core, o.wang, 'reports.get', { id: draft.id })).status).toBe('draft');
  });

  it('refuses a draft with values the form does not allow, or a day that does not exist', async () => {
    const o = await startOffice();
    const before = tableChecksums(o.dataDir);
    const bad: [string, Record<string, unknown>, string][] = [
      [DAY, { ...visitDay(), actualVisits: 150 }, 'actualVisits'],
      [DAY, { visits: [{ start: '25:70' }] }, 'visits.0.start'],
      [DAY, { visits: [{ method: '微信群' }] }, 'visits.0.method'],
      [DAY, { visits: [{ customerName: '客'.repeat(101) }] }, 'visits.0.customerName'],
      [DAY, { visits: [{ password: 'x' }] }, 'visits.0'],
      ['2026-02-30', visitDay(), 'periodKey'],
    ];
    for (const [periodKey, data, field] of bad) {
      const result = await call(o.core, o.wang, 'reports.saveDraft', {
        formCode: 'F01',
        periodKey,
        data,
        expectedVersion: null,
      });
      expect(Object.keys(expectError(result, 'BAD_INPUT').fields ?? {})).toContain(field);
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('records on time before Sunday 24:00 office time, and late after it', async () => {
    const o = await startOffice('2026-11-29T08:00:00.000Z');
    o.clock.set('2026-11-29T15:59:00.000Z'); // Sunday 23:59 in the office
    const onTime = await submitDay(o.core, o.wang, '2026-11-23');
    expect(onTime).toMatchObject({ onTime: true, dueAt: DAY_DUE });

    o.clock.set('2026-11-29T16:01:00.000Z'); // Monday 00:01
    const late = await submitDay(o.core, o.wang, DAY);
    expect(late).toMatchObject({ onTime: false, dueAt: DAY_DUE, submittedAt: '2026-11-29T16:01:00.000Z' });
    // The new week's Monday is due at the end of the new week.
    const nextWeek = await submitDay(o.core, o.wang, '2026-11-30');
    expect(nextWeek).toMatchObject({ onTime: true, dueAt: '2026-12-06T16:00:00.000Z' });

    const rows = readRows(o.dbFile, 'select period_key, on_time from reports order by period_key');
    expect(rows).toEqual([
      { period_key: '2026-11-23', on_time: 1 },
      { period_key: DAY, on_time: 0 },
      { period_key: '2026-11-30', on_time: 1 },
    ]);
    const home = expectOk(await call(o.core, o.manager, 'home.summary', {}));
    const lateItem = home.items.find((i) => i.reportId === late.id);
    expect(lateItem).toMatchObject({ state: 'toReview', note: '走访表 待审核(逾期提交)' });
  });
});

describe('a re-saved draft entered for someone else', () => {
  it('answers with the author and the clerk who entered it, as reading it back does', async () => {
    const o = await startOffice();
    const first = await saveDraft(o.core, o.clerk, { authorId: o.wangId });
    const again = await saveDraft(o.core, o.clerk, {
      authorId: o.wangId,
      data: { ...visitDay(), summary: '内勤代录:补记一家客户。' },
      expectedVersion: first.version,
    });
    expect(again).toMatchObject({
      version: first.version + 1,
      author: { id: o.wangId, name: '王芳' },
      enteredBy: { id: o.clerkId },
    });
    expect(again).toEqual(expectOk(await call(o.core, o.manager, 'reports.get', { id: first.id })));
  });
});
