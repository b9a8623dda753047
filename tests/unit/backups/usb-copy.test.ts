import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../src-main/core/modules';
import { call, expectOk, tempDir } from '../../helpers/core-harness';
import { officeWithBackups, setRepMonthlyDay } from './backup-harness';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('copy to a folder (USB stick)', () => {
  it('writes database, keys and attachments with a manifest of sizes and hashes', async () => {
    const o = await officeWithBackups('2026-12-06T05:17:56.000Z');
    await setRepMonthlyDay(o.core, o.manager, 6);
    // An evidence file as the attachments module keeps it, by its hash.
    const bytes = Buffer.from('%PDF-1.4 合同扫描件');
    const hash = createHash('sha256').update(bytes).digest('hex');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(o.dataDir, 'attachments', hash.slice(0, 2)), { recursive: true });
    writeFileSync(join(o.dataDir, 'attachments', hash.slice(0, 2), hash), bytes);
    const stick = tempDir('regiondesk-usb-');

    const copied = expectOk(await call(o.core, o.manager, 'backups.copyTo', { folder: stick }));
    expect(readdirSync(stick)).toEqual(['RegionDesk-备份-2026-12-06 131756']);
    expect(copied.folder).toBe(join(stick, 'RegionDesk-备份-2026-12-06 131756'));
    const manifest = JSON.parse(readFileSync(join(copied.folder, 'manifest.json'), 'utf8')) as {
      schemaVersion: number;
      files: { path: string; bytes: number; sha256: string }[];
    };
    expect(manifest.schemaVersion).toBe(LATEST_VERSION);
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'regiondesk.sqlite',
        'keys/office-ed25519.pem',
        `attachments/${hash.slice(0, 2)}/${hash}`,
      ]),
    );
    expect(copied.files).toBe(manifest.files.length);
    for (const f of manifest.files) {
      const file = join(copied.folder, f.path);
      expect(statSync(file).size).toBe(f.bytes);
      expect(sha256(file)).toBe(f.sha256);
    }
    expect(readFileSync(join(copied.folder, 'keys/office-ed25519.pem'), 'utf8')).toBe(
      readFileSync(join(o.dataDir, 'keys/office-ed25519.pem'), 'utf8'),
    );
    // The database copy is whole and current.
    const db = new Database(join(copied.folder, 'regiondesk.sqlite'), { readonly: true });
    const value = db.prepare(`select value from settings where key = 'deadlines'`).pluck().get() as string;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(JSON.parse(value).repMonthlyDay).toBe(6);
  });
});
