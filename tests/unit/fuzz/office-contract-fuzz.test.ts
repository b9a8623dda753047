import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FuzzInstallation, fuzzMethod, METHODS, openInstallation } from './contract-fuzz';

// Printed so a failure can be replayed: FUZZ_SEED=<seed> npx vitest run tests/unit/fuzz
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const PAYLOADS = 500;

describe(`every method of the contract in a regional office, ${PAYLOADS} hostile payloads each (seed ${SEED})`, () => {
  let office: FuzzInstallation;
  beforeAll(async () => {
    office = await openInstallation('office');
  });
  afterAll(() => office.close());

  it.each(METHODS)('%s answers typed errors and changes nothing', async (method) => {
    const report = await fuzzMethod(office, method, PAYLOADS, SEED);
    expect(report.payloads).toBe(PAYLOADS);
    expect(report.problems).toEqual([]);
    expect(report.changedTables).toEqual([]);
  });
});
