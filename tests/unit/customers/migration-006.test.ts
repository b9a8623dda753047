import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { SEED_AT, seedV4Office, seedV4Report } from '../../helpers/seed-v4';

const v6 = MIGRATIONS.findIndex((m) => m.name === '006-customer-contacts');

describe('006-customer-contacts', () => {
  it('records a contact for every named visit row and joint visit, matched to the customer file', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    // The office as schema 4 kept it, brought up to the step before this one.
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const office = new Database(file);
    seedV4Office(office);
    office.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v6));
    const seed = new Database(file);
    seed
      .prepare(
        `insert into customers (name, created_at, updated_at, created_by, updated_by) values (?, ?, ?, 1, 1)`,
      )
      .run('杭州市第一人民医院', SEED_AT, SEED_AT);
    const day = seedV4Report(seed, {
      form: 'F01',
      author: 2,
      period: '2026-11-26',
      data: {
        visits: [
          // Picked from the file.
          {
            customerName: '杭州市第一人民医院',
            customerId: 1,
            method: '现场',
            purpose: '客情维护',
            nextVisit: '2026-12-03',
          },
          // Typed, but the file has it (case and spaces aside).
          { customerName: ' 杭州市第一人民医院 ', method: '电话', purpose: '回款', nextVisit: '' },
          // An empty row of an unfinished form.
          { customerName: '', method: '现场' },
          // A customer not on file, with an id that no longer exists.
          { customerName: '绍兴震元医药连锁', customerId: 99, method: '电话', purpose: '开发新客户' },
        ],
      },
    });
    const joint = seedV4Report(seed, {
      form: 'F02',
      author: 1,
      period: '2026-11-24',
      data: {
        repId: 2,
        customerName: '杭州市第一人民医院',
        purpose: '示范谈判',
        nextVisitDate: '2026-12-08',
      },
    });
    seedV4Report(seed, { form: 'F03', author: 2, period: '2026-W48', data: { visitCount: 3 } });
    seed.close();

    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v6 + 1))).toMatchObject({ from: 5, to: 6 });
    const sqlite = new Database(file);
    try {
      expect(
        sqlite
          .prepare(
            `select report_id, row_index, kind, customer_id, customer_name, day, mode, purpose, next_visit,
                    author_id, with_person_id from customer_contacts order by report_id, row_index`,
          )
          .all(),
      ).toEqual([
        {
          report_id: day,
          row_index: 0,
          kind: 'visit',
          customer_id: 1,
          customer_name: '杭州市第一人民医院',
          day: '2026-11-26',
          mode: '现场',
          purpose: '客情维护',
          next_visit: '2026-12-03',
          author_id: 2,
          with_person_id: null,
        },
        {
          report_id: day,
          row_index: 1,
          kind: 'visit',
          customer_id: 1,
          customer_name: '杭州市第一人民医院',
          day: '2026-11-26',
          mode: '电话',
          purpose: '回款',
          next_visit: null,
          author_id: 2,
          with_person_id: null,
        },
        {
          report_id: day,
          row_index: 3,
          kind: 'visit',
          customer_id: null,
          customer_name: '绍兴震元医药连锁',
          day: '2026-11-26',
          mode: '电话',
          purpose: '开发新客户',
          next_visit: null,
          author_id: 2,
          with_person_id: null,
        },
        {
          report_id: joint,
          row_index: 0,
          kind: 'jointVisit',
          customer_id: 1,
          customer_name: '杭州市第一人民医院',
          day: '2026-11-24',
          mode: '协访',
          purpose: '示范谈判',
          next_visit: '2026-12-08',
          author_id: 1,
          with_person_id: 2,
        },
      ]);
      // A customer's last contact is a query on an index, not a scan of report content.
      const plan = sqlite
        .prepare(`explain query plan select max(day) from customer_contacts where customer_id = 1`)
        .all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('customer_contacts_customer');
    } finally {
      sqlite.close();
    }
  });
});
