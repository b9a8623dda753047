import type { Result } from '../errors';

/** Methods the Electron shell answers itself, without the core (file delivery, links). */
export const SHELL_METHODS = {
  /** Save a generated file through a save dialog; input { fileId, fileName }. */
  saveFile: 'shell.saveFile',
  /** Open an http(s) address in the default browser; input { url }. */
  openExternal: 'shell.openExternal',
  /** Hand a file's bytes to the core for import; input { fileName, bytes: Uint8Array }. */
  upload: 'shell.upload',
  /** Show a bundle in the outbox folder in the file manager; input { fileName }. */
  showInOutbox: 'shell.showInOutbox',
} as const;

/** Events the main process pushes to the window. */
export type BridgeEvent = 'progress' | 'menu';

/**
 * What the Electron preload exposes on `window.regiondesk`: one typed invoke and event
 * subscription, nothing else. The browser host has no bridge; the renderer then uses HTTP.
 */
export interface RegionDeskBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribe to an event; returns the unsubscribe function. */
  on(event: BridgeEvent, listener: (payload: unknown) => void): () => void;
}

/** The channel names on the IPC wire. */
export const IPC_INVOKE = 'regiondesk:invoke';
export const IPC_EVENT_PREFIX = 'regiondesk:event:';
