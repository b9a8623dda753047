import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';

type Row = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

// Frozen copies of the duplicate keys as they were on the day this step shipped (domain/customers
// may refine them later; a later step would then recompute the keys).
const LEGAL_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '公司'];
function nameKey(name: string): string {
  const flat = name
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .toLowerCase()
    .replace(/[【〔[{<《〈]/g, '(')
    .replace(/[】〕\]}>》〉]/g, ')');
  if (flat.endsWith('分公司')) return flat.replace(/(股份有限公司|有限责任公司|有限公司)(?=.+分公司$)/, '');
  const suffix = LEGAL_SUFFIXES.find((s) => flat.endsWith(s));
  return suffix && flat.length > suffix.length ? flat.slice(0, -suffix.length) : flat;
}
function phoneKey(phone: string): string {
  let digits = phone.normalize('NFKC').replace(/\D/g, '');
  if (digits.length === 15 && digits.startsWith('00861')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('861')) digits = digits.slice(2);
  return digits.length >= 7 ? digits : '';
}
function phoneKeys(field: string): string[] {
  const out = new Set<string>();
  for (const piece of field.normalize('NFKC').split(/[、,/;]+/)) {
    const words = piece.trim().split(/\s+/);
    const separate = words.length > 1 && words.every((w) => phoneKey(w) !== '');
    for (const w of separate ? words : [piece]) if (phoneKey(w)) out.add(phoneKey(w));
  }
  return [...out];
}

/**
 * 客户档案: a code, industry, city, source, status, notes and merge record on each customer; its
 * people in a table of their own (from the one contact each had); the keys the duplicate check
 * looks up; and on each recorded contact its result and the opportunity it served.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const add = (
    column: string,
    type: 'text' | 'integer',
    build = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => c,
  ) => db.schema.alterTable('customers').addColumn(column, type, build).execute();
  await add('code', 'text', (c) => c.notNull().defaultTo(''));
  await add('industry', 'text', (c) => c.notNull().defaultTo(''));
  await add('city', 'text', (c) => c.notNull().defaultTo(''));
  await add('source', 'text', (c) => c.notNull().defaultTo(''));
  await add('status', 'text', (c) =>
    c
      .notNull()
      .defaultTo('合作')
      .check(sql`status in ('潜在','合作','流失')`),
  );
  await add('notes', 'text', (c) => c.notNull().defaultTo(''));
  await add('merged_into', 'integer', (c) => c.references('customers.id'));
  await add('merged_at', 'text');
  await add('merged_by', 'integer', (c) => c.references('users.id'));
  await add('name_key', 'text', (c) => c.notNull().defaultTo(''));

  await sql`update customers set code = 'C' || printf('%05d', id)`.execute(db);
  // Codes are the office's own numbering: unique once given, while '' waits for one.
  await sql`create unique index customers_code on customers (code) where code <> ''`.execute(db);
  await db.schema.createIndex('customers_name_key').on('customers').column('name_key').execute();
  await db.schema.createIndex('customers_owner').on('customers').columns(['owner_id', 'status']).execute();

  await db.schema
    .createTable('customer_people')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phones', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('birthday', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('customer_people_customer')
    .on('customer_people')
    .columns(['customer_id', 'position'])
    .execute();
  await db.schema
    .createTable('customer_phones')
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('phone_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_phones_pk', ['customer_id', 'phone_key'])
    .execute();
  await db.schema.createIndex('customer_phones_key').on('customer_phones').column('phone_key').execute();

  const customers = (await db
    .selectFrom('customers')
    .select(['id', 'name', 'contact', 'contact_title', 'phone'])
    .execute()) as { id: number; name: string; contact: string; contact_title: string; phone: string }[];
  for (const c of customers) {
    await db
      .updateTable('customers')
      .set({ name_key: nameKey(c.name) })
      .where('id', '=', c.id)
      .execute();
    const name = c.contact.trim();
    const phone = c.phone.trim();
    if (!name && !phone) continue;
    await db
      .insertInto('customer_people')
      .values({
        customer_id: c.id,
        position: 0,
        // A number without a name still belongs to someone there; the user names them on next edit.
        name: (name || '未留姓名').slice(0, 50),
        title: c.contact_title.trim().slice(0, 50),
        phones: phone.slice(0, 80),
        birthday: '',
      })
      .execute();
    const keys = phoneKeys(phone);
    if (keys.length)
      await db
        .insertInto('customer_phones')
        .values(keys.map((k) => ({ customer_id: c.id, phone_key: k })))
        .execute();
  }
  for (const column of ['contact', 'contact_title', 'phone'])
    await db.schema.alterTable('customers').dropColumn(column).execute();

  await db.schema
    .alterTable('customer_contacts')
    .addColumn('result', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // No foreign key: opportunities arrive in a later step of another module.
  await db.schema.alterTable('customer_contacts').addColumn('opportunity_id', 'integer').execute();
  await db.schema
    .createIndex('customer_contacts_opportunity')
    .on('customer_contacts')
    .columns(['opportunity_id', 'day'])
    .execute();

  // The result of each 走访表 row as it was written (洽谈内容及结果); a 协访表 recorded none.
  const reports = (await db
    .selectFrom('reports')
    .select(['id', 'data'])
    .where('form_code', '=', 'F01')
    .execute()) as { id: number; data: string }[];
  for (const r of reports) {
    const data = JSON.parse(r.data) as Row;
    const visits = Array.isArray(data.visits) ? (data.visits as unknown[]) : [];
    for (const [i, v] of visits.entries()) {
      const result = v && typeof v === 'object' ? text((v as Row).result) : '';
      if (!result) continue;
      await db
        .updateTable('customer_contacts')
        .set({ result })
        .where('report_id', '=', r.id)
        .where('row_index', '=', i)
        .execute();
    }
  }
}
