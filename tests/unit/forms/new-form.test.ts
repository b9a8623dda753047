import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { FORM_CODES, getForm } from '../../../src-shared/domain/forms';
import { PrintPreview } from '../../../src-renderer/features/documents/PrintPreview';
import { call, expectError, expectOk, startOffice } from '../../helpers/core-harness';
import { openDocx, paragraphs } from '../print/docx-text';

// The one line a new form adds outside its own file: its entry in the forms' registry.
vi.mock('../../../src-shared/domain/forms/registry', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src-shared/domain/forms/registry')>();
  const { F99 } = await import('../../fixtures/forms/f99-throwaway');
  return { FORM_LIST: [...original.FORM_LIST, F99] };
});

// A code the contract's types do not know, as a form added after this build's types were written.
const F99 = 'F99' as 'F01';
const WEEK = '2026-W48';
const STOCK = { warehouse: '杭州一号仓', cartons: 420, batches: [{ batch: 'HZ2611-07', count: 120 }] };

describe('a form declared in one file', () => {
  it('joins the registry and the API as any other form', () => {
    expect(FORM_CODES).toContain('F99');
    expect(getForm(F99).title).toBe('周库存表');
  });

  it('gets validation, a Word document, a print preview and board cells, with no other file touched', async () => {
    const o = await startOffice('2026-11-27T02:00:00.000Z');

    // Validation: refused in Chinese with the field named, and nothing stored.
    const bad = expectError(
      await call(o.core, o.wang, 'reports.saveDraft', {
        formCode: F99,
        periodKey: WEEK,
        data: { cartons: -3 },
        expectedVersion: null,
      }),
      'BAD_INPUT',
    );
    expect(bad.fields).toHaveProperty('cartons');
    expect(bad.message).toMatch(/[\u4e00-\u9fff]/);
    const draft = expectOk(
      await call(o.core, o.wang, 'reports.saveDraft', {
        formCode: F99,
        periodKey: WEEK,
        data: { warehouse: '杭州一号仓' },
        expectedVersion: null,
      }),
    );
    // Submission asks for every required field.
    const incomplete = expectError(
      await call(o.core, o.wang, 'reports.submit', { id: draft.id, expectedVersion: draft.version }),
      'BAD_INPUT',
    );
    expect(Object.keys(incomplete.fields ?? {})).toContain('cartons');
    const saved = expectOk(
      await call(o.core, o.wang, 'reports.saveDraft', {
        formCode: F99,
        periodKey: WEEK,
        data: STOCK,
        expectedVersion: draft.version,
      }),
    );
    const submitted = expectOk(
      await call(o.core, o.wang, 'reports.submit', { id: saved.id, expectedVersion: saved.version }),
    );
    // Its deadline comes from its declared route: Sunday 24:00 of the week, office time.
    expect(submitted).toMatchObject({ status: 'submitted', dueAt: '2026-11-29T16:00:00.000Z', onTime: true });

    // The Word document prints its title, labels and values.
    const doc = expectOk(await call(o.core, o.wang, 'documents.generate', { reportId: saved.id }));
    const text = paragraphs(
      openDocx(readFileSync(o.core.getFile(doc.fileId, o.wang.sessionToken)!.path)).document,
    );
    for (const s of [
      '周库存表',
      '仓库',
      '杭州一号仓',
      '库存箱数',
      '420',
      '批号明细',
      'HZ2611-07',
      '区域经理意见',
    ]) {
      expect(text.join('|')).toContain(s);
    }

    // The print preview is drawn from the same model.
    const model = expectOk(
      await call(o.core, o.wang, 'documents.preview', { reportId: saved.id }),
    ) as DocModel;
    const html = renderToStaticMarkup(createElement(PrintPreview, { model }));
    const shown = html.replace(/<[^>]+>/g, '');
    for (const s of ['周库存表', '杭州一号仓', 'HZ2611-07', '表号 F99']) expect(shown).toContain(s);

    // The board shows a cell per rep and week: handed in for 王芳, still open for 李军.
    const board = expectOk(
      await call(o.core, o.manager, 'board.get', { from: '2026-11-23', to: '2026-11-29', formCode: F99 }),
    );
    expect(board.cells.map((c) => [c.authorId, c.periodKey, c.state]).sort()).toEqual(
      [
        [o.wangId, WEEK, 'submitted'],
        [o.liId, WEEK, 'notStarted'],
      ].sort(),
    );
    // Without a form filter it is one of the calendar's forms.
    const all = expectOk(
      await call(o.core, o.manager, 'board.get', { from: '2026-11-23', to: '2026-11-29' }),
    );
    expect(all.cells.filter((c) => c.formCode === F99)).toHaveLength(2);
  });
});
