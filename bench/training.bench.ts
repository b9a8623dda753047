import { addDays } from '../src-shared/domain/deadlines/calendar';
import {
  callOk,
  median,
  openBenchCore,
  openSeedConnection,
  randomSource,
  round,
  timeRuns,
} from './board.bench';
import type { BenchResult } from './documents.bench';

const REPS = 60;
const SESSIONS = 200;
const PER_SESSION = 30;
/** Monday 4 January 2027, 10:00 in the office: the year 2026 is over. */
const NOW = '2027-01-04T02:00:00.000Z';
const QUARTERS = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];

/**
 * An office of 60 reps and a year of 200 held sessions with 30 attendees each (6,000 marks and
 * scores), a third of the reps joining during the year, written straight into the tables.
 */
function seed(dbFile: string, managerId: number): void {
  const db = openSeedConnection(dbFile);
  const rand = randomSource(20);
  const at = '2026-01-02T02:00:00.000Z';
  db.transaction(() => {
    const regionId = (db.prepare('select region_id from office').get() as { region_id: number }).region_id;
    const user = db.prepare(
      `insert into users (username, display_name, role, password_hash, active, phone, created_at, updated_at, created_by, updated_by)
       values (?, ?, 'rep', 'scrypt$bench', 1, '', ?, ?, ?, ?)`,
    );
    const member = db.prepare(
      `insert into region_assignments (region_id, user_id, role, from_day, created_at, created_by) values (?, ?, 'rep', ?, ?, ?)`,
    );
    const reps: number[] = [];
    for (let r = 0; r < REPS; r++) {
      const id = Number(user.run(`rep${r}`, `代表${r}`, at, at, managerId, managerId).lastInsertRowid);
      member.run(
        regionId,
        id,
        r % 3 === 0 ? addDays('2026-01-01', (r * 5) % 300) : '2025-01-01',
        at,
        managerId,
      );
      reps.push(id);
    }
    const session = db.prepare(
      `insert into training_sessions (topic, category, trainer_id, trainer_name, day, start_time, end_time, place, hours,
         status, created_by, created_at, updated_at)
       values (?, '产品知识', ?, '赵军', ?, '09:00', '11:30', '会议室', 2.5, 'held', ?, ?, ?)`,
    );
    const attendee = db.prepare(
      `insert into training_attendees (session_id, user_id, attendance, score, entered_by, entered_at) values (?, ?, ?, ?, ?, ?)`,
    );
    const marks = ['present', 'present', 'present', 'late', 'absent', 'excused'] as const;
    for (let s = 0; s < SESSIONS; s++) {
      const day = addDays('2026-01-05', Math.floor((s * 360) / SESSIONS));
      const id = Number(session.run(`培训${s}`, managerId, day, managerId, at, at).lastInsertRowid);
      const start = Math.floor(rand() * REPS);
      for (let k = 0; k < PER_SESSION; k++) {
        const mark = marks[Math.floor(rand() * marks.length)]!;
        const scored = mark === 'present' || mark === 'late';
        attendee.run(
          id,
          reps[(start + k) % REPS]!,
          mark,
          scored ? Math.round(rand() * 100) : null,
          managerId,
          at,
        );
      }
    }
  })();
  db.pragma('optimize');
  db.close();
}

/** training.figures for every rep, quarter by quarter over a year, the median of 15 years' worth. */
export async function benchTraining(): Promise<BenchResult[]> {
  const office = await openBenchCore(NOW);
  try {
    const seeded = performance.now();
    seed(office.dbFile, office.managerId);
    const seedMs = performance.now() - seeded;
    const year = await timeRuns(15, async () => {
      const out: { people: unknown[] }[] = [];
      for (const quarter of QUARTERS)
        out.push(
          await callOk<{ people: unknown[] }>(office.core, office.manager, 'training.figures', { quarter }),
        );
      return out;
    });
    const people = year.last.reduce((n, q) => n + q.people.length, 0);
    return [
      {
        name: 'training.figures_year.p50_ms',
        value: round(median(year.samples)),
        unit: 'ms',
        note: `4 quarters, all ${REPS} reps, ${SESSIONS} sessions × ${PER_SESSION} attendees (${people} rows; seeded in ${Math.round(seedMs)} ms); target ≤ 100`,
      },
    ];
  } finally {
    await office.dispose();
  }
}
