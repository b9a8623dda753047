import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { ErrorLog, LOG_DIR_NAME, LOG_FILE_NAME } from '../../../src-main/core/platform/error-log';
import { call, expectError, startOffice, tempDir } from '../../helpers/core-harness';

function logLines(
  dataDir: string,
  name = LOG_FILE_NAME,
): { id: string; where: string; message: string; stack?: string }[] {
  const file = join(dataDir, LOG_DIR_NAME, name);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; where: string; message: string; stack?: string });
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('unexpected errors', () => {
  it('tell the user an error id that finds the stack trace in the data folder’s log', async () => {
    const o = await startOffice();
    // A damaged database: a table the customer search reads has gone.
    const sqlite = new Database(join(o.dataDir, DB_FILE_NAME));
    sqlite.pragma('foreign_keys = OFF');
    sqlite.exec('DROP TABLE customer_people');
    sqlite.close();

    const error = expectError(
      await call(o.core, o.manager, 'customers.search', { query: '医院' }),
      'INTERNAL',
    );
    expect(error.ref).toMatch(/^E-\d{6}-[0-9A-F]{6}$/);
    expect(error.message).toContain(`错误编号 ${error.ref}`);
    expect(error.message).toContain('数据未被改动');
    expect(error.message).toContain('logs');

    await until(() => logLines(o.dataDir).some((l) => l.id === error.ref));
    const entry = logLines(o.dataDir).find((l) => l.id === error.ref);
    expect(entry?.where).toBe('customers.search');
    expect(entry?.message).toContain('customer_people');
    expect(entry?.stack).toBeTruthy();
  });

  it('keep the log within its size by rotating to numbered files', async () => {
    const dataDir = tempDir();
    const log = new ErrorLog({ dataDir, now: () => new Date('2026-12-06T02:00:00Z'), size: '2K', keep: 2 });
    const ids = new Set<string>();
    for (let i = 0; i < 60; i++) {
      ids.add(log.record('reports.save', new Error(`磁盘错误 ${i} ${'x'.repeat(200)}`)));
      // Rotation is checked between writes; give the stream its turn as a busy host would.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await log.close();
    expect(ids.size).toBe(60);
    const files = readdirSync(join(dataDir, LOG_DIR_NAME)).sort();
    expect(files).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`]);
    const total = files.reduce((n, f) => n + readFileSync(join(dataDir, LOG_DIR_NAME, f)).length, 0);
    // Three files of about 2 KB each: old entries were dropped, not kept forever.
    expect(total).toBeLessThan(12 * 1024);
    // The newest entry is kept: at the end of the current file, or of the one just rotated out
    // when the last entry was the one that filled it.
    const newest = files.map((f) => logLines(dataDir, f)).find((lines) => lines.length > 0);
    expect(newest?.at(-1)?.message).toContain('磁盘错误 59');
  });
});
