import { readFileSync, statSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { DEFAULT_DEADLINES, isWorkingDayWith } from '../src-shared/domain/deadlines/rules';
import { periodsBetween } from '../src-shared/domain/periods';
import { sampleF01Data } from '../tests/fixtures/f01-sample';
import { BenchCaller, callOk, median, openBenchCore, round, timeRuns } from './board.bench';
import type { BenchResult } from './documents.bench';

const REP = {
  username: 'liming',
  displayName: '李明',
  role: 'rep',
  password: 'liming-nj-2026',
  phone: '13851702233',
};

/** September 2026 has 22 working days (Monday to Friday). */
const MONTH = '2026-09';

/**
 * `documents.monthBook` for a rep's month of 22 走访表 with 8 visits each: one .docx with a cover
 * and a section per day.
 */
export async function benchMonthOfVisits(options: { runs?: number } = {}): Promise<BenchResult[]> {
  const runs = options.runs ?? 5;
  const t = await openBenchCore('2026-10-08T02:00:00.000Z');
  try {
    const { core, manager } = t;
    const repUser = await callOk<{ id: number }>(core, manager, 'people.create', REP);
    const rep = new BenchCaller('127.0.0.2');
    await callOk(core, rep, 'auth.signIn', { username: REP.username, password: REP.password });

    const days = periodsBetween('day', `${MONTH}-01`, `${MONTH}-30`).filter((d) =>
      isWorkingDayWith(d, DEFAULT_DEADLINES),
    );
    const data = sampleF01Data(8);
    for (const day of days) {
      await callOk(core, rep, 'reports.saveDraft', {
        formCode: 'F01',
        periodKey: day,
        data,
        expectedVersion: null,
      });
    }

    const input = { authorId: repUser.id, month: MONTH };
    const { samples, last } = await timeRuns(runs, () =>
      callOk<{ fileId: string }>(core, rep, 'documents.monthBook', input),
    );
    const file = core.getFile(last.fileId, rep.sessionToken);
    if (!file) throw new Error('documents.monthBook left no file to deliver');
    const bytes = statSync(file.path).size;
    const xml = unzipSync(readFileSync(file.path), {
      filter: (f) => f.name === 'word/document.xml',
    })['word/document.xml'];
    if (!xml) throw new Error('the generated .docx has no word/document.xml');
    const sections = new TextDecoder().decode(xml).split('<w:sectPr').length - 1;

    const what = `${days.length} days × 8 visits + cover`;
    return [
      {
        name: 'documents.month_of_visits.p50',
        value: round(median(samples)),
        unit: 'ms',
        note: `${what}, median of ${runs}`,
      },
      { name: 'documents.month_of_visits.size', value: round(bytes / 1024), unit: 'KB', note: what },
      {
        name: 'documents.month_of_visits.sections',
        value: sections,
        unit: 'sections',
        note: `<w:sectPr> in word/document.xml; expected ${days.length + 1} (each starts a page)`,
      },
    ];
  } finally {
    await t.dispose();
  }
}
