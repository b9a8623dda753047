import type { WebContents } from 'electron';
import { IPC_EVENT_PREFIX, type BridgeEvent } from '../../src-shared/contract/bridge';

/** Pushes an event to a window's bridge subscribers; a closed window is skipped quietly. */
export function sendBridgeEvent(contents: WebContents, event: BridgeEvent, payload: unknown): void {
  if (contents.isDestroyed()) return;
  contents.send(`${IPC_EVENT_PREFIX}${event}`, payload);
}
