import { describe, expect, it } from 'vitest';
import { diffFormData, F01, getForm } from '../../../src-shared/domain/forms';
import { f01Data } from '../documents/f01-fixture';

describe('diffFormData', () => {
  it('names each changed field and table cell with its old and new value, and nothing else', () => {
    const before = f01Data();
    const visits = (before.visits as Record<string, unknown>[]).map((v) => ({ ...v }));
    visits[1]!.result = '约定周五前回款两万元,由财务刘会计确认';
    const after = { ...before, visits, summary: '改过的小结' };
    const changes = diffFormData(F01, before, after);
    expect(changes.map((c) => c.label)).toEqual(['当日工作小结', '拜访记录 第2行 · 洽谈内容及结果']);
    expect(changes[1]).toMatchObject({ after: '约定周五前回款两万元,由财务刘会计确认' });
  });

  it('reports added rows and formats numbers as on paper', () => {
    const f04 = getForm('F04');
    const changes = diffFormData(f04, { salesTarget: 1000 }, { salesTarget: 1250.5 });
    expect(changes).toContainEqual({ label: '销售目标', before: '1,000元', after: '1,250.50元' });
    const rows = diffFormData(F01, { visits: [] }, { visits: [{ customerName: '金陵大药房' }] });
    expect(rows[0]).toEqual({ label: '拜访记录行数', before: '0', after: '1' });
    expect(rows.some((c) => c.after === '金陵大药房')).toBe(true);
  });

  it('finds no change between identical versions', () => {
    expect(diffFormData(F01, f01Data(), f01Data())).toEqual([]);
  });
});
