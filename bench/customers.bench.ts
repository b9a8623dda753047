import { normalizeCustomerName } from '../src-shared/domain/customers';
import { addDays } from '../src-shared/domain/deadlines/calendar';
import {
  BenchCaller,
  callOk,
  median,
  openBenchCore,
  openSeedConnection,
  randomSource,
  round,
  timeRuns,
} from './board.bench';
import type { BenchResult } from './documents.bench';

const CUSTOMERS = 5_000;
const REPS = 20;
const VISITS_PER_DAY = 6;
const YEARS = 5;
/** Thursday 26 November 2026, 10:00 in the office. */
const NOW = '2026-11-26T02:00:00.000Z';
const TODAY = '2026-11-26';

/**
 * An office of 20 reps with 5,000 customers (grades A–D) and five years of 走访表, six visits a
 * working day each (about 150,000 contacts), written straight into the tables.
 */
function seed(dbFile: string, managerId: number): void {
  const db = openSeedConnection(dbFile);
  const rand = randomSource(12);
  const at = '2021-11-26T02:00:00.000Z';
  db.transaction(() => {
    const user = db.prepare(
      `insert into users (username, display_name, role, password_hash, active, phone, created_at, updated_at, created_by, updated_by)
       values (?, ?, 'rep', 'scrypt$bench', 1, '', ?, ?, ?, ?)`,
    );
    const reps: number[] = [];
    for (let r = 0; r < REPS; r++)
      reps.push(Number(user.run(`rep${r}`, `代表${r}`, at, at, managerId, managerId).lastInsertRowid));
    const customer = db.prepare(
      `insert into customers (code, name, name_key, type, grade, address, city, owner_id, created_at, updated_at, created_by, updated_by)
       values (?, ?, ?, '药店', ?, '', ?, ?, ?, ?, ?, ?)`,
    );
    const person = db.prepare(
      `insert into customer_people (customer_id, position, name, title, phones) values (?, 0, ?, '店长', ?)`,
    );
    const phone = db.prepare(`insert into customer_phones (customer_id, phone_key) values (?, ?)`);
    const byRep = new Map<number, number[]>();
    for (let i = 1; i <= CUSTOMERS; i++) {
      const name = `客户${i}号${['医药', '大药房', '诊所', '医院'][i % 4]}有限公司`;
      const owner = reps[i % REPS]!;
      const id = Number(
        customer.run(
          `C${String(i).padStart(5, '0')}`,
          name,
          normalizeCustomerName(name),
          'ABCD'[i % 4],
          ['杭州', '宁波', '绍兴', '嘉兴'][i % 4],
          owner,
          at,
          at,
          managerId,
          managerId,
        ).lastInsertRowid,
      );
      const mobile = `139${String(i).padStart(8, '0')}`;
      person.run(id, `联系人${i}`, mobile);
      phone.run(id, mobile);
      byRep.set(owner, [...(byRep.get(owner) ?? []), id]);
    }
    const report = db.prepare(
      `insert into reports (form_code, author_id, period_key, status, data, version, entered_by, period_start, period_end,
         created_at, updated_at, created_by, updated_by)
       values ('F01', ?, ?, 'approved', '{}', 1, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const contact = db.prepare(
      `insert into customer_contacts (report_id, row_index, kind, customer_id, customer_name, day, mode, purpose, next_visit,
         result, author_id) values (?, ?, 'visit', ?, '', ?, '现场', '客情维护', ?, '', ?)`,
    );
    for (let day = addDays(TODAY, -365 * YEARS); day < TODAY; day = addDays(day, 1)) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      for (const rep of reps) {
        const id = Number(report.run(rep, day, rep, day, day, at, at, rep, rep).lastInsertRowid);
        const own = byRep.get(rep)!;
        for (let row = 0; row < VISITS_PER_DAY; row++) {
          const c = own[Math.floor(rand() * own.length)]!;
          contact.run(id, row, c, day, rand() < 0.3 ? addDays(day, 7) : null, rep);
        }
      }
    }
  })();
  db.pragma('optimize');
  db.close();
}

/** 客户联系提醒 for the whole office and the customer search, each the median of 15 calls. */
export async function benchCustomers(): Promise<BenchResult[]> {
  const office = await openBenchCore(NOW);
  try {
    const seeded = performance.now();
    seed(office.dbFile, office.managerId);
    const seedMs = performance.now() - seeded;
    const caller: BenchCaller = office.manager;
    const alerts = await timeRuns(15, () =>
      callOk<{ alerts: unknown[] }>(office.core, caller, 'customers.contactAlerts', {}),
    );
    const queries = ['', '客户4321', '大药房', 'C01234', '1390000', '宁波', '联系人777', '不存在的客户'];
    let q = 0;
    const search = await timeRuns(16, () =>
      callOk<unknown[]>(office.core, caller, 'customers.search', { query: queries[q++ % queries.length] }),
    );
    return [
      {
        name: 'customers.contact_alerts_5k.p50_ms',
        value: round(median(alerts.samples)),
        unit: 'ms',
        note: `${CUSTOMERS.toLocaleString('en')} customers, ${YEARS} years of visits (${alerts.last.alerts.length} reminded; seeded in ${Math.round(seedMs)} ms); target ≤ 50`,
      },
      {
        name: 'customers.search_5k.p50_ms',
        value: round(median(search.samples)),
        unit: 'ms',
        note: `name, code, city, contact, phone over ${CUSTOMERS.toLocaleString('en')} customers; target ≤ 10`,
      },
    ];
  } finally {
    await office.dispose();
  }
}
