import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegionDeskBridge } from '../../../src-shared/contract/bridge';

type Listener = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  const exposed: Record<string, unknown> = {};
  return {
    listeners,
    exposed,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => {
        exposed[key] = api;
      },
    },
    ipcRenderer: {
      invoke: vi.fn<(...args: unknown[]) => Promise<unknown>>(() =>
        Promise.resolve({ ok: true, value: 'done' }),
      ),
      on: (channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      },
      removeListener: (channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let bridge: RegionDeskBridge;

beforeEach(async () => {
  await import('../../../src-main/electron/preload');
  bridge = electron.exposed['regiondesk'] as RegionDeskBridge;
});

describe('preload bridge', () => {
  it('exposes only invoke and on', () => {
    expect(Object.keys(electron.exposed)).toEqual(['regiondesk']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('sends invoke on the one channel', async () => {
    await expect(bridge.invoke('reports.list', { page: 1 })).resolves.toEqual({ ok: true, value: 'done' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('regiondesk:invoke', 'reports.list', {
      page: 1,
    });
  });

  it('passes only the payload to listeners and unsubscribes', () => {
    const received: unknown[] = [];
    const off = bridge.on('progress', (payload) => received.push(payload));
    const channel = electron.listeners.get('regiondesk:event:progress');
    expect(channel?.size).toBe(1);
    const fakeEvent = { sender: 'secret' };
    channel?.forEach((listener) => listener(fakeEvent, { done: 3 }));
    expect(received).toEqual([{ done: 3 }]);
    off();
    expect(channel?.size).toBe(0);
  });

  it('ignores unknown events', () => {
    const off = bridge.on('other' as 'menu', () => undefined);
    expect(electron.listeners.has('regiondesk:event:other')).toBe(false);
    off();
  });
});
