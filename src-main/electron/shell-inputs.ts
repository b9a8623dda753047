import { z } from 'zod';
import { fail, type AppError } from '../../src-shared/errors';

// Extra keys are dropped rather than refused: callers may pass a whole generated-file record.
export const saveFileInput = z.object({
  fileId: z.string().min(1).max(200),
  fileName: z.string().min(1).max(255),
});

export const openExternalInput = z.object({
  url: z.string().min(1).max(2048),
});

export const uploadInput = z.object({
  fileName: z.string().min(1).max(255),
  bytes: z.instanceof(Uint8Array),
});

// A bundle's own name in the outbox: no folders, nothing hidden.
export const showInOutboxInput = z.object({
  fileName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
});

export type SaveFileInput = z.infer<typeof saveFileInput>;
export type OpenExternalInput = z.infer<typeof openExternalInput>;

/** What shell.saveFile answers: whether the user saved, where, and whether it was opened. */
export type SaveFileOutput = { saved: false } | { saved: true; filePath: string; opened: boolean };

/** What shell.openExternal answers once the address was handed to the system browser. */
export interface OpenExternalOutput {
  opened: true;
}

/**
 * Validates a shell method's input the way the core validates its own: failures come back
 * as BAD_INPUT with one message per field, never as a thrown error.
 */
export function parseShellInput<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; error: AppError } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= '内容不符合要求';
  }
  return fail('BAD_INPUT', '提交的内容不完整或格式不对，请检查后重试。', fields);
}
