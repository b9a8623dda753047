import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office } from '../../helpers/seed-v4';

const v13 = MIGRATIONS.findIndex((m) => m.name === '013-customer-owners');

describe('013-customer-owners', () => {
  it('gives every customer with an owner one open ownership from the office day it was filed', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const office = new Database(file);
    seedV4Office(office);
    office.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v13));
    const seed = new Database(file);
    const add = seed.prepare(
      `insert into customers (name, owner_id, created_at, updated_at, created_by, updated_by) values (?, ?, ?, ?, 1, 1)`,
    );
    // 17:30 UTC is 01:30 the next morning in the office.
    add.run('杭州市第一人民医院', 2, '2026-11-05T17:30:00.000Z', '2026-11-20T02:00:00.000Z');
    add.run('绍兴震元医药连锁', null, '2026-11-06T02:00:00.000Z', '2026-11-06T02:00:00.000Z');
    add.run('宁波海曙大药房', 3, '2026-11-09T15:59:59.000Z', '2026-11-09T15:59:59.000Z');
    seed.close();

    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v13 + 1))).toMatchObject({ from: 12, to: 13 });
    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = on');
    try {
      expect(
        sqlite
          .prepare(
            `select customer_id, owner_id, from_day, to_day, reason, created_by, created_at
             from customer_owners order by customer_id`,
          )
          .all(),
      ).toEqual([
        {
          customer_id: 1,
          owner_id: 2,
          from_day: '2026-11-06',
          to_day: null,
          reason: '按建档日期补记',
          created_by: null,
          created_at: '2026-11-05T17:30:00.000Z',
        },
        {
          customer_id: 3,
          owner_id: 3,
          from_day: '2026-11-09',
          to_day: null,
          reason: '按建档日期补记',
          created_by: null,
          created_at: '2026-11-09T15:59:59.000Z',
        },
      ]);
      const owner = sqlite.prepare(
        `insert into customer_owners (customer_id, owner_id, from_day, to_day, created_at)
         values (?, ?, ?, ?, '2026-12-01T00:00:00.000Z')`,
      );
      // One open ownership per customer, spans that end after they start, real customers and people.
      expect(() => owner.run(1, 3, '2026-12-01', null)).toThrow(/UNIQUE/);
      expect(() => owner.run(1, 3, '2026-12-01', '2026-11-30')).toThrow(/CHECK/);
      expect(() => owner.run(99, 3, '2026-12-01', '2026-12-02')).toThrow(/FOREIGN KEY/);
      expect(() => owner.run(2, 99, '2026-12-01', null)).toThrow(/FOREIGN KEY/);
      // Who owned a customer on a day, and a rep's customers, are index lookups.
      const plan = (q: string) =>
        (sqlite.prepare(`explain query plan ${q}`).all() as { detail: string }[])
          .map((p) => p.detail)
          .join(' ');
      expect(
        plan(`select owner_id from customer_owners where customer_id = 1 and from_day <= '2026-11-20'`),
      ).toMatch(/customer_owners_(customer|open)/);
      expect(plan('select customer_id from customer_owners where owner_id = 2')).toContain(
        'customer_owners_owner',
      );
    } finally {
      sqlite.close();
    }
  });
});
