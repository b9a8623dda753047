import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { SEED_AT, seedV4Office } from '../../helpers/seed-v4';

const v17 = MIGRATIONS.findIndex((m) => m.name === '017-opportunities');

describe('017-opportunities', () => {
  it('creates opportunities, their checklist and history, tied to real customers, people and files', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const office = new Database(file);
    seedV4Office(office);
    office
      .prepare(
        `insert into customers (name, owner_id, created_at, updated_at, created_by, updated_by)
         values ('杭州市第一人民医院', 2, ?, ?, 1, 1)`,
      )
      .run(SEED_AT, SEED_AT);
    office.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v17));

    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v17 + 1))).toMatchObject({ to: 17 });
    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = on');
    try {
      const add = sqlite.prepare(
        `insert into opportunities (customer_id, title, amount, expected_close, owner_id, stage, stage_since,
           status, closed_reason, closed_at, created_at, created_by, updated_at, updated_by)
         values (?, '心内科耗材年度采购', ?, '2027-01-31', ?, 'lead', '2026-12-01', ?, ?, ?, ?, 1, ?, 1)`,
      );
      const at = '2026-12-01T02:00:00.000Z';
      const id = Number(add.run(1, 48_000_000, 2, 'open', null, null, at, at).lastInsertRowid);
      expect(sqlite.prepare('select product_line, amount from opportunities').get()).toEqual({
        product_line: '',
        amount: 48_000_000,
      });
      expect(() => add.run(99, 100, 2, 'open', null, null, at, at)).toThrow(/FOREIGN KEY/);
      expect(() => add.run(1, 100, 99, 'open', null, null, at, at)).toThrow(/FOREIGN KEY/);
      expect(() => add.run(1, -1, 2, 'open', null, null, at, at)).toThrow(/CHECK/);
      expect(() => add.run(1, 100, 2, 'pending', null, null, at, at)).toThrow(/CHECK/);
      // Closed says when and why; open says neither.
      expect(() => add.run(1, 100, 2, 'won', null, null, at, at)).toThrow(/CHECK/);
      expect(() => add.run(1, 100, 2, 'open', '价格', at, at, at)).toThrow(/CHECK/);
      add.run(1, 100, 2, 'lost', '客户预算取消', at, at, at);

      const check = sqlite.prepare(
        `insert into opportunity_checks (opportunity_id, stage, item, done, evidence_number, attachment_id)
         values (?, 'contract', 'signed', 1, 'HT-2026-0457', ?)`,
      );
      check.run(id, null);
      expect(() => check.run(id, null)).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(() => check.run(99, null)).toThrow(/FOREIGN KEY/);

      const event = sqlite.prepare(
        `insert into opportunity_events (opportunity_id, kind, from_stage, to_stage, reason, missing, by, at)
         values (?, ?, 'contract', 'delivery', ?, ?, 1, ?)`,
      );
      event.run(id, 'override', '客户急需,合同走总部流程', '["合同阶段:合同已签订(缺合同编号)"]', at);
      // An override is kept only with its reason; what was missing is a JSON list.
      expect(() => event.run(id, 'override', null, '[]', at)).toThrow(/CHECK/);
      expect(() => event.run(id, 'jumped', null, '[]', at)).toThrow(/CHECK/);
      expect(() => event.run(id, 'moved', null, 'not json', at)).toThrow(/CHECK/);

      expect(() =>
        sqlite
          .prepare('insert into opportunity_attachments (opportunity_id, attachment_id) values (?, 99)')
          .run(id),
      ).toThrow(/FOREIGN KEY/);

      const plan = (q: string) =>
        (sqlite.prepare(`explain query plan ${q}`).all() as { detail: string }[])
          .map((p) => p.detail)
          .join(' ');
      expect(plan(`select id from opportunities where status = 'open' and stage = 'lead'`)).toContain(
        'opportunities_status_stage',
      );
      expect(plan('select id from opportunities where owner_id = 2')).toContain('opportunities_owner');
      expect(plan('select id from opportunities where customer_id = 1')).toContain('opportunities_customer');
      expect(plan(`select id from opportunity_events where kind = 'override' and at >= '2026-12'`)).toContain(
        'opportunity_events_kind',
      );
    } finally {
      sqlite.close();
    }
  });
});
