import { notifications } from '@mantine/notifications';
import { ApiCallError, errorMessage } from './client';

/** Shows a failed action's Chinese message. */
export function notifyError(err: unknown, title = '操作未完成'): void {
  // A lost session already sends the app back to the sign-in page; a toast would only confuse.
  if (err instanceof ApiCallError && err.error.code === 'UNAUTHENTICATED') return;
  notifications.show({ color: 'red', title, message: errorMessage(err), autoClose: 8000 });
}

/** Confirms a finished action. */
export function notifyOk(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 3000 });
}
