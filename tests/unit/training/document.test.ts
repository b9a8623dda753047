import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DocBlock, DocModel } from '../../../src-shared/documents/doc-model';
import { TRAINING_NOTICE_TITLE } from '../../../src-shared/documents/training-notice';
import { SCORE_SHEET_TITLE } from '../../../src-shared/documents/training-score-sheet';
import { SIGN_IN_TITLE, WALK_IN_ROWS } from '../../../src-shared/documents/training-sign-in';
import { call, expectError, expectOk, type FakeCaller, startOffice } from '../../helpers/core-harness';
import { openDocx, paragraphs, squash } from '../print/docx-text';

type Office = Awaited<ReturnType<typeof startOffice>>;

interface Invitee {
  userId: number;
  attendance?: 'present' | 'late' | 'absent' | 'excused';
  score?: number | null;
}

/** A session of 3 December with the given attendees, written straight into the office's database. */
function insertSession(o: Office, invitees: Invitee[], over: Record<string, unknown> = {}): number {
  const sqlite = new Database(o.dbFile);
  try {
    const at = '2026-11-26T02:00:00.000Z';
    const session = {
      topic: '康健新品知识与推介要点',
      category: '产品知识',
      trainer_name: '刘强',
      day: '2026-12-03',
      start_time: '14:00',
      end_time: '17:00',
      place: '办事处二楼会议室',
      hours: 3,
      notes: '请提前阅读产品手册第3章。',
      status: 'scheduled',
      created_by: o.managerId,
      created_at: at,
      updated_at: at,
      ...over,
    };
    const cols = Object.keys(session);
    const id = Number(
      sqlite
        .prepare(
          `insert into training_sessions (${cols.join(',')}) values (${cols.map(() => '?').join(',')})`,
        )
        .run(...Object.values(session)).lastInsertRowid,
    );
    const add = sqlite.prepare(
      `insert into training_attendees (session_id, user_id, attendance, score, entered_by, entered_at)
       values (?, ?, ?, ?, ?, ?)`,
    );
    for (const p of invitees) {
      const entered = p.attendance !== undefined;
      add.run(
        id,
        p.userId,
        p.attendance ?? null,
        p.score ?? null,
        entered ? o.clerkId : null,
        entered ? '2026-12-03T09:30:00.000Z' : null,
      );
    }
    return id;
  } finally {
    sqlite.close();
  }
}

