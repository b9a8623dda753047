import { z } from 'zod';
import { id, uploadId } from './common';
import { method, onlyIn } from './define';

export const FIGURE_SOURCE_LABELS = { adjusted: '更正', imported: '导入', report: '本人月报' } as const;

/** A person's official sales and collections for a month, and where they came from. */
export const monthFigures = z.object({
  userId: id,
  month: z.string(),
  source: z.enum(['adjusted', 'imported', 'report']),
  salesTarget: z.number().nullable(),
  salesActual: z.number().nullable(),
  collectionTarget: z.number().nullable(),
  collectionActual: z.number().nullable(),
});

/** Which header of the sheet holds each column of an actuals import (营销代表, 月份, 销售额, 回款额). */
export const actualsMapping = z
  .object({
    person: z.string().max(100).optional(),
    month: z.string().max(100).optional(),
    salesActual: z.string().max(100).optional(),
    collectionActual: z.string().max(100).optional(),
  })
  .strict();

const actualsRow = z.object({
  row: z.number().int(),
  userId: id,
  name: z.string(),
  month: z.string(),
  salesActual: z.number().nullable(),
  collectionActual: z.number().nullable(),
});

/** One figure an import would change: its old and new official value. */
const actualsChange = z.object({
  name: z.string(),
  month: z.string(),
  field: z.enum(['salesActual', 'collectionActual']),
  old: z.number().nullable(),
  new: z.number().nullable(),
});

/** What an actuals sheet holds and what importing it would change; nothing is stored. */
export const actualsPreview = z.object({
  fileName: z.string(),
  headers: z.array(z.string()),
  /** The columns used, or null when the sheet's columns could not be found. */
  mapping: actualsMapping.nullable(),
  rowCount: z.number().int(),
  /** The first rows, as read. */
  rows: z.array(actualsRow),
  /** Every problem, with its row (null: the whole file), at most 500. */
  problems: z.array(z.object({ row: z.number().int().nullable(), message: z.string() })),
  problemCount: z.number().int(),
  /** The months the sheet covers: their imported figures are replaced by the sheet's. */
  months: z.array(z.string()),
  /** Imported figures of those months that the sheet does not carry again, and will go. */
  removed: z.number().int(),
  changes: z.array(actualsChange),
});
export type ActualsPreview = z.infer<typeof actualsPreview>;

/** An actual amount (元) typed by the office: not negative, not absurd, to the 分; null for none. */
const actualAmount = (label: string) =>
  z
    .number({ error: `${label}须为数字` })
    .min(0, `${label}不能为负数`)
    .max(1_000_000_000, `${label}过大,请核对`)
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
      error: `${label}最多保留两位小数`,
    })
    .nullable();

export const salesMethods = onlyIn('office', {
  /** Reads an uploaded ERP export of monthly actuals and says what importing it would change. */
  'sales.previewActuals': method({
    input: z.object({ uploadId, mapping: actualsMapping.optional() }).strict(),
    output: actualsPreview,
    access: ['manager', 'clerk'],
  }),
  /**
   * Imports the sheet: only when every row is valid, replacing the imported figures of the months it
   * covers, in one transaction; the column choice is remembered for the office's next import.
   */
  'sales.importActuals': method({
    input: z.object({ uploadId, mapping: actualsMapping.optional() }).strict(),
    output: actualsPreview,
    access: ['manager', 'clerk'],
  }),
  /**
   * 更正实际业绩: the manager or clerk types a person's actual sales and collections of a month, with
   * the reason; it outranks the import and the person's own report. Both amounts empty removes it.
   */
  'sales.correctActuals': method({
    input: z
      .object({
        userId: id,
        month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11'),
        salesActual: actualAmount('销售额'),
        collectionActual: actualAmount('回款额'),
        reason: z.string().trim().min(2, '请写明更正原因').max(200, '更正原因不超过 200 字'),
      })
      .strict(),
    output: z.array(monthFigures),
    access: ['manager', 'clerk'],
  }),
  /** The office's official monthly figures per person for a range of months. */
  'sales.figures': method({
    input: z
      .object({
        from: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11'),
        to: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11'),
      })
      .strict()
      .refine((v) => v.from <= v.to, { message: '开始月份不能晚于结束月份', path: ['to'] }),
    output: z.array(monthFigures),
    access: ['manager', 'clerk'],
  }),
});
