import { z } from 'zod';
import { method } from './define';

/** A screen that failed in the window, reported so the manager can find it in the log. */
export const clientErrorReport = z.strictObject({
  message: z.string().max(2000, '错误描述过长。'),
  stack: z.string().max(20_000, '错误详情过长。').optional(),
  /** The screen's address in the app (the hash route). */
  route: z.string().max(500, '页面地址过长。'),
});
export type ClientErrorReport = z.infer<typeof clientErrorReport>;

export const diagnosticsMethods = {
  // Signed-in only, so a PC on the LAN cannot fill the log without an account.
  'diagnostics.reportClientError': method({
    input: clientErrorReport,
    output: z.object({ errorId: z.string() }),
    access: 'signedIn',
  }),
};
