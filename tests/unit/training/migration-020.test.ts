import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { MIGRATIONS } from '../../../src-main/core/modules';
import { tempDir } from '../../helpers/core-harness';
import { migrateFileWith } from '../../helpers/migrations';
import { seedV4Office, seedV4Report } from '../../helpers/seed-v4';

const v20 = MIGRATIONS.findIndex((m) => m.name === '020-training');

describe('020-training', () => {
  it('creates sessions, their lists, materials and development items with their rules', async () => {
    const file = join(tempDir(), DB_FILE_NAME);
    await migrateFileWith(file, MIGRATIONS.slice(0, 4));
    const office = new Database(file);
    seedV4Office(office);
    const report = seedV4Report(office, { form: 'F01', author: 2, period: '2026-11-02', data: {} });
    office.close();
    await migrateFileWith(file, MIGRATIONS.slice(0, v20));
    expect(await migrateFileWith(file, MIGRATIONS.slice(0, v20 + 1))).toMatchObject({ to: 20 });

    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = on');
    try {
      const at = '2026-12-08T02:00:00.000Z';
      const addSession = sqlite.prepare(
        `insert into training_sessions (topic, category, trainer_id, trainer_name, day, start_time, end_time, place,
           hours, status, created_by, created_at, updated_at)
         values ('新品血糖仪产品知识', '产品知识', ?, '张伟', '2026-12-10', ?, ?, '会议室', ?, ?, 1, ?, ?)`,
      );
      const id = Number(addSession.run(1, '09:00', '11:30', 2.5, 'scheduled', at, at).lastInsertRowid);
      // A session ending before it starts, zero or too many hours, an unknown state, a stranger as trainer.
      expect(() => addSession.run(1, '11:30', '09:00', 2.5, 'scheduled', at, at)).toThrow(/CHECK/);
      expect(() => addSession.run(1, '09:00', '11:30', 0, 'scheduled', at, at)).toThrow(/CHECK/);
      expect(() => addSession.run(1, '09:00', '11:30', 25, 'scheduled', at, at)).toThrow(/CHECK/);
      expect(() => addSession.run(1, '09:00', '11:30', 2.5, 'postponed', at, at)).toThrow(/CHECK/);
      expect(() => addSession.run(99, '09:00', '11:30', 2.5, 'scheduled', at, at)).toThrow(/FOREIGN KEY/);
      addSession.run(null, '14:00', '16:00', 2, 'cancelled', at, at);

      const attendee = sqlite.prepare(
        `insert into training_attendees (session_id, user_id, attendance, score, entered_by, entered_at)
         values (?, ?, ?, ?, ?, ?)`,
      );
      attendee.run(id, 2, null, null, null, null);
      expect(() => attendee.run(id, 2, null, null, null, null)).toThrow(/UNIQUE|PRIMARY/);
      expect(() => attendee.run(id, 99, null, null, null, null)).toThrow(/FOREIGN KEY/);
      expect(() => attendee.run(99, 3, null, null, null, null)).toThrow(/FOREIGN KEY/);
      expect(() => attendee.run(id, 3, 'sick', null, 1, at)).toThrow(/CHECK/);
      expect(() => attendee.run(id, 3, 'present', 101, 1, at)).toThrow(/CHECK/);
      expect(() => attendee.run(id, 3, 'present', -1, 1, at)).toThrow(/CHECK/);
      // A mark says who entered it; no mark, no clerk.
      expect(() => attendee.run(id, 3, 'present', 90, null, null)).toThrow(/CHECK/);
      expect(() => attendee.run(id, 3, null, null, 1, at)).toThrow(/CHECK/);
      attendee.run(id, 3, 'present', 90, 1, at);

      const material = sqlite.prepare(
        `insert into training_materials (session_id, attachment_id) values (?, ?)`,
      );
      expect(() => material.run(id, 99)).toThrow(/FOREIGN KEY/);

      const item = sqlite.prepare(
        `insert into development_items (user_id, skill, goal, action, status, source_report_id, dimension,
           closed_at, created_at, updated_at)
         values (2, '产品介绍', '能完整介绍新品', '参加产品知识培训', ?, ?, ?, ?, ?, ?)`,
      );
      item.run('proposed', report, 'scoreProduct', null, at, at);
      // One open proposal per person and dimension.
      expect(() => item.run('open', report, 'scoreProduct', null, at, at)).toThrow(/UNIQUE/);
      // …but a closed one does not hold the next back, nor do the manager's own items.
      item.run('done', report, 'scoreProduct', at, at, at);
      item.run('open', null, null, null, at, at);
      item.run('open', null, null, null, at, at);
      expect(() => item.run('open', report, null, null, at, at)).toThrow(/CHECK/);
      expect(() => item.run('done', null, null, null, at, at)).toThrow(/CHECK/);
      expect(() => item.run('open', null, null, at, at, at)).toThrow(/CHECK/);
      expect(() => item.run('late', null, null, null, at, at)).toThrow(/CHECK/);
      expect(() => item.run('open', 999, 'scoreSkill', null, at, at)).toThrow(/FOREIGN KEY/);

      const plan = (q: string) =>
        (sqlite.prepare(`explain query plan ${q}`).all() as { detail: string }[])
          .map((p) => p.detail)
          .join(' ');
      expect(
        plan(`select id from training_sessions where day between '2026-10-01' and '2026-12-31'`),
      ).toContain('training_sessions_day');
      expect(plan(`select session_id from training_attendees where user_id = 2`)).toContain(
        'training_attendees_user',
      );
    } finally {
      sqlite.close();
    }
  });
});
