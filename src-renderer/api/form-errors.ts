import type { UseFormReturnType } from '@mantine/form';
import { ApiCallError } from './client';
import { notifyError } from './notify';

/**
 * Puts the API's field messages next to the fields (same paths as the form values);
 * anything else becomes a notification.
 */
export function showApiErrors<T>(form: UseFormReturnType<T>, err: unknown, prefix = ''): void {
  if (err instanceof ApiCallError && err.error.fields) {
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(err.error.fields)) {
      errors[prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path] = message;
    }
    form.setErrors(errors);
  }
  notifyError(err);
}
