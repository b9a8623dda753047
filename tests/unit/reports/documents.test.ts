import { describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../src-shared/contract';
import { call, expectError, expectOk, startOffice } from '../../helpers/core-harness';
import { f04Sample } from '../../fixtures/forms/f04-sample';
import { f06Sample } from '../../fixtures/forms/f06-sample';
import { visitDay } from '../core/f01-fixtures';
import { file, save, wordParagraphs } from './office';

/** Every value a document model prints, one string per cell, box or line. */
function printed(model: OutputOf<'documents.preview'>): string[] {
  return model.blocks.flatMap((b) => {
    switch (b.kind) {
      case 'fieldGrid':
        return b.cells.map((c) => c.value);
      case 'table':
        return b.rows.flat(2);
      case 'text':
        return [b.value];
      default:
        return b.items.map((i) => i.value);
    }
  });
}

const FAX = { to: '销售部 刘经理', toFax: '0571-87654321', subject: '11月报表补传' };

describe('documents', () => {
  it('previews a report with the values that were entered', async () => {
    const o = await startOffice();
    const month = await file(o, o.wang, 'F04', '2026-11', f04Sample());
    const model = expectOk(await call(o.core, o.wang, 'documents.preview', { reportId: month.id }));
    expect(model).toMatchObject({ title: '月工作总结', code: 'F04' });
    const values = printed(model);
    expect(values).toEqual(
      expect.arrayContaining(['王芳', '2026年11月', '已提交', '2,286,500元', '95.3%', '128']),
    );
    expect(values).toContain(f04Sample().keyWork);
    expect(values).toContain(f04Sample().support);

    const matter = await save(o, o.li, 'F06', '2026-11-26.1', f06Sample());
    const draft = expectOk(await call(o.core, o.li, 'documents.preview', { reportId: matter.id }));
    expect(printed(draft)).toEqual(
      expect.arrayContaining([f06Sample().subject, f06Sample().request, '草稿']),
    );
    // The manager prints anyone's; a colleague, or the clerk before it is handed in, finds nothing.
    expectOk(await call(o.core, o.manager, 'documents.preview', { reportId: matter.id }));
    expectError(await call(o.core, o.wang, 'documents.preview', { reportId: matter.id }), 'NOT_FOUND');
    expectError(await call(o.core, o.clerk, 'documents.preview', { reportId: matter.id }), 'NOT_FOUND');
    expectError(await call(o.core, o.li, 'documents.preview', { reportId: month.id }), 'NOT_FOUND');
  });

  it('bundles a month of 走访表 with a cover, each day a section of its own', async () => {
    const o = await startOffice();
    await file(o, o.wang, 'F01', '2026-11-02', visitDay());
    await file(o, o.wang, 'F01', '2026-11-03', visitDay());
    await save(o, o.wang, 'F01', '2026-11-26', visitDay());
    await save(o, o.wang, 'F01', '2026-12-01', visitDay());
    await save(o, o.wang, 'F01', '2026-10-30', visitDay());
    await file(o, o.li, 'F01', '2026-11-05', visitDay());

    const month = { authorId: o.wangId, month: '2026-11' };
    const mine = expectOk(await call(o.core, o.wang, 'documents.monthBook', month));
    expect(mine.fileName).toBe('F01-走访表-王芳-2026-11-月汇总.docx');
    const doc = wordParagraphs(o, o.wang, mine.fileId);
    expect(doc.xml.match(/<w:sectPr/g)).toHaveLength(4);
    expect(doc.text.find((p) => p.trim())).toBe('走访表月汇总');
    for (const day of ['2026年11月2日(星期一)', '2026年11月3日(星期二)', '2026年11月26日(星期四)']) {
      expect(doc.text).toContain(day);
    }
    expect(doc.text).not.toContain('2026年12月1日(星期二)');

    // The clerk sees only the days handed in; a colleague sees none of them.
    const clerk = expectOk(await call(o.core, o.clerk, 'documents.monthBook', month));
    expect(wordParagraphs(o, o.clerk, clerk.fileId).xml.match(/<w:sectPr/g)).toHaveLength(3);
    const peek = await call(o.core, o.li, 'documents.monthBook', month);
    expect(expectError(peek, 'NOT_FOUND').message).toContain('没有可打印的走访表');
    const empty = await call(o.core, o.wang, 'documents.monthBook', { ...month, month: '2026-09' });
    expectError(empty, 'NOT_FOUND');
  });

  it('sends a fax pack that opens with the cover and carries every report', async () => {
    const o = await startOffice();
    const day = await file(o, o.wang, 'F01', '2026-11-26', visitDay());
    const month = await file(o, o.wang, 'F04', '2026-11', f04Sample());
    const pack = expectOk(
      await call(o.core, o.wang, 'documents.faxPack', { reportIds: [day.id, month.id], ...FAX }),
    );
    expect(pack.fileName).toBe('传真-销售部 刘经理-2026-11-26.docx');
    const doc = wordParagraphs(o, o.wang, pack.fileId);
    const text = doc.text.filter((p) => p.trim());
    expect(text.slice(0, 5)).toEqual(['传真封面', '收件方', FAX.to, '传真号', FAX.toFax]);
    expect(text).toContain(FAX.subject);
    expect(text).toEqual(
      expect.arrayContaining(['F01-走访表-王芳-2026-11-26', 'F04-月工作总结-王芳-2026-11']),
    );
    const at = (p: string) => text.indexOf(p);
    expect(at('走访表')).toBeGreaterThan(at(FAX.toFax));
    expect(at('月工作总结')).toBeGreaterThan(at('走访表'));
    expect(text).toContain('杭州市第一人民医院');
    expect(text.join('\n')).toContain('华润万家新街口店陈列整改');
    expect(doc.xml.match(/<w:sectPr/g)).toHaveLength(3);

    // Nobody faxes a colleague's report; the whole pack is refused.
    const other = { reportIds: [month.id], ...FAX };
    expectError(await call(o.core, o.li, 'documents.faxPack', other), 'NOT_FOUND');
    const mixed = await file(o, o.li, 'F04', '2026-11', f04Sample());
    expectError(
      await call(o.core, o.li, 'documents.faxPack', { ...other, reportIds: [mixed.id, month.id] }),
      'NOT_FOUND',
    );
    const noFax = await call(o.core, o.wang, 'documents.faxPack', { ...other, toFax: ' ' });
    expect(expectError(noFax, 'BAD_INPUT').message).toContain('请填写传真号');
  });
});
