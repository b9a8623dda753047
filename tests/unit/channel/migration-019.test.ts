import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office } from '../../helpers/seed-v4';

const v19 = MIGRATIONS.findIndex((m) => m.name === '019-channel');
const H = 'a'.repeat(64);

describe('019-channel', () => {
  it('creates the case file, its append-only log, fines, sanctions and F10s with their rules', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const office = new Database(file);
    seedV4Office(office);
    office.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v19));
    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v19 + 1))).toMatchObject({ to: 19 });

    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = on');
    try {
      const at = '2026-12-08T02:00:00.000Z';
      const addCase = sqlite.prepare(
        `insert into channel_cases (found_on, sale_date, place, product_code, batch_no, quantity, sale_price_fen,
           list_price_fen, reporter_id, status, verification, decided_by, decided_on, fine_multiple,
           log_head, log_count, created_by, created_at, updated_at)
         values ('2026-11-25', '2026-11-20', '柯桥', 'KJ-100', '20261102', ?, 11990, 13000, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)`,
      );
      const id = Number(addCase.run(40, 2, 'registered', null, null, null, null, H, at, at).lastInsertRowid);
      expect(() => addCase.run(0, 2, 'registered', null, null, null, null, H, at, at)).toThrow(/CHECK/);
      expect(() => addCase.run(40, 99, 'registered', null, null, null, null, H, at, at)).toThrow(
        /FOREIGN KEY/,
      );
      expect(() => addCase.run(40, 2, 'pending', null, null, null, null, H, at, at)).toThrow(/CHECK/);
      // A decided case says who decided, when and on what; an undecided one none of it.
      expect(() => addCase.run(40, 2, 'confirmed', null, null, null, null, H, at, at)).toThrow(/CHECK/);
      expect(() => addCase.run(40, 2, 'registered', '属实', 1, '2026-12-08', null, H, at, at)).toThrow(
        /CHECK/,
      );
      expect(() => addCase.run(40, 2, 'confirmed', '属实', 1, '2026-12-08', 4, H, at, at)).toThrow(/CHECK/);
      addCase.run(40, 2, 'confirmed', '属实', 1, '2026-12-08', 5, H, at, at);

      const log = sqlite.prepare(
        `insert into channel_case_log (case_id, seq, at, by, kind, data, prev_hash, hash) values (?, ?, ?, 1, 'created', ?, ?, ?)`,
      );
      log.run(id, 1, at, '{}', '0'.repeat(64), H);
      expect(() => log.run(id, 1, at, '{}', H, H)).toThrow(/UNIQUE/);
      expect(() => log.run(id, 2, at, 'not json', H, H)).toThrow(/CHECK/);
      expect(() => log.run(id, 2, at, '{}', 'short', H)).toThrow(/CHECK/);
      expect(() => sqlite.prepare('update channel_case_log set kind = ?').run('x')).toThrow(/append-only/);
      expect(() => sqlite.prepare('delete from channel_case_log').run()).toThrow(/append-only/);

      const fine = sqlite.prepare(
        `insert into channel_fines (case_id, user_id, role, amount_fen, month, created_at) values (?, ?, ?, ?, '2026-12', ?)`,
      );
      fine.run(id, 2, 'party', 202_000, at);
      expect(() => fine.run(id, 2, 'party', 202_000, at)).toThrow(/UNIQUE/);
      expect(() => fine.run(id, 1, 'boss', 202_000, at)).toThrow(/CHECK/);
      expect(() => fine.run(id, 1, 'supervisor', 0, at)).toThrow(/CHECK/);

      const sanction = sqlite.prepare(
        `insert into channel_sanctions (case_id, dealer_code, kind, from_day, to_day, reason, created_by, created_at)
         values (?, 'D-SZ01', ?, '2026-12-08', ?, '窜货', 1, ?)`,
      );
      sanction.run(id, 'stop_shipment', null, at);
      expect(() => sanction.run(id, 'warning', null, at)).toThrow(/CHECK/);
      expect(() => sanction.run(id, 'stop_shipment', '2026-12-01', at)).toThrow(/CHECK/);

      const flow = sqlite.prepare(
        `insert into channel_flows (dealer_code, month, submitted_on, entered_by, entered_at) values ('D-HZ01', ?, '2026-12-04', 1, ?)`,
      );
      const flowId = Number(flow.run('2026-11', at).lastInsertRowid);
      expect(() => flow.run('2026-11', at)).toThrow(/UNIQUE/);
      const flowLine = sqlite.prepare(
        `insert into channel_flow_lines (flow_id, line_no, sale_date, product_code, batch_no, quantity, buyer_name, buyer_region)
         values (?, ?, '2026-11-12', 'KJ-100', '20261101', ?, '绍兴市人民医院', 'HD-03')`,
      );
      flowLine.run(flowId, 1, 200);
      expect(() => flowLine.run(flowId, 2, 0)).toThrow(/CHECK/);
      expect(() => flowLine.run(99, 1, 10)).toThrow(/FOREIGN KEY/);

      const plan = (q: string) =>
        (sqlite.prepare(`explain query plan ${q}`).all() as { detail: string }[])
          .map((p) => p.detail)
          .join(' ');
      expect(plan(`select id from channel_cases where status = 'verifying'`)).toContain(
        'channel_cases_status',
      );
      expect(plan(`select id from channel_fines where month = '2026-12'`)).toContain('channel_fines_month');
      expect(plan(`select id from channel_flows where month = '2026-11'`)).toContain('channel_flows');
    } finally {
      sqlite.close();
    }
  });
});
