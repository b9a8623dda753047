import { isAppUrl } from './app-origin';

/**
 * Every permission is refused except a sanitized clipboard write from the app's own top
 * frame: navigator.clipboard.writeText goes through that check, and the mail hand-off
 * copies a ready subject and body. Chromium still requires a user gesture for it.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  isMainFrame: boolean,
): boolean {
  return permission === 'clipboard-sanitized-write' && isMainFrame && isAppUrl(requestingUrl);
}
