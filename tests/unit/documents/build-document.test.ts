import { describe, it, expect } from 'vitest';
import { BLANK_TABLE_ROWS, buildDocument, documentText } from '../../../src-shared/documents/build-document';
import type { DocBlock, DocMeta } from '../../../src-shared/documents/doc-model';
import { F01, formTables, headerFields } from '../../../src-shared/domain/forms';
import { f01Data, f01Meta } from './f01-fixture';

type Kind = DocBlock['kind'];
function blocksOf<K extends Kind>(blocks: DocBlock[], kind: K): Extract<DocBlock, { kind: K }>[] {
  return blocks.filter((b): b is Extract<DocBlock, { kind: K }> => b.kind === kind);
}

describe('buildDocument (F01)', () => {
  const model = buildDocument(F01, f01Data(), f01Meta());
  const text = documentText(model);

  it('lays out the blocks in paper order', () => {
    expect(model.blocks.map((b) => b.kind)).toEqual(['fieldGrid', 'table', 'text', 'text', 'signatures']);
    const texts = blocksOf(model.blocks, 'text');
    expect(texts.map((t) => t.label)).toEqual(['当日工作小结', '区域经理审核意见']);
    expect(model.orientation).toBe('landscape');
    expect(model.title).toBe('走访表');
    expect(model.code).toBe('F01');
    expect(model.deadlineText).toBe(F01.deadlineText);
  });

  it('heads every page with company, form, code, region, office and fax', () => {
    expect(model.header.left).toBe('恒润电器股份有限公司  走访表(F01)');
    expect(model.header.right).toBe('华东区域 · 南京办事处  传真 025-8471 2236');
  });

  it('puts the author facts and header fields in the grid, integers as text', () => {
    const [grid] = blocksOf(model.blocks, 'fieldGrid');
    const cells = Object.fromEntries(grid!.cells.map((c) => [c.label, c.value]));
    expect(cells).toEqual({
      日期: '2026年11月26日(星期四)',
      姓名: '李明',
      区域: '华东',
      状态: '已提交',
      计划拜访数: '5',
      实际拜访数: '3',
    });
    // Every row of the grid is full: spans add up to the column count.
    const used = grid!.cells.reduce((n, c) => n + (c.span ?? 1), 0);
    expect(used % grid!.columns).toBe(0);
  });

  it('prints zero as 0 and a missing number as blank', () => {
    const m = buildDocument(F01, { ...f01Data(), plannedVisits: 0, actualVisits: null }, f01Meta());
    const cells = Object.fromEntries(
      blocksOf(m.blocks, 'fieldGrid')[0]!.cells.map((c) => [c.label, c.value]),
    );
    expect(cells['计划拜访数']).toBe('0');
    expect(cells['实际拜访数']).toBe('');
  });

  it('stacks the fields of each paper column as lines of one cell', () => {
    const [table] = blocksOf(model.blocks, 'table');
    expect(table!.title).toBe('拜访记录');
    expect(table!.columns.map((c) => c.label)).toEqual(formTables(F01)[0]!.paper.map((p) => p.label));
    expect(table!.rows).toHaveLength(3);
    const first = table!.rows[0]!;
    expect(first[0]).toEqual(['08:30', '09:40']);
    expect(first[1]).toEqual(['南京苏宁易家电器连锁有限公司', '连锁卖场']);
    expect(first[3]).toEqual(['现场', '订单跟进']);
    // A multi-line answer keeps its lines.
    expect(first[4]).toEqual(['确认12月备货订单:净水器K5型320台、K7型150台。', '对账后同意本月回款18万元。']);
    // An empty optional date keeps its line, so stacked values stay under their own label.
    expect(table!.rows[2]![7]).toEqual(['申请配件包20套寄至门店。', '']);
  });

  it('prints blank ruled rows for an empty table, one line per stacked field', () => {
    const m = buildDocument(F01, {}, f01Meta());
    const [table] = blocksOf(m.blocks, 'table');
    expect(table!.rows).toHaveLength(BLANK_TABLE_ROWS);
    const paper = formTables(F01)[0]!.paper;
    for (const row of table!.rows) {
      expect(row.map((c) => c.length)).toEqual(paper.map((p) => p.keys.length));
      expect(row.flat().every((line) => line === '')).toBe(true);
    }
  });

  it('leaves signature lines blank for ink, each with a date', () => {
    const [sig] = blocksOf(model.blocks, 'signatures');
    expect(sig!.items).toEqual([
      { label: '营销代表签字', value: '' },
      { label: '日期', value: '' },
      { label: '区域经理签字', value: '' },
      { label: '日期', value: '' },
    ]);
  });

  it('carries the review comment and reviewer into the review box', () => {
    const review = blocksOf(model.blocks, 'text')[1]!;
    expect(review.value).toBe('同意。账期延长事项另行报批。\n(审核:张伟 2026-11-28)');
    const unreviewed = buildDocument(F01, f01Data(), {
      ...f01Meta(),
      reviewComment: undefined,
      reviewerName: undefined,
      reviewedAt: undefined,
    });
    expect(blocksOf(unreviewed.blocks, 'text')[1]!.value).toBe('');
  });

  it('notes the clerk who entered the form, the deadline and the print time in the footer', () => {
    expect(model.footerNote).toContain('内勤 王丽 代录');
    expect(model.footerNote).toContain(F01.deadlineText);
    expect(model.footerNote).toContain('2026-11-28 09:15');
    const own: DocMeta = { ...f01Meta(), enteredByName: undefined };
    expect(buildDocument(F01, f01Data(), own).footerNote).not.toContain('代录');
  });

  it('prints every table field under some paper column', () => {
    const table = formTables(F01)[0]!;
    const printed = new Set(table.paper.flatMap((p) => p.keys));
    expect(table.columns.filter((c) => !printed.has(c.key)).map((c) => c.label)).toEqual([]);
  });

  it('lists every label of the form in the document text', () => {
    const table = formTables(F01)[0]!;
    // Table fields print under their paper column's label (开始时间 and 结束时间 share 时间).
    const labels = [
      ...headerFields(F01).map((f) => f.label),
      ...table.paper.map((p) => p.label),
      ...table.paper.flatMap((p) => p.label.split(' / ')),
      table.label,
      F01.reviewLabel,
      ...F01.signatures,
      '日期',
      '姓名',
      '区域',
      '状态',
    ];
    const joined = text.join('\n');
    for (const label of labels) expect(joined, label).toContain(label);
  });

  it('lists every entered value in the document text', () => {
    const data = f01Data();
    const values = [
      ...(data.visits as Record<string, string>[]).flatMap((v) => Object.values(v)),
      String(data.plannedVisits),
      String(data.actualVisits),
      data.summary as string,
      '同意。账期延长事项另行报批。',
    ]
      .flatMap((v) => v.split('\n'))
      .filter((v) => v !== '');
    for (const value of values) expect(text, value).toContain(value);
  });

  it('keeps blanks out of the text list and reads header first, footer last', () => {
    expect(text.every((s) => s.trim() !== '')).toBe(true);
    expect(text.slice(0, 5)).toEqual([
      model.header.left,
      model.header.right,
      '走访表',
      'F01',
      F01.deadlineText,
    ]);
    expect(text.at(-1)).toBe(model.footerNote);
  });

  it('widens a grid value too long for its pair instead of letting it wrap', () => {
    const portrait = { ...F01, orientation: 'portrait' as const };
    const m = buildDocument(portrait, f01Data(), {
      ...f01Meta(),
      periodLabel: '2026年11月26日(星期四)至11月27日',
    });
    const grid = blocksOf(m.blocks, 'fieldGrid')[0]!;
    expect(grid.columns).toBe(2);
    expect(grid.cells[0]).toMatchObject({ label: '日期', span: 2 });
    expect(grid.cells.reduce((n, c) => n + (c.span ?? 1), 0) % grid.columns).toBe(0);
  });
});
