import { describe, expect, it } from 'vitest';
import { buildDocument, fieldText } from '../../../src-shared/documents/build-document';
import type { DocBlock } from '../../../src-shared/documents/doc-model';
import {
  choiceLine,
  computeValue,
  F02,
  F04,
  F08,
  type FieldDef,
  formatFieldValue,
  formatNumber,
  getForm,
  headerFields,
  normalizeDateTime,
  withComputed,
} from '../../../src-shared/domain/forms';
import { f02Meta, f02Sample } from '../../fixtures/forms/f02-sample';
import { f04Sample } from '../../fixtures/forms/f04-sample';
import { f08Meta, f08Sample } from '../../fixtures/forms/f08-sample';

const cells = (blocks: DocBlock[]) =>
  Object.fromEntries(
    blocks.flatMap((b) => (b.kind === 'fieldGrid' ? b.cells.map((c) => [c.label, c.value]) : [])),
  );

describe('computed values', () => {
  it('adds the eight scores of a joint visit into 总分', () => {
    const data = { ...f02Sample(), totalScore: undefined };
    expect(withComputed(F02, data).totalScore).toBe(32);
    expect(withComputed(F02, { ...data, scoreNeeds: 5 }).totalScore).toBe(34);
    // Scores not given yet do not count; none at all leaves the total empty.
    expect(withComputed(F02, { scorePreparation: 4, scoreOpening: null }).totalScore).toBe(4);
    expect(withComputed(F02, {}).totalScore).toBeNull();
  });

  it('gives 达成率 as a percentage with one decimal, empty without a target', () => {
    const sample = f04Sample();
    expect(withComputed(F04, sample)).toMatchObject({ salesRate: 95.3, collectionRate: 107 });
    expect(withComputed(F04, { ...sample, salesTarget: 0 }).salesRate).toBeNull();
    expect(withComputed(F04, { ...sample, salesTarget: null }).salesRate).toBeNull();
    expect(computeValue({ kind: 'ratio', num: 'a', den: 'b' }, { a: 1, b: 3 })).toBe(33.3);
  });

  it('totals a table column and takes the ratio of the totals, rows first', () => {
    const data = f08Sample();
    const rows = (data.monthlySales as Record<string, unknown>[]).map(({ rate: _rate, ...r }) => r);
    const out = withComputed(F08, { ...data, monthlySales: rows, quarterTarget: 1, quarterRate: 1 });
    expect((out.monthlySales as { rate: number }[]).map((r) => r.rate)).toEqual([98, 105, 91.5]);
    expect(out).toMatchObject({ quarterTarget: 7000000, quarterActual: 6859000, quarterRate: 98 });
  });

  it('prints what the inputs say even when a stale value was stored', () => {
    const model = buildDocument(F02, { ...f02Sample(), totalScore: 12 }, f02Meta());
    expect(cells(model.blocks)['总分']).toBe('32');
    const f08 = buildDocument(F08, { ...f08Sample(), quarterRate: 50 }, f08Meta());
    expect(cells(f08.blocks)).toMatchObject({
      季度目标: '7,000,000元',
      季度完成: '6,859,000元',
      季度达成率: '98%',
    });
  });
});

describe('paper text of the new field types', () => {
  const money: FieldDef = { key: 'm', label: '金额', type: 'number', unit: '元' };

  it('groups amounts and keeps cents only when there are some', () => {
    expect(fieldText(money, 2286500)).toBe('2,286,500元');
    expect(fieldText(money, 562800.5)).toBe('562,800.50元');
    expect(fieldText(money, 0)).toBe('0元');
    expect(fieldText(money, null)).toBe('');
    expect(formatNumber(1234.567, 2)).toBe('1,234.57');
  });

  it('prints a choice as a line of boxes, the chosen one ticked', () => {
    const kind: FieldDef = { key: 'k', label: '协访类型', type: 'choice', options: ['观察', '示范', '辅导'] };
    expect(fieldText(kind, '示范')).toBe('□观察 ☑示范 □辅导');
    expect(fieldText(kind, '')).toBe('□观察 □示范 □辅导');
    expect(choiceLine(['已核实', '待核实'], '已核实')).toBe('☑已核实 □待核实');
  });

  it('prints a person by the name stored beside the id, scores and times as typed', () => {
    const rep = headerFields(F02).find((f) => f.type === 'person')!;
    expect(fieldText(rep, 7, { repId: 7, repName: '王强' })).toBe('王强');
    expect(fieldText(rep, 7)).toBe('');
    expect(formatFieldValue({ key: 's', label: '拜访准备', type: 'score' }, 4)).toBe('4');
    expect(formatFieldValue({ key: 't', label: '发生时间', type: 'datetime' }, '2026-11-26 10:30')).toBe(
      '2026-11-26 10:30',
    );
  });

  it('breaks a long choice between its options, never inside a word', () => {
    const model = buildDocument(getForm('F07'), { category: '窜货线索' }, f02Meta());
    const value = cells(model.blocks)['信息类别'] as string;
    expect(value.split('\n').length).toBeGreaterThan(1);
    for (const line of value.split('\n')) expect(line).toMatch(/^([□☑][^\s□☑]+ ?)+$/);
    expect(value.replace(/\n/g, ' ')).toBe('□竞品动态 □价格变动 □政策法规 □客户重大变动 ☑窜货线索 □其他');
  });

  it('keeps empty boxes in the blank rows of a table, with room to write', () => {
    const model = buildDocument(getForm('F03'), {}, f02Meta());
    const tasks = model.blocks.find((b) => b.kind === 'table' && b.title === '重点工作');
    if (tasks?.kind !== 'table') throw new Error('no 重点工作 table');
    for (const row of tasks.rows) {
      expect(row[1]!.filter((l) => l !== '')).toEqual(['□计划内', '□计划外']);
      expect(row[0]!.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('labels the period and the author as each form names them', () => {
    const label = (code: 'F02' | 'F03' | 'F04' | 'F06' | 'F08' | 'F09') =>
      Object.keys(cells(buildDocument(getForm(code), {}, f02Meta()).blocks)).slice(0, 2);
    expect(label('F02')).toEqual(['日期', '区域经理']);
    expect(label('F03')).toEqual(['周次', '姓名']);
    expect(label('F04')).toEqual(['月份', '姓名']);
    expect(label('F06')).toEqual(['报告日期', '报告人']);
    expect(label('F08')).toEqual(['季度', '区域经理']);
    expect(label('F09')).toEqual(['季度', '述职人']);
  });
});

describe('normalizeDateTime', () => {
  it('reads common ways of typing a date and time', () => {
    expect(normalizeDateTime('2026/11/26 9:05')).toBe('2026-11-26 09:05');
    expect(normalizeDateTime('2026-11-26T09:05')).toBe('2026-11-26 09:05');
    expect(normalizeDateTime('2026年11月26日 9时05分')).toBe('2026-11-26 09:05');
    expect(normalizeDateTime('昨天上午')).toBe('昨天上午');
  });
});
