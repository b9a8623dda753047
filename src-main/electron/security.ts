import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { toExternalUrl } from './external-url';
import { isPermissionAllowed } from './permission-policy';

/**
 * Applied to every webContents the app creates (through app 'web-contents-created'), so no
 * window can leave the app's origin, open another window or embed a webview.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Links to web pages open in the user's browser; nothing opens inside the app.
    const external = toExternalUrl(url);
    if (external !== null) {
      shell.openExternal(external).catch((error: unknown) => {
        console.warn('openExternal failed:', error);
      });
    }
    return { action: 'deny' };
  });
}

/** Refuses permission prompts and checks, device access and downloads for the session. */
export function applySessionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
  session.setDevicePermissionHandler(() => false);
  // Files reach the user only through the save dialog of shell.saveFile.
  session.on('will-download', (event) => {
    event.preventDefault();
  });
}
