import { createHash, randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Attachment } from '../../../../src-shared/contract/pipeline';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import type { HandlerContext } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { checkEvidenceContent } from './content-type';
import type { AttachmentRow } from './tables';

/**
 * Evidence files live in <data folder>/attachments, not under tmp: they are records the office
 * keeps for years. Being inside the data folder, a backup of the folder carries them with the
 * database that refers to them.
 */
export const ATTACHMENTS_DIR = 'attachments';

/** Where a file with this SHA-256 is kept: fanned out by its first two hex digits. */
export function attachmentPath(dataDir: string, sha256: string): string {
  return join(dataDir, ATTACHMENTS_DIR, sha256.slice(0, 2), sha256);
}

/**
 * Refuses a name that carries a path: separators, a parent folder, a drive letter or a NUL. The
 * name is shown and offered again on download, and a saved name must not lead anywhere else.
 */
export function checkFileName(fileName: string): void {
  const pathLike =
    /[/\\\0]/.test(fileName) || /^[A-Za-z]:/.test(fileName) || fileName === '.' || fileName === '..';
  if (pathLike || fileName.trim() === '') {
    throw new ApiError(
      'BAD_INPUT',
      `文件名“${fileName.replace(/\0/g, '�')}”含有路径或非法字符,请只用文件本身的名字重新上传。`,
    );
  }
}

/** The checks before anything is stored: a plain name, some bytes, within the cap, a kept kind. */
function checkEvidence(fileName: string, bytes: Buffer, maxMb: number) {
  checkFileName(fileName);
  if (bytes.length === 0) throw new ApiError('BAD_INPUT', `文件“${fileName}”是空的,请重新选择。`);
  if (bytes.length > maxMb * 1024 * 1024) {
    throw new ApiError(
      'PAYLOAD_TOO_LARGE',
      `文件“${fileName}”超过 ${maxMb} MB 的上限,请压缩或分拆后再上传,或请区域经理调整附件大小上限。`,
    );
  }
  return checkEvidenceContent(fileName, bytes);
}

/**
 * Writes the bytes under their hash unless they are there already: to a temporary file in the
 * same folder, flushed to disk, then renamed, so a power cut leaves either no file or the whole
 * one, never a torn file under a good name.
 */
function writeOnce(dataDir: string, sha256: string, bytes: Buffer): void {
  const path = attachmentPath(dataDir, sha256);
  if (existsSync(path)) return;
  const dir = join(path, '..');
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${sha256}.${randomUUID()}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/**
 * Keeps an evidence file and records it, in the caller's transaction; refused with a Chinese
 * reason (nothing written) when the name, size or content is wrong. The same bytes are stored
 * once however often they are attached.
 */
export async function storeAttachment(
  trx: Db,
  dataDir: string,
  file: { fileName: string; bytes: Buffer; maxMb: number; actorId: number; at: string },
): Promise<AttachmentRow> {
  const kind = checkEvidence(file.fileName, file.bytes, file.maxMb);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  // Written before the row: should the transaction then fail, what is left is an unreferenced
  // file under its hash, which a later attach of the same bytes simply reuses.
  writeOnce(dataDir, sha256, file.bytes);
  const row = await trx
    .insertInto('attachments')
    .values({
      sha256,
      file_name: file.fileName,
      mime: kind.mime,
      bytes: file.bytes.length,
      created_by: file.actorId,
      created_at: file.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, {
    actorId: file.actorId,
    action: 'create',
    entity: 'attachments',
    entityId: row.id,
    at: file.at,
    detail: { fileName: row.file_name, mime: row.mime, bytes: row.bytes, sha256 },
  });
  return row;
}

/** An attachment as the API shows it, or null when there is no such record. */
export async function loadAttachment(db: Db, id: number): Promise<Attachment | null> {
  const row = await db
    .selectFrom('attachments')
    .innerJoin('users', 'users.id', 'attachments.created_by')
    .select([
      'attachments.id',
      'attachments.file_name',
      'attachments.mime',
      'attachments.bytes',
      'attachments.sha256',
      'attachments.created_at',
      'users.display_name',
    ])
    .where('attachments.id', '=', id)
    .executeTakeFirst();
  return row ? toAttachment(row) : null;
}

/** The API's shape of an attachment row joined with its uploader's name. */
export function toAttachment(row: {
  id: number;
  file_name: string;
  mime: string;
  bytes: number;
  sha256: string;
  created_at: string;
  display_name: string;
}): Attachment {
  return {
    id: row.id,
    fileName: row.file_name,
    mime: row.mime,
    bytes: row.bytes,
    sha256: row.sha256,
    at: row.created_at,
    byName: row.display_name,
  };
}

/** A kept file's bytes, checked against its name so a damaged file is noticed, not handed out. */
export function readAttachmentBytes(dataDir: string, sha256: string): Buffer {
  const path = attachmentPath(dataDir, sha256);
  const bytes = existsSync(path) ? readFileSync(path) : null;
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new ApiError(
      'NOT_FOUND',
      '附件文件在数据文件夹中缺失或已损坏,请从备份恢复数据文件夹,或重新上传该附件。',
    );
  }
  return bytes;
}

/**
 * A stored attachment handed to the caller as a download, once the module that holds it says
 * they may see it; a file they may not see is answered as absent, with the module's message.
 */
export async function attachmentDownload(
  ctx: HandlerContext,
  attachmentId: number,
  maySee: () => Promise<boolean>,
  notFound: string,
): Promise<{ fileId: string; fileName: string }> {
  const file = await ctx.db
    .selectFrom('attachments')
    .select(['id', 'file_name', 'mime', 'sha256'])
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  if (!file || !(await maySee())) throw new ApiError('NOT_FOUND', notFound);
  const bytes = readAttachmentBytes(ctx.dataDir, file.sha256);
  const out = ctx.files.add(bytes, file.file_name, file.mime, ctx.caller.sessionToken);
  return { fileId: out.id, fileName: file.file_name };
}

/**
 * Keeps the caller's uploaded file and ties it to its owner (`link`, in the same transaction),
 * then forgets the upload; the stored attachment as the API shows it. The name kept is the one
 * the user's system gave: the upload store's safe copy would hide a path.
 */
export async function attachUpload(
  ctx: HandlerContext,
  upload: { uploadId: string; maxMb: number; actorId: number; at: string },
  link: (trx: Db, file: AttachmentRow) => Promise<void>,
): Promise<Attachment> {
  const file = ctx.uploads.read(upload.uploadId, ctx.caller.sessionToken);
  if (!file) throw new ApiError('NOT_FOUND', '上传的文件已过期或不存在,请重新选择文件。');
  const stored = await ctx.db.transaction().execute(async (trx) => {
    const row = await storeAttachment(trx, ctx.dataDir, {
      fileName: file.originalName,
      bytes: file.bytes,
      maxMb: upload.maxMb,
      actorId: upload.actorId,
      at: upload.at,
    });
    await link(trx, row);
    return row;
  });
  ctx.uploads.remove(upload.uploadId);
  const shown = await loadAttachment(ctx.db, stored.id);
  if (!shown) throw new ApiError('INTERNAL', '文件保存后无法读取,请重试。');
  return shown;
}
