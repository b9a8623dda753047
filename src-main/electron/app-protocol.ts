import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { createAppRequestHandler } from './app-server';

/**
 * Must run before app 'ready'. "standard" gives the pages a real origin (relative URLs,
 * storage, module scripts), "secure" makes it a secure context like https, and
 * supportFetchAPI lets the renderer fetch its own assets. CSP is not bypassed.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the renderer build on app://regiondesk/ for the default session. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
