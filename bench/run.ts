import { cpus } from 'node:os';
import { benchBoard } from './board.bench';
import { benchBundles } from './bundles.bench';
import { benchCustomers } from './customers.bench';
import { benchDocuments, type BenchResult } from './documents.bench';
import { benchHostRoundTrip } from './host-roundtrip.bench';
import { benchMonthOfVisits } from './month-visits.bench';
import { benchReference } from './reference.bench';
import { benchSales } from './sales.bench';

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, alignRight = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? fill + text : text + fill;
}

/** The goal beside the value, and whether the value reaches it. */
function goalCells(r: BenchResult): [string, string] {
  if (!r.goal) return ['', ''];
  if ('atMost' in r.goal) return [`≤ ${r.goal.atMost}`, r.value <= r.goal.atMost ? '是' : '否'];
  return [`≥ ${r.goal.atLeast}`, r.value >= r.goal.atLeast ? '是' : '否'];
}

/** An aligned text table; the value column is right-aligned. */
function formatTable(results: BenchResult[]): string {
  const header = ['指标', '数值', '单位', '目标', '达成', '说明'];
  const rows = results.map((r) => [r.name, String(r.value), r.unit, ...goalCells(r), r.note ?? '']);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, i === 1))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function localTimestamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ` +
    `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())} ` +
    `UTC${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`
  );
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(`RegionDesk bench — node ${process.version} — ${cpu} — ${localTimestamp(new Date())}`);
  const sections: [string, () => Promise<BenchResult[]>][] = [
    ['documents', () => benchDocuments()],
    ['host', () => benchHostRoundTrip()],
    ['cold-start', async () => (await import('./cold-start.bench')).benchColdStart()],
    ['board', () => benchBoard()],
    ['month-visits', () => benchMonthOfVisits()],
    ['bundles', () => benchBundles()],
    ['sales', () => benchSales()],
    ['customers', () => benchCustomers()],
    ['reference', () => benchReference()],
    ['reference-bundles', async () => (await import('./reference-bundles.bench')).benchReferenceBundles()],
    ['ho-ranking', async () => (await import('./ho-ranking.bench')).benchHoRanking()],
    ['hq-databases', async () => (await import('./hq-databases.bench')).benchHeadOfficeDatabases()],
    ['training', async () => (await import('./training.bench')).benchTraining()],
    ['soak', async () => (await import('./soak')).benchSoak()],
    ['fuzz', async () => (await import('./fuzz.bench')).benchFuzz()],
  ];
  // `npm run bench -- bundles board` runs only the named sections; no names run them all.
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !sections.some(([s]) => s === name));
  if (unknown.length) throw new Error(`unknown bench section(s): ${unknown.join(', ')}`);
  const results: BenchResult[] = [];
  for (const [name, run] of sections) {
    if (only.length === 0 || only.includes(name)) results.push(...(await run()));
  }
  console.log(formatTable(results));
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
