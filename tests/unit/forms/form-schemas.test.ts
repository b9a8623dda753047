import { describe, expect, it } from 'vitest';
import {
  F06,
  formDataSchema,
  formDecisionSchema,
  formDraftSchema,
  formTables,
  headerFields,
  withComputed,
} from '../../../src-shared/domain/forms';
import { f06Decision, f06Sample } from '../../fixtures/forms/f06-sample';
import { FORM_CASES } from './form-cases';

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.map(String).join('.'));
}

describe.each(FORM_CASES.map((c) => [c.form.code, c] as const))('%s validation', (_code, c) => {
  it('accepts the complete sample for submission and as a draft', () => {
    const full = formDataSchema(c.form).safeParse(c.sample());
    expect(issuePaths(full)).toEqual([]);
    expect(formDraftSchema(c.form).safeParse(c.sample()).success).toBe(true);
  });

  it('stores computed values that agree with their inputs', () => {
    const sample = c.sample();
    expect(withComputed(c.form, sample)).toEqual(sample);
  });

  it('refuses the incomplete sample at the fields concerned', () => {
    const result = formDataSchema(c.form).safeParse(c.incomplete());
    expect(result.success).toBe(false);
    const paths = issuePaths(result);
    for (const p of c.badPaths) expect(paths, p).toContain(p);
    for (const issue of result.error!.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('saves an unfinished draft, but not a value of the wrong shape', () => {
    const draft = formDraftSchema(c.form);
    expect(draft.safeParse({}).success).toBe(true);
    const required = new Set(
      headerFields(c.form)
        .filter((f) => f.required)
        .map((f) => f.key),
    );
    const unfinished: Record<string, unknown> = Object.fromEntries(
      Object.entries(c.sample()).filter(([k]) => !required.has(k)),
    );
    for (const t of formTables(c.form)) if (t.minRows > 0) unfinished[t.key] = [];
    expect(issuePaths(draft.safeParse(unfinished))).toEqual([]);
    expect(issuePaths(formDataSchema(c.form).safeParse(unfinished)).length).toBeGreaterThan(0);
    const first = headerFields(c.form)[0]!;
    expect(issuePaths(draft.safeParse({ ...c.sample(), [first.key]: { wrong: true } }))).toContain(first.key);
  });
});

describe('F06 decision fields', () => {
  it('lets the author submit without a decision, and takes one when given', () => {
    expect(formDataSchema(F06).safeParse(f06Sample()).success).toBe(true);
    expect(formDataSchema(F06).safeParse({ ...f06Sample(), ...f06Decision() }).success).toBe(true);
  });

  it('checks a decision on its own: all three values, nothing else', () => {
    expect(formDecisionSchema(F06).safeParse(f06Decision()).success).toBe(true);
    const partial = formDecisionSchema(F06).safeParse({ decisionText: '同意', decidedOn: '27日' });
    expect(issuePaths(partial).sort()).toEqual(['decidedBy', 'decidedOn']);
    expect(formDecisionSchema(F06).safeParse({ ...f06Decision(), request: '改' }).success).toBe(false);
  });
});
