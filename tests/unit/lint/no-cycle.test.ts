import { describe, expect, it } from 'vitest';
import { lintFiles } from './run-eslint';

describe('import cycles', () => {
  it('refuses a two-file cycle', async () => {
    const results = await lintFiles([
      'tests/fixtures/lint/cycle/alpha.ts',
      'tests/fixtures/lint/cycle/beta.ts',
    ]);
    for (const messages of Object.values(results)) {
      expect(messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
    }
  });

  it('accepts a cycle closed only by a type-only import', async () => {
    const results = await lintFiles([
      'tests/fixtures/lint/type-only/model.ts',
      'tests/fixtures/lint/type-only/describe.ts',
    ]);
    expect(Object.keys(results)).toHaveLength(2);
    for (const messages of Object.values(results)) expect(messages).toEqual([]);
  });
});
