import { fuzzMethod, METHODS, openInstallation } from '../tests/unit/fuzz/contract-fuzz';
import type { BenchResult } from './documents.bench';

/**
 * The contract fuzz at bench scale: every method, in a regional office and at head office, takes
 * `payloads` hostile inputs (10,000 by default; FUZZ_PAYLOADS to change, FUZZ_SEED to replay).
 * Any server error or changed table fails the bench after the table is printed.
 */
export async function benchFuzz(options: { payloads?: number; seed?: number } = {}): Promise<BenchResult[]> {
  const payloads = options.payloads ?? Number(process.env.FUZZ_PAYLOADS ?? 10_000);
  const seed = options.seed ?? Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
  console.log(`fuzz: seed ${seed} (FUZZ_SEED=${seed} repeats it), ${payloads} payloads per method`);
  const started = performance.now();
  let sent = 0;
  const problems: string[] = [];
  const changed: string[] = [];
  for (const mode of ['office', 'headOffice'] as const) {
    const inst = await openInstallation(mode);
    try {
      for (const method of METHODS) {
        const report = await fuzzMethod(inst, method, payloads, seed);
        sent += report.payloads;
        problems.push(...report.problems.map((p) => `${mode} ${method} ${p}`));
        changed.push(...report.changedTables.map((t) => `${mode} ${method}: ${t}`));
      }
    } finally {
      inst.close();
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const note = `seed ${seed}, office + head office`;
  for (const line of [...problems, ...changed].slice(0, 20)) console.error(`fuzz: ${line}`);
  if (problems.length || changed.length) {
    throw new Error(`fuzz: ${problems.length} server error(s), ${changed.length} changed table(s)`);
  }
  return [
    { name: 'fuzz.methods', value: METHODS.length, unit: '个', note },
    { name: 'fuzz.payloads', value: sent, unit: '次', note: `${payloads} per method per installation` },
    {
      name: 'fuzz.server_errors',
      value: problems.length,
      unit: '次',
      note: 'INTERNAL, untyped or no answer',
    },
    { name: 'fuzz.changed_tables', value: changed.length, unit: '个', note: 'must be 0' },
    {
      name: 'fuzz.time',
      value: Math.round(seconds * 10) / 10,
      unit: 's',
      note: `${Math.round(sent / seconds)} payloads/s`,
    },
  ];
}

if (require.main === module) {
  benchFuzz().then(
    (rows) => console.table(rows),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
