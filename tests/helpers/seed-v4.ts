import type Database from 'better-sqlite3';

/** Office time UTC+8: 2026-11-02 09:00 there. */
export const SEED_AT = '2026-11-02T01:00:00.000Z';

/** An office as schema 4 kept it: the profile with its region as text, a manager and a rep. */
export function seedV4Office(sqlite: Database.Database, mode: 'office' | 'headOffice' = 'office') {
  sqlite
    .prepare(
      `insert into office (id, company, region_code, region_name, coverage, office_name, address, phone, fax,
       mode, created_at, updated_at) values (1, '江南康健医药有限公司', 'HD-03', '华东三区', '浙江省杭州市、绍兴市',
       '杭州办事处', '文三路478号', '0571-88231456', '0571-88231457', ?, ?, ?)`,
    )
    .run(mode, SEED_AT, SEED_AT);
  const addUser = sqlite.prepare(
    `insert into users (username, display_name, role, password_hash, active, created_at, updated_at)
     values (?, ?, ?, 'scrypt$x', ?, ?, ?)`,
  );
  addUser.run('zhangwei', '张伟', 'manager', 1, SEED_AT, SEED_AT);
  addUser.run('wangfang', '王芳', 'rep', 1, SEED_AT, '2026-11-20T03:00:00.000Z');
  addUser.run('lijun', '李军', 'rep', 0, SEED_AT, '2026-11-20T17:00:00.000Z');
}

/** A report as schema 4 stored it. */
export function seedV4Report(
  sqlite: Database.Database,
  r: { form: string; author: number; period: string; data: object; status?: string; submittedAt?: string },
): number {
  return Number(
    sqlite
      .prepare(
        `insert into reports (form_code, author_id, period_key, status, data, version, entered_by, submitted_at,
         period_start, period_end, created_at, updated_at, created_by, updated_by)
         values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.form,
        r.author,
        r.period,
        r.status ?? 'draft',
        JSON.stringify(r.data),
        r.author,
        r.submittedAt ?? null,
        r.period.slice(0, 10),
        r.period.slice(0, 10),
        SEED_AT,
        SEED_AT,
        r.author,
        r.author,
      ).lastInsertRowid,
  );
}
