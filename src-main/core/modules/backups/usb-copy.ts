import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { HOUR_MS, OFFICE_UTC_OFFSET_HOURS } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import { ATTACHMENTS_DIR } from '../attachments';
import { isInside } from './backup-settings';

const bad = (message: string) => new ApiError('BAD_INPUT', message, { folder: message });

/** The copy's folder name in office time, e.g. RegionDesk-备份-2026-12-06 131756. */
export function copyFolderName(at: Date): string {
  const t = new Date(at.getTime() + OFFICE_UTC_OFFSET_HOURS * HOUR_MS).toISOString();
  return `RegionDesk-备份-${t.slice(0, 10)} ${t.slice(11, 19).replace(/:/g, '')}`;
}

/** Refuses a target that is not a folder of this PC outside the data folder. */
export function checkCopyTarget(target: string, dataDir: string): void {
  if (!isAbsolute(target)) {
    throw bad('请写出目标文件夹的完整路径,例如 E:\\ 或 /media/U盘。');
  }
  if (!existsSync(target) || !statSync(target).isDirectory()) {
    throw bad(`找不到文件夹“${target}”。请检查U盘是否已插好、路径是否写对。`);
  }
  if (isInside(target, dataDir)) {
    throw bad('目标文件夹不能在数据文件夹里面,请选择U盘或另一块磁盘上的文件夹。');
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

export interface CopyDeps {
  dataDir: string;
  now: () => Date;
  schemaVersion: number;
  /** Writes a checked online backup of the live database to a file; refuses a damaged one. */
  writeDatabase: (file: string) => Promise<void>;
}

/**
 * A self-contained copy for a USB stick: the database, the keys (the office's signing key, head
 * office's keys) and the attachments, with manifest.json listing each file's size and SHA-256.
 * It is built under a temporary name and renamed when complete, so a stick pulled out midway
 * never holds something that looks like a finished copy.
 */
export async function copyToFolder(
  deps: CopyDeps,
  target: string,
): Promise<{ folder: string; files: number; bytes: number }> {
  checkCopyTarget(target, deps.dataDir);
  const at = deps.now();
  let folder = join(target, copyFolderName(at));
  for (let n = 2; existsSync(folder); n++) folder = join(target, `${copyFolderName(at)}-${n}`);
  const work = `${folder}.partial`;
  try {
    await mkdir(work, { recursive: true });
    await deps.writeDatabase(join(work, 'regiondesk.sqlite'));
    for (const dir of ['keys', ATTACHMENTS_DIR]) {
      const from = join(deps.dataDir, dir);
      if (existsSync(from)) await cp(from, join(work, dir), { recursive: true, preserveTimestamps: true });
    }
    const files = [];
    let bytes = 0;
    for (const file of (await filesUnder(work)).sort()) {
      const size = (await stat(file)).size;
      bytes += size;
      files.push({
        path: relative(work, file).split(sep).join('/'),
        bytes: size,
        sha256: await sha256Of(file),
      });
    }
    const manifest = {
      app: 'RegionDesk',
      createdAt: at.toISOString(),
      schemaVersion: deps.schemaVersion,
      files,
    };
    await writeFile(join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await rename(work, folder);
    return { folder, files: files.length, bytes };
  } catch (err) {
    await rm(work, { recursive: true, force: true });
    if (err instanceof ApiError) throw err;
    throw new ApiError(
      'INVALID_STATE',
      `复制到“${target}”没有完成:${(err as Error).message}。请检查U盘是否已满或被拔出,然后重试。`,
    );
  }
}
