import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_EVENT_PREFIX,
  IPC_INVOKE,
  type BridgeEvent,
  type RegionDeskBridge,
} from '../../src-shared/contract/bridge';
import type { Result } from '../../src-shared/errors';

const KNOWN_EVENTS: ReadonlySet<BridgeEvent> = new Set<BridgeEvent>(['progress', 'menu']);

// Only these two functions reach the page; ipcRenderer and its event objects never do,
// so page script cannot send on other channels or reach event.sender.
const bridge: RegionDeskBridge = {
  invoke(method, input) {
    return ipcRenderer.invoke(IPC_INVOKE, method, input) as Promise<Result<unknown>>;
  },
  on(event, listener) {
    if (!KNOWN_EVENTS.has(event) || typeof listener !== 'function') return () => undefined;
    const channel = `${IPC_EVENT_PREFIX}${event}`;
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('regiondesk', bridge);
