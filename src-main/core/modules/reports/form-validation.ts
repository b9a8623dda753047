import { issuesToFields } from '../../../../src-shared/contract/issues';
import { type FormDef, formDataSchema, formDraftSchema } from '../../../../src-shared/domain/forms';
import { ApiError } from '../../../../src-shared/errors';

/**
 * Checks a form's data against its declaration: leniently for a draft (so unfinished work is
 * never lost), completely for a submission.
 */
export function validateFormData(
  form: FormDef,
  data: unknown,
  mode: 'draft' | 'submit',
): Record<string, unknown> {
  const schema = mode === 'draft' ? formDraftSchema(form) : formDataSchema(form);
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  const fields = issuesToFields(parsed.error.issues);
  const first = Object.values(fields)[0] ?? '';
  throw new ApiError(
    'BAD_INPUT',
    mode === 'submit' ? `表单还不完整,不能提交:${first}` : `表单内容有误:${first}`,
    fields,
  );
}
