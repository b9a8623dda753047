import { expect } from 'vitest';
import type { ReportDetail, ReportSummary } from '../../../src-shared/contract';
import { call, expectError, expectOk, startOffice, tableChecksums } from '../../helpers/core-harness';
import { CASE_START, type FormCase } from './form-cases';
import { idOf, save, submit, travel } from './office';

const keysOf = (rows: ReportSummary[]) => [...new Set(rows.map((r) => r.periodKey))].sort();

/** Files one form from end to end through dispatch, as its authors and the manager would. */
export async function runFormCase(c: FormCase): Promise<void> {
  const o = await startOffice(CASE_START);
  const sample = c.sample(o);
  const first = c.filings[0]!;

  // Someone who does not write the form is told who does; keys of another kind of period are refused.
  const before = tableChecksums(o.dataDir);
  const refused = await call(o.core, o[c.refused.who], 'reports.saveDraft', {
    formCode: c.code,
    periodKey: first.periodKey,
    data: sample,
    expectedVersion: null,
  });
  expect(expectError(refused, 'FORBIDDEN').message).toBe(c.refused.message);
  for (const periodKey of c.badKeys) {
    const bad = await call(o.core, o[first.who], 'reports.saveDraft', {
      formCode: c.code,
      periodKey,
      data: sample,
      expectedVersion: null,
    });
    const error = expectError(bad, 'BAD_INPUT');
    expect(error.message, periodKey).toContain('无效');
    expect(Object.keys(error.fields ?? {}), periodKey).toEqual(['periodKey']);
  }
  expect(tableChecksums(o.dataDir)).toEqual(before);

  // The right authors save drafts, which already know their due moment.
  const drafts: ReportDetail[] = [];
  for (const f of c.filings) {
    const data = { ...sample, ...f.change };
    const draft = await save(o, o[f.who], c.code, f.periodKey, data);
    expect(draft, `${f.who} ${f.periodKey}`).toMatchObject({
      formCode: c.code,
      periodKey: f.periodKey,
      status: 'draft',
      version: 1,
      author: { id: idOf(o, f.who) },
      dueAt: f.dueAt,
      submittedAt: null,
      onTime: null,
    });
    expect(draft.data).toEqual(data);
    drafts.push(draft);
  }

  // Each is handed in at its own moment, on time up to the due instant and late after it.
  const submitted: number[] = [];
  for (const [i, f] of c.filings.entries()) {
    await travel(o, f.at, f.who);
    const done = await submit(o, o[f.who], drafts[i]!);
    expect(done, `${f.who} ${f.periodKey} at ${f.at}`).toMatchObject({
      status: 'submitted',
      submittedAt: f.at,
      dueAt: f.dueAt,
      onTime: f.onTime,
    });
    submitted.push(done.id);
  }

  // The manager finds them by the days their periods cover and by words inside them.
  await travel(o, o.clock.now().toISOString(), 'manager');
  const list = async (input: { from?: string; to?: string; text?: string }) =>
    expectOk(await call(o.core, o.manager, 'reports.list', { formCode: c.code, ...input }));
  expect(keysOf(await list({ from: c.overlap.from, to: c.overlap.to }))).toEqual([...c.overlap.keys].sort());
  expect(await list({ from: c.apart.from, to: c.apart.to })).toEqual([]);
  const found = await list({ text: c.word });
  expect(found.map((r) => r.id).sort((a, b) => a - b)).toEqual(submitted.sort((a, b) => a - b));
  expect(await list({ text: '这句话不在任何报表里' })).toEqual([]);
}
