import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ErrorCode, Result } from '../../../src-shared/errors';
import {
  type FakeCaller,
  MINUTE,
  call,
  callRaw,
  expectError,
  expectOk,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { DAY, saveDraft, submitDay, visitDay } from './f01-fixtures';

function expectRefused(result: Result<unknown>) {
  const code: ErrorCode | 'ok' = result.ok ? 'ok' : result.error.code;
  expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code);
}

describe('who may see and change a 走访表', () => {
  it('keeps a rep’s reports away from another rep, whatever the method', async () => {
    const o = await startOffice();
    const draft = await saveDraft(o.core, o.wang);
    const submitted = await submitDay(o.core, o.wang, '2026-11-25');
    const before = tableChecksums(o.dataDir);

    for (const id of [draft.id, submitted.id]) {
      expectRefused(await call(o.core, o.li, 'reports.get', { id }));
      expectRefused(await call(o.core, o.li, 'reports.versions', { id }));
      expectRefused(await call(o.core, o.li, 'reports.submit', { id, expectedVersion: 1 }));
      expectRefused(await call(o.core, o.li, 'documents.generate', { reportId: id }));
    }
    const find = await call(o.core, o.li, 'reports.find', {
      formCode: 'F01',
      periodKey: DAY,
      authorId: o.wangId,
    });
    // The same answer as for a day nobody filed: a colleague's filing stays private.
    expect(expectOk(find)).toBeNull();
    expectRefused(
      await call(o.core, o.li, 'reports.saveDraft', {
        formCode: 'F01',
        periodKey: DAY,
        authorId: o.wangId,
        data: { summary: '改掉你的内容' },
        expectedVersion: draft.version,
      }),
    );
    expect(expectOk(await call(o.core, o.li, 'reports.list', {}))).toEqual([]);
    expect(expectOk(await call(o.core, o.li, 'reports.list', { authorId: o.wangId }))).toEqual([]);
    expect(tableChecksums(o.dataDir)).toEqual(before);

    // Li's own day is separate from Wang's.
    expect(
      expectOk(await call(o.core, o.li, 'reports.find', { formCode: 'F01', periodKey: DAY })),
    ).toBeNull();
    const mine = expectOk(await call(o.core, o.wang, 'reports.list', {}));
    expect(mine.map((r) => r.periodKey)).toEqual([DAY, '2026-11-25']);
  });

  it('lets only the manager approve or return', async () => {
    const o = await startOffice();
    const submitted = await submitDay(o.core, o.wang);
    const before = tableChecksums(o.dataDir);
    for (const caller of [o.wang, o.li, o.clerk]) {
      expectError(
        await call(o.core, caller, 'reports.approve', { id: submitted.id, comment: '同意' }),
        'FORBIDDEN',
      );
      expectError(
        await call(o.core, caller, 'reports.return', { id: submitted.id, comment: '重填' }),
        'FORBIDDEN',
      );
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
    expect(expectOk(await call(o.core, o.manager, 'reports.get', { id: submitted.id })).status).toBe(
      'submitted',
    );
  });

  it('lets a clerk enter a paper form for a rep, recording who typed it', async () => {
    const o = await startOffice();
    const entered = await saveDraft(o.core, o.clerk, { authorId: o.wangId });
    expect(entered).toMatchObject({
      author: { id: o.wangId, name: '王芳' },
      enteredBy: { id: o.clerkId, name: '陈静' },
      status: 'draft',
    });
    const wangView = expectOk(
      await call(o.core, o.wang, 'reports.find', { formCode: 'F01', periodKey: DAY }),
    );
    expect(wangView).toMatchObject({ id: entered.id, enteredBy: { name: '陈静' } });
    expect(wangView?.data).toEqual(visitDay());

    const submitted = expectOk(
      await call(o.core, o.clerk, 'reports.submit', { id: entered.id, expectedVersion: entered.version }),
    );
    expect(submitted).toMatchObject({ status: 'submitted', author: { id: o.wangId } });
    const forManager = expectOk(await call(o.core, o.manager, 'reports.list', { status: 'submitted' }));
    expect(forManager.map((r) => [r.author.name, r.enteredBy.name])).toEqual([['王芳', '陈静']]);
  });

  it('refuses a report written for someone who does not write 走访表, or by a manager for a rep', async () => {
    const o = await startOffice();
    const before = tableChecksums(o.dataDir);
    const attempts: [FakeCaller, number, ErrorCode][] = [
      [o.clerk, o.clerkId, 'FORBIDDEN'],
      [o.clerk, 999, 'BAD_INPUT'],
      [o.manager, o.wangId, 'FORBIDDEN'],
      [o.li, o.wangId, 'FORBIDDEN'],
    ];
    for (const [caller, authorId, code] of attempts) {
      const result = await callRaw(o.core, caller, 'reports.saveDraft', {
        formCode: 'F01',
        periodKey: DAY,
        authorId,
        data: visitDay(),
        expectedVersion: null,
      });
      expectError(result, code);
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('hides a rep’s own draft from the clerk until it is submitted', async () => {
    const o = await startOffice();
    const draft = await saveDraft(o.core, o.wang);
    expectError(await call(o.core, o.clerk, 'reports.get', { id: draft.id }), 'NOT_FOUND');
    expect(
      expectOk(
        await call(o.core, o.clerk, 'reports.find', { formCode: 'F01', periodKey: DAY, authorId: o.wangId }),
      ),
    ).toBeNull();
    expectError(await call(o.core, o.clerk, 'documents.generate', { reportId: draft.id }), 'NOT_FOUND');
    expect(expectOk(await call(o.core, o.clerk, 'reports.list', {}))).toEqual([]);

    expectOk(await call(o.core, o.wang, 'reports.submit', { id: draft.id, expectedVersion: draft.version }));
    const list = expectOk(await call(o.core, o.clerk, 'reports.list', {}));
    expect(list.map((r) => [r.id, r.status])).toEqual([[draft.id, 'submitted']]);
  });

  // saveDraft must check canRead too, or a clerk could replace a rep's own draft
  // that the clerk is not allowed to see.
  it('does not let a clerk overwrite a rep’s own draft the clerk cannot see', async () => {
    const o = await startOffice();
    const draft = await saveDraft(o.core, o.wang);
    const before = tableChecksums(o.dataDir);
    const result = await call(o.core, o.clerk, 'reports.saveDraft', {
      formCode: 'F01',
      periodKey: DAY,
      authorId: o.wangId,
      data: { plannedVisits: 0, actualVisits: 0, visits: [], summary: '' },
      expectedVersion: draft.version,
    });
    expectRefused(result);
    expect(tableChecksums(o.dataDir)).toEqual(before);
    const wangView = expectOk(await call(o.core, o.wang, 'reports.get', { id: draft.id }));
    expect(wangView.data).toEqual(visitDay());
  });
});

describe('documents.generate', () => {
  it('makes a Word file that only the session that asked for it can fetch', async () => {
    const o = await startOffice();
    const submitted = await submitDay(o.core, o.wang);
    const { fileId, fileName } = expectOk(
      await call(o.core, o.wang, 'documents.generate', { reportId: submitted.id }),
    );
    expect(fileName).toBe('F01-走访表-王芳-2026-11-26.docx');

    const file = o.core.getFile(fileId, o.wang.sessionToken);
    expect(file).toMatchObject({ id: fileId, fileName, mime: expect.stringContaining('wordprocessingml') });
    const bytes = readFileSync(file!.path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);

    expect(o.core.getFile(fileId, o.li.sessionToken)).toBeNull();
    expect(o.core.getFile(fileId, o.manager.sessionToken)).toBeNull();
    expect(o.core.getFile(fileId, null)).toBeNull();
    expect(o.core.getFile('00000000-0000-4000-8000-000000000000', o.wang.sessionToken)).toBeNull();

    // The manager makes their own copy; an hour later the first link has expired.
    const managerFile = expectOk(
      await call(o.core, o.manager, 'documents.generate', { reportId: submitted.id }),
    );
    expect(o.core.getFile(managerFile.fileId, o.manager.sessionToken)).not.toBeNull();
    o.clock.advance(61 * MINUTE);
    expect(o.core.getFile(fileId, o.wang.sessionToken)).toBeNull();
  });
});