/** Adds people straight into the users table, for a long sheet. */
function insertPeople(o: Office, names: string[]): number[] {
  const sqlite = new Database(o.dbFile);
  try {
    const add = sqlite.prepare(
      `insert into users (username, display_name, role, password_hash, phone, created_at, updated_at)
       values (?, ?, 'rep', 'x', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    );
    return names.map((n, i) => Number(add.run(`extra${i}`, n).lastInsertRowid));
  } finally {
    sqlite.close();
  }
}

/** A generated file's parts, fetched with the session of the caller who made it. */
const docxXml = (o: Office, by: FakeCaller, fileId: string) =>
  openDocx(readFileSync(o.core.getFile(fileId, by.sessionToken)!.path));

const docText = (o: Office, by: FakeCaller, fileId: string) => {
  const parts = docxXml(o, by, fileId);
  return squash([...paragraphs(parts.document), ...parts.headers.flatMap(paragraphs)].join(''));
};

function table(model: DocModel): Extract<DocBlock, { kind: 'table' }> {
  const b = model.blocks.find((x) => x.kind === 'table');
  if (b?.kind !== 'table') throw new Error('no table');
  return b;
}

const gridValue = (model: DocModel, label: string) =>
  model.blocks.flatMap((b) => (b.kind === 'fieldGrid' ? b.cells : [])).find((c) => c.label === label)?.value;

describe('培训通知', () => {
  it('prints the topic, time, place, trainer and every attendee, signed off by the manager', async () => {
    const o = await startOffice();
    const id = insertSession(o, [{ userId: o.wangId }, { userId: o.liId }, { userId: o.clerkId }]);
    const model = expectOk(await call(o.core, o.wang, 'training.noticeDoc', { sessionId: id }));
    expect(model.title).toBe(TRAINING_NOTICE_TITLE);
    const who = model.blocks.find((b) => b.kind === 'text' && b.label === '参加人员');
    expect(who?.kind === 'text' && who.value).toMatch(/王芳.*李军|李军.*王芳/);

    const file = expectOk(await call(o.core, o.manager, 'training.noticeDocx', { sessionId: id }));
    expect(file.fileName).toBe('培训通知-2026-12-03-康健新品知识与推介要点.docx');
    const text = docText(o, o.manager, file.fileId);
    for (const s of [
      TRAINING_NOTICE_TITLE,
      '康健新品知识与推介要点',
      '产品知识',
      '刘强',
      '2026年12月3日(星期四)14:00—17:00',
      '办事处二楼会议室',
      '3学时',
      '王芳',
      '李军',
      '陈静',
      '共3人',
      '请提前阅读产品手册第3章。',
      '请准时参加',
      '区域经理',
      '2026年11月26日',
    ])
      expect(text).toContain(s);
  });

  it('refuses an unknown session with a Chinese message', async () => {
    const o = await startOffice();
    for (const m of ['training.noticeDoc', 'training.signInDocx', 'training.scoreSheetDoc'] as const) {
      const err = expectError(await call(o.core, o.manager, m, { sessionId: 999 }), 'NOT_FOUND');
      expect(err.message).toContain('找不到第 999 号培训');
    }
  });
});

describe('培训签到表', () => {
  it('pre-prints every name in order with blank rows for walk-ins and a repeating header row', async () => {
    const o = await startOffice();
    const id = insertSession(o, [{ userId: o.clerkId }, { userId: o.liId }, { userId: o.wangId }]);
    const model = expectOk(await call(o.core, o.clerk, 'training.signInDoc', { sessionId: id }));
    expect(model.title).toBe(SIGN_IN_TITLE);
    const t = table(model);
    expect(t.columns.map((c) => c.label)).toEqual([
      '序号',
      '姓名',
      '岗位 / 区域',
      '签到时间',
      '签退时间',
      '签名',
    ]);
    const names = t.rows.map((r) => r[1]!.join(''));
    // Reps before the clerk, whatever order they were invited in.
    const invited = names.slice(0, 3);
    expect([...invited].sort()).toEqual(['李军', '王芳', '陈静'].sort());
    expect(invited[2]).toBe('陈静');
    expect(names.slice(3)).toEqual(Array(WALK_IN_ROWS).fill(''));
    expect(t.rows.map((r) => r[0]!.join(''))).toEqual(['1', '2', '3', '4', '5', '6']);
    // Each signature cell is two lines high, for ink.
    expect(t.rows.every((r) => r[5]!.length === 2)).toBe(true);
    expect(gridValue(model, '应到人数')).toBe('3 人');

    const file = expectOk(await call(o.core, o.clerk, 'training.signInDocx', { sessionId: id }));
    const xml = docxXml(o, o.clerk, file.fileId).document;
    expect(xml).toContain('<w:tblHeader/>');
    const text = docText(o, o.clerk, file.fileId);
    const at = invited.map((n) => text.indexOf(n));
    expect(at.every((x) => x > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const s of ['培训讲师', '记录人', '签到时间', '签退时间', '办事处二楼会议室'])
      expect(text).toContain(s);
  });

  it('runs a 40-person sheet over pages with its column labels marked to repeat', async () => {
    const o = await startOffice();
    const extra = insertPeople(
      o,
      Array.from({ length: 37 }, (_, i) => `学员${String(i + 1).padStart(2, '0')}`),
    );
    const everyone = [o.wangId, o.liId, o.clerkId, ...extra];
    const id = insertSession(
      o,
      everyone.map((userId) => ({ userId })),
    );
    const model = expectOk(await call(o.core, o.manager, 'training.signInDoc', { sessionId: id }));
    expect(table(model).rows).toHaveLength(40 + WALK_IN_ROWS);
    const file = expectOk(await call(o.core, o.manager, 'training.signInDocx', { sessionId: id }));
    const xml = docxXml(o, o.manager, file.fileId).document;
    const header = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>[\s\S]*?<\/w:tr>/.exec(xml)?.[0] ?? '';
    expect(squash(paragraphs(header).join(''))).toBe('序号姓名岗位/区域签到时间签退时间签名');
    for (let i = 1; i <= 37; i++) expect(xml).toContain(`学员${String(i).padStart(2, '0')}`);
  });
});

describe('培训成绩表', () => {
  it('shows each attendance and score, the average and the pass count', async () => {
    const o = await startOffice();
    const id = insertSession(
      o,
      [
        { userId: o.wangId, attendance: 'present', score: 92 },
        { userId: o.liId, attendance: 'late', score: 55.5 },
        { userId: o.clerkId, attendance: 'excused', score: null },
      ],
      { status: 'held' },
    );
    const model = expectOk(await call(o.core, o.manager, 'training.scoreSheetDoc', { sessionId: id }));
    expect(model.title).toBe(SCORE_SHEET_TITLE);
    const rows = table(model).rows.map((r) => r.map((c) => c.join(' ')));
    const byName = Object.fromEntries(rows.map((r) => [r[1], r]));
    expect(byName['王芳']!.slice(3, 6)).toEqual(['出席', '92', '及格']);
    expect(byName['李军']!.slice(3, 6)).toEqual(['迟到', '55.5', '不及格']);
    expect(byName['陈静']!.slice(3, 6)).toEqual(['请假', '', '']);
    // One clerk entered the lot: the summary names her once, with no column for it.
    expect(rows[0]).toHaveLength(6);
    expect(gridValue(model, '录入')).toBe('陈静 2026-12-03 17:30');
    expect(gridValue(model, '平均分')).toBe('73.8');
    expect(gridValue(model, '实到人数')).toBe('2 人');
    expect(gridValue(model, '及格人数')).toBe('1 人(60 分及格,及格率 50%)');

    const file = expectOk(await call(o.core, o.wang, 'training.scoreSheetDocx', { sessionId: id }));
    const text = docText(o, o.wang, file.fileId);
    for (const s of ['出席', '迟到', '请假', '92', '55.5', '73.8', '出席1迟到1缺席0请假1', '录入']) {
      expect(text).toContain(s);
    }
  });
});
