import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';

const v18 = MIGRATIONS.findIndex((m) => m.name === '018-reference-data');

describe('018-reference-data', () => {
  it('creates the reference tables with their checks, the change counter at 0 and the lookup indexes', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, v18));

    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v18 + 1))).toMatchObject({ to: 18 });
    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = on');
    try {
      expect(sqlite.prepare('select id, seq, published_seq, head_office_key from ref_state').all()).toEqual([
        { id: 1, seq: 0, published_seq: 0, head_office_key: null },
      ]);
      expect(() => sqlite.prepare('insert into ref_state (id) values (2)').run()).toThrow(/CHECK/);

      sqlite.prepare("insert into ref_products (code, name, seq) values ('P1001', '复方丹参片', 1)").run();
      expect(sqlite.prepare('select spec, unit from ref_products').get()).toEqual({ spec: '', unit: '' });
      const price = sqlite.prepare(
        'insert into ref_prices (product_code, effective_from, price_fen, seq) values (?, ?, ?, 1)',
      );
      price.run('P1001', '2026-01-01', 12_800);
      expect(() => price.run('P1001', '2026-01-01', 13_000)).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(() => price.run('P1001', '2026-02-01', 0)).toThrow(/CHECK/);
      expect(() => price.run('P9999', '2026-02-01', 100)).toThrow(/FOREIGN KEY/);

      const dealer = sqlite.prepare(
        `insert into ref_dealers (code, name, region_code, agreement_status, radiates, shipment_stop_from,
           shipment_stop_reason, seq) values (?, '绍兴震元医药', 'HD-03', ?, ?, ?, ?, 1)`,
      );
      dealer.run('D001', 'active', 0, null, null);
      expect(() => dealer.run('D002', 'closed', 0, null, null)).toThrow(/CHECK/);
      expect(() => dealer.run('D003', 'active', 2, null, null)).toThrow(/CHECK/);
      // A stop says from when and why, or neither.
      expect(() => dealer.run('D004', 'suspended', 0, '2026-11-01', null)).toThrow(/CHECK/);
      dealer.run('D005', 'suspended', 1, '2026-11-01', '未交商品流向单');

      const line = sqlite.prepare(
        `insert into ref_shipments (doc_no, line_no, ship_date, dealer_code, region_code, product_code, batch_no,
           carton_from, carton_to, quantity, unit_price_fen, seq)
         values ('FH001', ?, '2026-11-03', 'D001', 'HD-03', 'P1001', 'B2611', ?, ?, ?, 12800, 1)`,
      );
      line.run(1, '600100', '600199', 100);
      expect(() => line.run(1, '600200', '600299', 100)).toThrow(/UNIQUE/);
      expect(() => line.run(2, '600299', '600200', 100)).toThrow(/CHECK/);
      expect(() => line.run(3, '60020', '600299', 100)).toThrow(/CHECK/);
      expect(() => line.run(4, '600300', '600399', 0)).toThrow(/CHECK/);

      const plan = (q: string) =>
        (sqlite.prepare(`explain query plan ${q}`).all() as { detail: string }[])
          .map((p) => p.detail)
          .join(' ');
      expect(plan("select * from ref_shipments where batch_no = 'B2611'")).toContain('ref_shipments_batch');
      expect(
        plan(
          "select * from ref_shipments where carton_from <= '600150' and length(carton_from) = 6 order by carton_from desc limit 5",
        ),
      ).toContain('ref_shipments_carton');
      expect(plan('select * from ref_shipments where seq > 3')).toContain('ref_shipments_seq');
    } finally {
      sqlite.close();
    }
  });
});
