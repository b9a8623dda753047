import { describe, expect, it } from 'vitest';
import {
  call,
  callRaw,
  expectError,
  expectOk,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { file } from '../reports/office';
import { approvedVisit, jointVisit } from './development-office';

/** Thursday 26 November 2026, 10:00 in the office. */
const START = '2026-11-26T02:00:00.000Z';

describe('development plans proposed from 协访 scores (个人发展计划)', () => {
  it('proposes an item for each dimension scored ≤ 2 once, and closes it when a later F02 scores it ≥ 3', async () => {
    const o = await startOffice(START);
    // Handed in but not approved yet: nothing is proposed.
    const pending = await file(
      o,
      o.manager,
      'F02',
      '2026-11-03',
      jointVisit({ id: o.wangId, name: '王芳' }, { scoreProduct: 1 }),
    );
    expect(expectOk(await call(o.core, o.manager, 'development.items', {}))).toEqual([]);
    expectOk(await call(o.core, o.manager, 'reports.return', { id: pending.id, comment: '请补充' }));
    expect(expectOk(await call(o.core, o.manager, 'development.items', {}))).toEqual([]);

    const first = await approvedVisit(o, '2026-11-10', { scoreProduct: 2, scoreObjections: 1 });
    const proposed = expectOk(await call(o.core, o.manager, 'development.items', { userId: o.wangId }));
    expect(
      proposed.map((i) => [i.skill, i.category, i.dimension, i.status, i.source?.reportId, i.userName]),
    ).toEqual([
      ['产品知识', '产品知识', 'scoreProduct', 'proposed', first.id, '王芳'],
      ['异议处理', '销售技巧', 'scoreObjections', 'proposed', first.id, '王芳'],
    ]);
    expect(proposed[0]!.goal).toContain('产品知识');

    // A second low 产品知识 does not propose it again; 异议处理 now scored 4 closes by itself.
    const second = await approvedVisit(o, '2026-11-17', { scoreProduct: 2, scoreObjections: 4 });
    const after = expectOk(await call(o.core, o.manager, 'development.items', { userId: o.wangId }));
    expect(after.filter((i) => i.dimension === 'scoreProduct')).toHaveLength(1);
    const objections = after.find((i) => i.dimension === 'scoreObjections')!;
    expect(objections).toMatchObject({
      status: 'done',
      closedReportId: second.id,
      closedBy: null,
      closedAt: START,
    });
    expect(objections.closeNote).toContain('4 分');

    // The rep reads their own plan, and only theirs.
    const own = expectOk(await call(o.core, o.wang, 'development.items', {}));
    expect(own.map((i) => i.id).sort()).toEqual(after.map((i) => i.id).sort());
    expect(expectOk(await call(o.core, o.li, 'development.items', {}))).toEqual([]);
    expectError(await call(o.core, o.li, 'development.items', { userId: o.wangId }), 'FORBIDDEN');

    await approvedVisit(o, '2026-11-24', { scoreProduct: 3 });
    const open = expectOk(
      await call(o.core, o.manager, 'development.items', { status: ['proposed', 'open'] }),
    );
    expect(open).toEqual([]);
  });

  it('lets the manager accept, write, change and close items, and lists the open ones per rep', async () => {
    const o = await startOffice(START);
    await approvedVisit(o, '2026-11-10', { scoreReporting: 2 });
    const [proposal] = expectOk(await call(o.core, o.manager, 'development.items', {}));
    expect(proposal).toMatchObject({ skill: '资料与报表', category: '制度与合规', status: 'proposed' });
    const accepted = expectOk(
      await call(o.core, o.manager, 'development.accept', { id: proposal!.id, dueOn: '2026-11-20' }),
    );
    expect(accepted).toMatchObject({ status: 'open', dueOn: '2026-11-20', goal: proposal!.goal });
    expectError(await call(o.core, o.manager, 'development.accept', { id: proposal!.id }), 'INVALID_STATE');

    const written = expectOk(
      await call(o.core, o.manager, 'development.save', {
        userId: o.liId,
        skill: '大客户谈判',
        goal: '独立完成一次年度合同续签',
        action: '跟随区域经理参加两次谈判',
        dueOn: '2026-12-31',
        category: '销售技巧',
      }),
    );
    expect(written).toMatchObject({ status: 'open', source: null, dimension: null, userName: '李军' });
    const changed = expectOk(
      await call(o.core, o.manager, 'development.save', {
        id: written.id,
        userId: o.liId,
        skill: '大客户谈判',
        goal: '独立完成两次年度合同续签',
        action: '跟随区域经理参加两次谈判',
        dueOn: null,
        category: null,
      }),
    );
    expect(changed).toMatchObject({ goal: '独立完成两次年度合同续签', dueOn: null, category: null });

    const overview = expectOk(await call(o.core, o.clerk, 'development.overview', {}));
    expect(overview.map((r) => [r.name, r.proposed, r.open, r.overdue, r.items.length])).toEqual([
      ['王芳', 0, 1, 1, 1],
      ['李军', 0, 1, 0, 1],
    ]);

    const dropped = expectOk(
      await call(o.core, o.manager, 'development.close', {
        id: written.id,
        outcome: 'dropped',
        note: '调整岗位,不再适用',
      }),
    );
    expect(dropped).toMatchObject({
      status: 'dropped',
      closedBy: { id: o.managerId, name: '张伟' },
      closeNote: '调整岗位,不再适用',
    });
    expectError(
      await call(o.core, o.manager, 'development.close', { id: written.id, outcome: 'done', note: '再关' }),
      'INVALID_STATE',
    );
    // Closed by the manager: a later low score proposes the dimension afresh.
    expectOk(
      await call(o.core, o.manager, 'development.close', {
        id: proposal!.id,
        outcome: 'done',
        note: '已辅导',
      }),
    );
    await approvedVisit(o, '2026-11-17', { scoreReporting: 1 });
    const again = expectOk(
      await call(o.core, o.manager, 'development.items', { userId: o.wangId, status: ['proposed'] }),
    );
    expect(again.map((i) => i.dimension)).toEqual(['scoreReporting']);
  });

  it('refuses bad input in Chinese and stores nothing', async () => {
    const o = await startOffice(START);
    await approvedVisit(o, '2026-11-10', { scoreNeeds: 2 });
    const [item] = expectOk(await call(o.core, o.manager, 'development.items', {}));
    const before = tableChecksums(o.dbFile);
    const good = {
      userId: o.wangId,
      skill: '需求挖掘',
      goal: '每次拜访提出三个开放式问题',
      action: '角色演练',
      dueOn: null,
      category: '销售技巧',
    };

    const empty = expectError(
      await call(o.core, o.manager, 'development.save', { ...good, skill: '  ' }),
      'BAD_INPUT',
    );
    expect(empty.message).toContain('请填写待提升技能');
    const day = expectError(
      await call(o.core, o.manager, 'development.save', { ...good, dueOn: '2026-02-30' }),
      'BAD_INPUT',
    );
    expect(day.message).toContain('日期不存在');
    const clerk = expectError(
      await call(o.core, o.manager, 'development.save', { ...good, userId: o.clerkId }),
      'BAD_INPUT',
    );
    expect(clerk.message).toBe('发展计划只能为在职的营销代表制定,请重新选择人员。');
    const moved = expectError(
      await call(o.core, o.manager, 'development.save', { ...good, id: item!.id, userId: o.liId }),
      'BAD_INPUT',
    );
    expect(moved.message).toContain('不能转给另一位营销代表');
    const noNote = expectError(
      await call(o.core, o.manager, 'development.close', { id: item!.id, outcome: 'done', note: '' }),
      'BAD_INPUT',
    );
    expect(noNote.message).toContain('请填写关闭说明');
    expectError(
      await callRaw(o.core, o.manager, 'development.close', { id: item!.id, outcome: 'later', note: '稍后' }),
      'BAD_INPUT',
    );
    expectError(await call(o.core, o.manager, 'development.accept', { id: 9999 }), 'NOT_FOUND');
    expectError(await call(o.core, o.wang, 'development.save', good), 'FORBIDDEN');
    expectError(
      await call(o.core, o.wang, 'development.close', { id: item!.id, outcome: 'done', note: '我学会了' }),
      'FORBIDDEN',
    );
    expect(tableChecksums(o.dbFile)).toEqual(before);
  });
});
