import { z } from 'zod';
import type { DocModel } from '../documents/doc-model';
import { id, text } from './common';
import { formCode } from './report-record';
import { method, onlyIn } from './define';

export const generatedFile = z.object({ fileId: z.string(), fileName: z.string() });
/** A document model for the print preview; built by the core, read by the renderer. */
export const docModel = z.custom<DocModel>((v) => typeof v === 'object' && v !== null && 'blocks' in v);

/** Word documents and print previews of an office's reports. */
export const documentsMethods = onlyIn('office', {
  'documents.generate': method({
    input: z.object({ reportId: id }).strict(),
    output: generatedFile,
    access: 'signedIn',
  }),
  'documents.preview': method({
    input: z.object({ reportId: id }).strict(),
    output: docModel,
    access: 'signedIn',
  }),
  /** One person's month of a form that prints as a month book (走访表): a cover, then each day. */
  'documents.monthBook': method({
    input: z
      .object({
        formCode: formCode.default('F01'),
        authorId: id,
        month: z.string().regex(/^\d{4}-\d{2}$/, '月份格式应为 2026-11'),
      })
      .strict(),
    output: generatedFile,
    access: 'signedIn',
  }),
  'documents.faxPack': method({
    input: z
      .object({
        reportIds: z.array(id).min(1, '请至少选择一份报表').max(100, '一次最多传真100份报表'),
        to: text('收件方', 50, 1),
        toFax: text('传真号', 40, 1),
        subject: text('事由', 100, 1),
      })
      .strict(),
    output: generatedFile,
    access: 'signedIn',
  }),
});
