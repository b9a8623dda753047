import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../../src-shared/contract';
import { callRaw, startOffice, tableChecksums } from '../../helpers/core-harness';

/** Inputs no method accepts: wrong shapes, wrong types, unknown keys and oversized text. */
const BAD_INPUTS: unknown[] = [
  'text',
  42,
  [],
  { unexpected: true },
  { id: 'one', formCode: 'F99', periodKey: 'x'.repeat(10_000), from: '2026-13-45', limit: -1 },
];

describe('bad input to any method', () => {
  it('gets BAD_INPUT with a Chinese message and leaves every table as it was', async () => {
    const o = await startOffice();
    const before = tableChecksums(o.dataDir);
    const methods = Object.keys(contract) as MethodName[];
    for (const method of methods) {
      for (const input of BAD_INPUTS) {
        const result = await callRaw(o.core, o.manager, method, input);
        expect(result.ok, `${method} accepted ${JSON.stringify(input).slice(0, 60)}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code, method).toBe('BAD_INPUT');
          expect(result.error.message, method).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });
});
