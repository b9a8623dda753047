import { type Kysely, sql } from 'kysely';

type Row = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const positiveInt = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);

// Frozen: a migration describes the database as it was on the day it shipped; it reads the two
// forms that recorded contacts then (F01 visit rows, F02 joint visits) as they were written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('customer_contacts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('row_index', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('visit','jointVisit')`))
    .addColumn('customer_id', 'integer', (c) => c.references('customers.id'))
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('next_visit', 'text')
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('with_person_id', 'integer', (c) => c.references('users.id'))
    .addUniqueConstraint('customer_contacts_report_row', ['report_id', 'row_index'])
    .execute();
  await db.schema
    .createIndex('customer_contacts_customer')
    .on('customer_contacts')
    .columns(['customer_id', 'day'])
    .execute();
  await db.schema
    .createIndex('customer_contacts_author')
    .on('customer_contacts')
    .columns(['author_id', 'day'])
    .execute();
  await sql`create index customer_contacts_name on customer_contacts (customer_name collate nocase, day)`.execute(
    db,
  );

  const customers = (await db.selectFrom('customers').select(['id', 'name']).execute()) as {
    id: number;
    name: string;
  }[];
  const ids = new Set(customers.map((c) => c.id));
  const byName = new Map(customers.map((c) => [c.name.trim().toLowerCase(), c.id]));
  const users = new Set(
    ((await db.selectFrom('users').select('id').execute()) as { id: number }[]).map((u) => u.id),
  );
  const customerOf = (r: Row, name: string) => {
    const picked = positiveInt(r.customerId);
    return picked !== null && ids.has(picked) ? picked : (byName.get(name.toLowerCase()) ?? null);
  };

  const reports = (await db
    .selectFrom('reports')
    .select(['id', 'form_code', 'author_id', 'period_key', 'period_start', 'data'])
    .where('form_code', 'in', ['F01', 'F02'])
    .execute()) as {
    id: number;
    form_code: string;
    author_id: number;
    period_key: string;
    period_start: string | null;
    data: string;
  }[];
  const rows: Row[] = [];
  for (const r of reports) {
    const data = JSON.parse(r.data) as Row;
    const base = {
      report_id: r.id,
      day: r.period_start ?? r.period_key.slice(0, 10),
      author_id: r.author_id,
    };
    if (r.form_code === 'F01') {
      const visits = Array.isArray(data.visits) ? (data.visits as Row[]) : [];
      visits.forEach((v, i) => {
        const name = v && typeof v === 'object' ? text(v.customerName) : '';
        if (!name) return;
        rows.push({
          ...base,
          row_index: i,
          kind: 'visit',
          customer_id: customerOf(v, name),
          customer_name: name,
          mode: text(v.method),
          purpose: text(v.purpose),
          next_visit: text(v.nextVisit) || null,
          with_person_id: null,
        });
      });
    } else {
      const name = text(data.customerName);
      if (!name) continue;
      const rep = positiveInt(data.repId);
      rows.push({
        ...base,
        row_index: 0,
        kind: 'jointVisit',
        customer_id: customerOf(data, name),
        customer_name: name,
        mode: '协访',
        purpose: text(data.purpose),
        next_visit: text(data.nextVisitDate) || null,
        with_person_id: rep !== null && users.has(rep) ? rep : null,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('customer_contacts')
      .values(rows.slice(i, i + 200))
      .execute();
  }
}
