import { z } from 'zod';
import { HQ_CHANNEL_MAX_MONTHS, monthsBetween } from './head-office-channel';
import { method, onlyIn } from './define';

const monthText = (label: string) =>
  z.string({ error: `${label}须为文字` }).regex(/^[1-9]\d{3}-(0[1-9]|1[0-2])$/, `${label}格式应为 2026-11`);

export const hqTrainingInput = z
  .object({
    /** A region's code (the office's 区域编码): the offices and people listed are that region's. */
    region: z
      .string({ error: '区域编码须为文字' })
      .trim()
      .min(1, '请选择区域')
      .max(20, '区域编码不能超过20个字符')
      .regex(/^[A-Za-z0-9-]+$/, '区域编码只能用字母、数字和短横线')
      .optional(),
    from: monthText('开始月份').optional(),
    to: monthText('结束月份').optional(),
  })
  .strict()
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: '开始月份不能晚于结束月份',
    path: ['to'],
  })
  .refine((v) => !v.from || !v.to || monthsBetween(v.from, v.to).length <= HQ_CHANNEL_MAX_MONTHS, {
    message: `一次最多查看 ${HQ_CHANNEL_MAX_MONTHS} 个月`,
    path: ['to'],
  });

/** Training in figures for a region, an office or a person over the months shown. */
const figures = {
  /** Held sessions (for a person: held sessions on their list). */
  sessions: z.number().int(),
  /** Hours of the held sessions themselves (for a person: the hours they attended). */
  sessionHours: z.number(),
  /** Hours attended, summed over people (出席 + 迟到). */
  personHours: z.number(),
  invited: z.number().int(),
  attended: z.number().int(),
  /** 0–1 by each office's own rule for 请假; null when nothing to count. */
  rate: z.number().nullable(),
};

export const hqTrainingOutput = z.object({
  months: z.array(z.string()),
  regions: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      ...figures,
      /** personHours per month shown. */
      cells: z.array(z.object({ month: z.string(), personHours: z.number() })),
    }),
  ),
  offices: z.array(
    z.object({ officeCode: z.string(), officeName: z.string(), regionCode: z.string(), ...figures }),
  ),
  people: z.array(
    z.object({
      officeCode: z.string(),
      officeName: z.string(),
      userId: z.number().int(),
      name: z.string(),
      ...figures,
      averageScore: z.number().nullable(),
    }),
  ),
});
export type HqTrainingOutput = z.infer<typeof hqTrainingOutput>;

/** 培训 at head office, from the training sections of the offices' current bundles. */
export const headOfficeTrainingMethods = onlyIn('headOffice', {
  /** Training hours per region and month, and per office and person (the chosen region's when one is chosen). */
  'hq.training': method({ input: hqTrainingInput, output: hqTrainingOutput, access: ['manager'] }),
});
