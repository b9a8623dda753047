import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { BundleGap } from '../../../../src-shared/bundle/bundle-data';
import { mailText } from '../../../../src-shared/bundle/mail-text';
import { periodLabel } from '../../../../src-shared/domain/periods';
import { ApiError } from '../../../../src-shared/errors';
import type { DB } from '../../db/database';
import { loadOffice } from '../office';
import { type ExportedFile, outboxDir } from './export-repo';

/**
 * An unsent mail (.eml) with one file of an export attached and the ready subject and body.
 * `X-Unsent: 1` makes Outlook open it as a draft to address and send; other mail programs open
 * it as a message whose attachment can be forwarded.
 */
export async function buildMailDraft(
  db: Kysely<DB>,
  dataDir: string,
  month: string,
  revision: number,
  fileName: string,
  now: Date,
): Promise<{ bytes: Buffer; fileName: string }> {
  const row = await db
    .selectFrom('bundle_exports')
    .selectAll()
    .where('period', '=', month)
    .where('revision', '=', revision)
    .executeTakeFirst();
  if (!row) throw new ApiError('NOT_FOUND', `找不到 ${month} 第 ${revision} 版数据包的导出记录。`);
  const files = JSON.parse(row.files) as ExportedFile[];
  const index = files.findIndex((f) => f.fileName === fileName);
  if (index < 0) throw new ApiError('NOT_FOUND', `该数据包中没有文件“${fileName}”。`);
  let attachment: Buffer;
  try {
    attachment = readFileSync(join(outboxDir(dataDir), files[index]!.fileName));
  } catch {
    throw new ApiError('NOT_FOUND', `发件箱中找不到“${fileName}”,可能已被移走。请重新导出该月数据包。`);
  }
  const office = (await loadOffice(db))!;
  const text = mailText({
    regionName: office.region_name,
    officeName: office.office_name,
    phone: office.phone,
    fax: office.fax,
    monthLabel: periodLabel('month', month),
    revision,
    reportCount: (JSON.parse(row.report_ids) as number[]).length,
    files,
    sha256: row.sha256,
    gaps: JSON.parse(row.gaps) as BundleGap[],
  });
  const subject = files.length > 1 ? `${text.subject} 第 ${index + 1}/${files.length} 封` : text.subject;
  const mail = new MailComposer({
    subject,
    date: now,
    text: text.body,
    textEncoding: 'base64',
    attachments: [{ filename: fileName, content: attachment, contentType: 'application/zip' }],
    headers: { 'X-Unsent': '1' },
  });
  const bytes = await mail.compile().build();
  return { bytes, fileName: fileName.replace(/\.zip$/i, '.eml') };
}
