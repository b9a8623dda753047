import { z } from 'zod';
import { empty, id } from './common';
import { method, onlyIn } from './define';
import { formCode, reportStatus } from './reports';

export const homeItem = z.object({
  formCode,
  periodKey: z.string(),
  authorId: id,
  authorName: z.string(),
  reportId: id.nullable(),
  status: reportStatus.nullable(),
  dueAt: z.string(),
  state: z.enum(['overdue', 'due', 'returned', 'toReview', 'reviewOverdue', 'undecided']),
  note: z.string(),
});
export type HomeItem = z.infer<typeof homeItem>;

export const homeMethods = onlyIn('office', {
  'home.summary': method({
    input: empty,
    output: z.object({ now: z.string(), items: z.array(homeItem) }),
    access: 'signedIn',
  }),
});
