import { z } from 'zod';
import { id } from './common';
import { method, onlyIn } from './define';

export const FIGURE_SOURCE_LABELS = { adjusted: '调整', imported: '导入', report: '本人月报' } as const;

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

export const salesMethods = onlyIn('office', {
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
