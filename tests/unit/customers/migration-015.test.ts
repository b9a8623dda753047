import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { SEED_AT, seedV4Office, seedV4Report } from '../../helpers/seed-v4';

const v15 = MIGRATIONS.findIndex((m) => m.name === '015-customer-file');

describe('015-customer-file', () => {
  it('numbers the customers, moves each one’s contact into its people and keeps every visit’s result', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const office = new Database(file);
    seedV4Office(office);
    office.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, 5));
    const seed = new Database(file);
    const add = seed.prepare(
      `insert into customers (name, contact, contact_title, phone, created_at, updated_at, created_by, updated_by)
       values (?, ?, ?, ?, ?, ?, 1, 1)`,
    );
    add.run('华东医药股份有限公司', '刘建国', '采购经理', '0571-87065701、138 0251 6624', SEED_AT, SEED_AT);
    add.run('绍兴震元医药连锁', '', '', '', SEED_AT, SEED_AT);
    add.run('宁波海曙大药房', '', '', '+86 139-0000-1111', SEED_AT, SEED_AT);
    const visit = seedV4Report(seed, {
      form: 'F01',
      author: 2,
      period: '2026-11-26',
      data: {
        visits: [
          {
            customerName: '华东医药股份有限公司',
            customerId: 1,
            method: '现场',
            purpose: '订单跟进',
            result: ' 谈妥12月订单 ',
          },
          { customerName: '绍兴震元医药连锁', method: '电话', purpose: '客情维护' },
        ],
      },
    });
    const joint = seedV4Report(seed, {
      form: 'F02',
      author: 1,
      period: '2026-11-24',
      data: { repId: 2, customerName: '宁波海曙大药房', purpose: '示范谈判' },
    });
    seed.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v15));

    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v15 + 1))).toMatchObject({ from: 14, to: 15 });
    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = on');
    try {
      expect(
        sqlite.prepare('select id, code, name_key, status, industry, city, merged_into from customers').all(),
      ).toEqual([
        {
          id: 1,
          code: 'C00001',
          name_key: '华东医药',
          status: '合作',
          industry: '',
          city: '',
          merged_into: null,
        },
        {
          id: 2,
          code: 'C00002',
          name_key: '绍兴震元医药连锁',
          status: '合作',
          industry: '',
          city: '',
          merged_into: null,
        },
        {
          id: 3,
          code: 'C00003',
          name_key: '宁波海曙大药房',
          status: '合作',
          industry: '',
          city: '',
          merged_into: null,
        },
      ]);
      // The old single contact is gone from the customer and lives on as its first person.
      const columns = (sqlite.prepare('pragma table_info(customers)').all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(columns).not.toContain('contact');
      expect(columns).not.toContain('phone');
      expect(
        sqlite
          .prepare(
            'select customer_id, position, name, title, phones, birthday from customer_people order by id',
          )
          .all(),
      ).toEqual([
        {
          customer_id: 1,
          position: 0,
          name: '刘建国',
          title: '采购经理',
          phones: '0571-87065701、138 0251 6624',
          birthday: '',
        },
        {
          customer_id: 3,
          position: 0,
          name: '未留姓名',
          title: '',
          phones: '+86 139-0000-1111',
          birthday: '',
        },
      ]);
      expect(
        sqlite
          .prepare('select customer_id, phone_key from customer_phones order by customer_id, phone_key')
          .all(),
      ).toEqual([
        { customer_id: 1, phone_key: '057187065701' },
        { customer_id: 1, phone_key: '13802516624' },
        { customer_id: 3, phone_key: '13900001111' },
      ]);
      expect(
        sqlite
          .prepare('select report_id, row_index, result, opportunity_id from customer_contacts order by id')
          .all(),
      ).toEqual([
        { report_id: visit, row_index: 0, result: '谈妥12月订单', opportunity_id: null },
        { report_id: visit, row_index: 1, result: '', opportunity_id: null },
        { report_id: joint, row_index: 0, result: '', opportunity_id: null },
      ]);

      // Codes are unique once given; many customers may wait for one; statuses are the three.
      const insert = sqlite.prepare(
        `insert into customers (name, code, status, created_at, updated_at, created_by, updated_by)
         values (?, ?, ?, '${SEED_AT}', '${SEED_AT}', 1, 1)`,
      );
      expect(() => insert.run('甲', 'C00001', '合作')).toThrow(/UNIQUE/);
      insert.run('乙', '', '潜在');
      insert.run('丙', '', '流失');
      expect(() => insert.run('丁', 'X1', '暂停')).toThrow(/CHECK/);
      expect(() => sqlite.prepare('update customers set merged_into = 99 where id = 2').run()).toThrow(
        /FOREIGN KEY/,
      );
      const plan = (q: string) =>
        (sqlite.prepare(`explain query plan ${q}`).all() as { detail: string }[])
          .map((p) => p.detail)
          .join(' ');
      expect(plan("select id from customers where name_key = '华东医药'")).toContain('customers_name_key');
      expect(plan("select customer_id from customer_phones where phone_key = '13900001111'")).toContain(
        'customer_phones_key',
      );
      expect(plan('select id from customer_contacts where opportunity_id = 1')).toContain(
        'customer_contacts_opportunity',
      );
    } finally {
      sqlite.close();
    }
  });
});
