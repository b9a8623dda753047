import { z } from 'zod';
import { parseDay } from '../domain/deadlines/calendar';
import { ROLES } from '../domain/roles';

/** A trimmed single-line text with a Chinese message naming the field. */
export const text = (label: string, max: number, min = 0) =>
  z
    .string({ error: `${label}须为文字` })
    .trim()
    .min(min, min === 1 ? `请填写${label}` : `${label}至少${min}个字`)
    .max(max, `${label}不能超过${max}个字`);

export const id = z.number({ error: '编号须为数字' }).int().positive();
export const isoDate = z
  .string({ error: '请填写日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日')
  .refine((d) => parseDay(d) !== null, '日期不存在,请检查月份和日子');
export const timestamp = z.string();
export const role = z.enum(ROLES, { error: '角色无效' });
export const empty = z.object({}).strict();

export const username = z
  .string({ error: '请填写登录名' })
  .trim()
  .min(2, '登录名至少2个字符')
  .max(32, '登录名不能超过32个字符')
  .regex(/^[A-Za-z0-9_.-]+$/, '登录名只能用字母、数字、下划线、点和短横线');
export const password = z.string({ error: '请填写密码' }).min(8, '密码至少8位').max(128, '密码不能超过128位');

export const userSummary = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role,
  active: z.boolean(),
  phone: z.string(),
});
export type UserSummary = z.infer<typeof userSummary>;

/** The id of a file handed over through /upload (or the desktop's file dialog) for the call that follows. */
export const uploadId = z
  .string({ error: '缺少上传文件编号' })
  .regex(/^[0-9a-f-]{36}$/, '上传文件编号无效,请重新选择文件');
