import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FuzzInstallation, fuzzMethod, METHODS, openInstallation } from './contract-fuzz';

// Replay a failure with FUZZ_SEED=<seed> npx vitest run tests/unit/fuzz
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const PAYLOADS = 500;

describe(`every method of the contract at head office, ${PAYLOADS} hostile payloads each (seed ${SEED})`, () => {
  let headOffice: FuzzInstallation;
  beforeAll(async () => {
    headOffice = await openInstallation('headOffice');
  });
  afterAll(() => headOffice.close());

  it.each(METHODS)('%s answers typed errors and changes nothing', async (method) => {
    const report = await fuzzMethod(headOffice, method, PAYLOADS, SEED);
    expect(report.payloads).toBe(PAYLOADS);
    expect(report.problems).toEqual([]);
    expect(report.changedTables).toEqual([]);
  });
});
