import { describe, expect, it } from 'vitest';
import {
  decisionFields,
  F01,
  FORM_CODES,
  FORMS,
  formPrefills,
  formTables,
  getForm,
  headerFields,
  PREFILL_SOURCES,
} from '../../../src-shared/domain/forms';

describe('the form registry', () => {
  it('knows the nine report forms in order, each under its own code', () => {
    expect(FORM_CODES).toEqual(['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09']);
    expect(Object.keys(FORMS)).toEqual([...FORM_CODES]);
    for (const code of FORM_CODES) expect(getForm(code).code).toBe(code);
  });

  it('gives each form the period and authors of the regulation', () => {
    const facts = Object.fromEntries(
      FORM_CODES.map((c) => [c, `${getForm(c).period} ${[...getForm(c).authors].sort().join('+')}`]),
    );
    expect(facts).toEqual({
      F01: 'day manager+rep',
      F02: 'day manager',
      F03: 'week manager+rep',
      F04: 'month manager+rep',
      F05: 'month manager+rep',
      F06: 'event manager+rep',
      F07: 'event manager+rep',
      F08: 'quarter manager',
      F09: 'quarter manager',
    });
  });

  it('prints a deadline on every form and lays F01 landscape, the rest portrait', () => {
    for (const code of FORM_CODES) {
      expect(getForm(code).deadlineText.length, code).toBeGreaterThan(5);
      expect(getForm(code).orientation, code).toBe(code === 'F01' ? 'landscape' : 'portrait');
    }
    expect(getForm('F04').deadlineText).toBe('营销代表次月3日前交区域经理;区域经理次月5日前报销售部');
  });
});

describe.each(FORM_CODES.map((c) => [c, getForm(c)] as const))('%s declaration', (_code, form) => {
  it('uses each key once per record', () => {
    const keys = headerFields(form).flatMap((f) => [f.key, ...(f.nameKey ? [f.nameKey] : [])]);
    keys.push(...formTables(form).map((t) => t.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of formTables(form)) {
      const cols = t.columns.map((c) => c.key);
      expect(new Set(cols).size, t.key).toBe(cols.length);
    }
  });

  it('prints every table column under a paper column, widths adding up to 100', () => {
    for (const t of formTables(form)) {
      expect(
        t.paper.reduce((n, p) => n + p.width, 0),
        t.key,
      ).toBe(100);
      const printed = new Set(t.paper.flatMap((p) => p.keys));
      expect(t.columns.filter((c) => !printed.has(c.key)).map((c) => c.key)).toEqual([]);
      for (const k of printed)
        expect(
          t.columns.some((c) => c.key === k),
          k,
        ).toBe(true);
    }
  });

  it('declares options for choices, inputs for computations, names for people', () => {
    const records = [headerFields(form), ...formTables(form).map((t) => [...t.columns])];
    for (const fields of records) {
      const keys = new Set(fields.map((f) => f.key));
      for (const f of fields) {
        if (f.type === 'choice' || f.type === 'select') expect(f.options?.length, f.key).toBeGreaterThan(1);
        if (f.type === 'person') expect(f.nameKey, f.key).toBeTruthy();
        const c = f.compute;
        if (c?.kind === 'sum') for (const k of c.of) expect(keys.has(k), `${f.key} ← ${k}`).toBe(true);
        if (c?.kind === 'ratio') expect(keys.has(c.num) && keys.has(c.den), f.key).toBe(true);
        if (c?.kind === 'columnSum') {
          const table = formTables(form).find((t) => t.key === c.table);
          expect(
            table?.columns.some((col) => col.key === c.column),
            f.key,
          ).toBe(true);
        }
        if (c) expect(f.required, `${f.key} is derived, never required`).toBeFalsy();
      }
    }
  });
});

describe('keys other parts of the app rely on', () => {
  it('keeps F01 as it was', () => {
    expect(headerFields(F01).map((f) => f.key)).toEqual(['plannedVisits', 'actualVisits', 'summary']);
    expect(formTables(F01).map((t) => t.key)).toEqual(['visits']);
    expect(formPrefills(F01)).toEqual([]);
  });

  it('names the pre-filled values after the server sources', () => {
    const all = FORM_CODES.flatMap((c) => formPrefills(getForm(c)).map((p) => `${c}.${p.key}=${p.source}`));
    expect(all).toEqual([
      'F03.salesTarget=weekSalesTarget',
      'F03.collectionTarget=weekCollectionTarget',
      'F03.visitCount=weekVisitCount',
      'F03.newCustomerCount=weekNewCustomerCount',
      'F04.salesTarget=monthSalesTarget',
      'F04.collectionTarget=monthCollectionTarget',
      'F04.visitCount=monthVisitCount',
      'F04.jointVisitCount=monthJointVisitCount',
      'F08.monthlySales=quarterMonthlySales',
      'F09.salesTarget=quarterSalesTarget',
      'F09.salesActual=quarterSalesActual',
      'F09.team=quarterCoaching',
    ]);
    for (const c of FORM_CODES)
      for (const p of formPrefills(getForm(c))) expect(PREFILL_SOURCES).toContain(p.source);
  });

  it('gives F02 a rep by id and name, and a customer by name and id', () => {
    const rep = headerFields(getForm('F02')).find((f) => f.key === 'repId')!;
    expect(rep).toMatchObject({ type: 'person', nameKey: 'repName', label: '营销代表', required: true });
    const customer = headerFields(getForm('F02')).find((f) => f.key === 'customerName')!;
    expect(customer).toMatchObject({ type: 'customer', label: '客户' });
  });

  it('gives F06 its urgency, time of the event and a three-part decision, 批复意见 first', () => {
    const fields = headerFields(getForm('F06'));
    expect(fields.find((f) => f.key === 'urgency')).toMatchObject({
      type: 'choice',
      options: ['一般', '紧急', '特急'],
    });
    expect(fields.find((f) => f.key === 'occurredAt')).toMatchObject({ type: 'datetime', label: '发生时间' });
    expect(fields.find((f) => f.key === 'oralReportAt')).toMatchObject({ type: 'datetime' });
    expect(decisionFields(getForm('F06')).map((f) => `${f.key}:${f.label}`)).toEqual([
      'decisionText:批复意见',
      'decidedBy:批复人',
      'decidedOn:批复日期',
    ]);
    for (const code of FORM_CODES) if (code !== 'F06') expect(decisionFields(getForm(code))).toEqual([]);
  });

  it('gives F07 the day the information came in', () => {
    expect(headerFields(getForm('F07')).find((f) => f.key === 'obtainedOn')).toMatchObject({
      type: 'date',
      label: '获取日期',
    });
  });
});
