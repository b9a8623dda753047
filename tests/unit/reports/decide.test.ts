import { describe, expect, it } from 'vitest';
import { call, expectError, expectOk, startOffice, tableChecksums } from '../../helpers/core-harness';
import { f06Decision, f06Sample } from '../../fixtures/forms/f06-sample';
import { visitDay } from '../core/f01-fixtures';
import { type Office, file, save, submit } from './office';

const KEY = '2026-11-26.1';

function decide(o: Office, id: number, values: Record<string, unknown>, caller = o.manager) {
  return call(o.core, caller, 'reports.decide', { id, values });
}

describe('reports.decide on a 重要事项报告', () => {
  it('is the manager’s answer to a submitted report, and holds only the decision', async () => {
    const o = await startOffice();
    // An author cannot answer his own request: decision values in a draft are dropped.
    const draft = await save(o, o.wang, 'F06', KEY, { ...f06Sample(), ...f06Decision() });
    expect(draft.data).toEqual(f06Sample());

    const before = tableChecksums(o.dataDir);
    const early = await decide(o, draft.id, f06Decision());
    expect(expectError(early, 'INVALID_STATE').message).toContain('提交后才能批复');
    for (const caller of [o.wang, o.li, o.clerk]) {
      expectError(await decide(o, draft.id, f06Decision(), caller), 'FORBIDDEN');
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);

    const submitted = await submit(o, o.wang, draft);
    const afterSubmit = tableChecksums(o.dataDir);
    const authorField = await decide(o, draft.id, { ...f06Decision(), subject: '改一下标题' });
    expect(expectError(authorField, 'BAD_INPUT').message).toContain('subject');
    const partial = expectError(await decide(o, draft.id, { decisionText: '同意。' }), 'BAD_INPUT');
    expect(Object.keys(partial.fields ?? {})).toEqual(expect.arrayContaining(['decidedBy', 'decidedOn']));
    const badDate = await decide(o, draft.id, { ...f06Decision(), decidedOn: '11月27日' });
    expect(Object.keys(expectError(badDate, 'BAD_INPUT').fields ?? {})).toEqual(['decidedOn']);
    expectError(await decide(o, draft.id, f06Decision(), o.wang), 'FORBIDDEN');
    expect(tableChecksums(o.dataDir)).toEqual(afterSubmit);

    o.clock.set('2026-11-26T08:00:00.000Z');
    const decided = expectOk(await decide(o, draft.id, f06Decision()));
    expect(decided).toMatchObject({ status: 'submitted', version: submitted.version + 1 });
    expect(decided.data).toEqual({ ...f06Sample(), ...f06Decision() });
    const versions = expectOk(await call(o.core, o.wang, 'reports.versions', { id: draft.id }));
    expect(versions.map((v) => [v.action, v.status, v.actor.name, v.at])).toEqual([
      ['submit', 'submitted', '王芳', '2026-11-26T02:00:00.000Z'],
      ['decide', 'submitted', '张伟', '2026-11-26T08:00:00.000Z'],
    ]);
    expect(versions[1]!.data).toEqual(decided.data);
  });

  it('keeps the manager’s decision when the author edits a returned report', async () => {
    const o = await startOffice();
    const submitted = await file(o, o.wang, 'F06', KEY, f06Sample());
    expectOk(await decide(o, submitted.id, f06Decision()));
    const returned = expectOk(
      await call(o.core, o.manager, 'reports.return', { id: submitted.id, comment: '请补充对方来函原文。' }),
    );

    const edited = {
      ...f06Sample(),
      attachments: '1. 苏宁易家来函原文;2. 近三个月对账单',
      decisionText: '同意,按90天执行。',
      decidedBy: '王芳',
      decidedOn: '2026-11-28',
    };
    const resaved = await save(o, o.wang, 'F06', KEY, edited, { expectedVersion: returned.version });
    expect(resaved.status).toBe('returned');
    expect(resaved.data).toEqual({ ...f06Sample(), attachments: edited.attachments, ...f06Decision() });
    // Leaving the decision out does not erase it either.
    const again = await save(o, o.wang, 'F06', KEY, f06Sample(), { expectedVersion: resaved.version });
    expect(again.data).toMatchObject(f06Decision());

    const resubmitted = await submit(o, o.wang, again);
    expect(resubmitted.data).toMatchObject(f06Decision());
    const versions = expectOk(await call(o.core, o.manager, 'reports.versions', { id: submitted.id }));
    expect(versions.map((v) => v.action)).toEqual(['submit', 'decide', 'return', 'submit']);
  });

  it('is refused for a form that asks for no decision', async () => {
    const o = await startOffice();
    const day = await file(o, o.wang, 'F01', '2026-11-26', visitDay());
    const before = tableChecksums(o.dataDir);
    const result = await decide(o, day.id, f06Decision());
    expect(expectError(result, 'INVALID_STATE').message).toBe('走访表不需要批复。');
    expectError(await decide(o, 9999, f06Decision()), 'NOT_FOUND');
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });
});
