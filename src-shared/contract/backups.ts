import { z } from 'zod';
import { empty } from './common';
import { method } from './define';

/** How a backup came to be, as the page names it: 每日, 每月 (a month's last kept), 升级前, 手动. */
export const BACKUP_KINDS = ['daily', 'monthly', 'preUpgrade', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** A backup file's name in the backup folder (or a kept database's in the data folder). */
const fileId = z
  .string({ error: '请选择一个备份' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.sqlite$/, '备份名称无效,请从列表中选择一个备份');

/** A folder on this PC, written in full (E:\ or /media/u盘). */
const folderPath = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(500, `${label}的路径不能超过500个字符`)
    .refine((p) => !/[\0\n\r]/.test(p), `${label}的路径含有无效字符`);

export const backupSettingsSchema = z.object({
  folder: folderPath('备份文件夹'),
  keepDaily: z
    .number({ error: '保留每日备份的天数须为数字' })
    .int('保留每日备份的天数须为整数')
    .min(1, '每日备份至少保留1天')
    .max(366, '每日备份最多保留366天'),
  keepMonthly: z
    .number({ error: '保留每月备份的个数须为数字' })
    .int('保留每月备份的个数须为整数')
    .min(0, '每月备份的个数不能为负数')
    .max(120, '每月备份最多保留120个'),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const backupEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  bytes: z.number(),
  /** integrity_check of the written file: 完好 or 损坏. */
  check: z.enum(['ok', 'corrupt']),
  checkDetail: z.string().nullable(),
  /** The schema version the backup was written at, when it could be read. */
  userVersion: z.number().nullable(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** A database a restore replaced, kept in the data folder so the restore can be undone. */
export const keptDatabaseSchema = z.object({ id: z.string(), createdAt: z.string(), bytes: z.number() });
export type KeptDatabase = z.infer<typeof keptDatabaseSchema>;

const restoreResult = z.object({
  restoredFrom: z.string(),
  /** The database that was live until now, kept beside the new one. */
  keptAs: z.string(),
  fromVersion: z.number(),
  toVersion: z.number(),
});
export type RestoreResult = z.infer<typeof restoreResult>;

/** Backups and restore: the manager's (at head office its administrator's) safety net. */
export const backupsMethods = {
  'backups.list': method({
    input: empty,
    output: z.object({
      settings: backupSettingsSchema,
      defaultFolder: z.string(),
      backups: z.array(backupEntrySchema),
      kept: z.array(keptDatabaseSchema),
    }),
    access: ['manager'],
  }),
  /** 立即备份: an online backup now, checked and listed as 手动. */
  'backups.create': method({ input: empty, output: backupEntrySchema, access: ['manager'] }),
  'backups.updateSettings': method({
    input: backupSettingsSchema.strict(),
    output: backupSettingsSchema,
    access: ['manager'],
  }),
  /** 复制到文件夹: database, keys and attachments with a manifest, into a folder of its own. */
  'backups.copyTo': method({
    input: z.object({ folder: folderPath('目标文件夹') }).strict(),
    output: z.object({ folder: z.string(), files: z.number(), bytes: z.number() }),
    access: ['manager'],
  }),
  'backups.restore': method({
    input: z.object({ id: fileId }).strict(),
    output: restoreResult,
    access: ['manager'],
  }),
  /** Puts back a database a restore replaced (撤销恢复). */
  'backups.undoRestore': method({
    input: z.object({ id: fileId }).strict(),
    output: restoreResult,
    access: ['manager'],
  }),
};
