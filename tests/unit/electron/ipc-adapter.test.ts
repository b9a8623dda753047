import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Caller, Core } from '../../../src-main/core/core-types';
import type { AppError } from '../../../src-shared/errors';

type Handler = (event: unknown, method: unknown, input: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
  showItemInFolder: vi.fn<(path: string) => void>(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler),
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
  shell: {
    openExternal: electron.openExternal,
    openPath: vi.fn(),
    showItemInFolder: electron.showItemInFolder,
  },
  dialog: {},
  app: {},
  BrowserWindow: { fromWebContents: () => null },
}));

const { registerIpcAdapter } = await import('../../../src-main/electron/ipc-adapter');

class FakeContents {
  private destroyed = false;
  private readonly onDestroyed: Array<() => void> = [];
  constructor(readonly id: number) {}
  isDestroyed() {
    return this.destroyed;
  }
  once(event: string, listener: () => void) {
    if (event === 'destroyed') this.onDestroyed.push(listener);
  }
  destroy() {
    this.destroyed = true;
    this.onDestroyed.forEach((listener) => listener());
  }
}

function fakeCore() {
  const calls: Array<{ method: string; input: unknown; token: string | null; clientKey: string }> = [];
  const uploads: Array<{ bytes: Buffer; fileName: string; token: string | null }> = [];
  const core: Core = {
    dispatch(method: string, input: unknown, caller: Caller) {
      calls.push({ method, input, token: caller.sessionToken, clientKey: caller.clientKey });
      if (method === 'auth.signIn') caller.setSessionToken('tok-1');
      if (method === 'auth.signOut') caller.setSessionToken(null);
      if (method === 'boom') return Promise.reject(new Error('boom'));
      return Promise.resolve({ ok: true, value: method });
    },
    getFile: () => null,
    checkUpload: () => Promise.resolve({ ok: true, value: null }),
    upload: (bytes, fileName, caller) => {
      uploads.push({ bytes, fileName, token: caller.sessionToken });
      return Promise.resolve({ ok: true, value: { uploadId: 'u-1', fileName, bytes: bytes.length } });
    },
    logError: () => 'E-TEST',
    close: () => undefined,
  };
  return { core, calls, uploads };
}

const appFrame = { url: 'app://regiondesk/index.html' };

function invoke(contents: FakeContents, method: unknown, input: unknown = {}, frame: unknown = appFrame) {
  const handler = electron.handlers.get('regiondesk:invoke');
  if (!handler) throw new Error('no handler');
  return handler({ sender: contents, senderFrame: frame }, method, input);
}

let dispose: () => void;
let dataDir: string;
let harness: ReturnType<typeof fakeCore>;

beforeEach(() => {
  electron.handlers.clear();
  electron.openExternal.mockClear();
  harness = fakeCore();
  electron.showItemInFolder.mockClear();
  dataDir = mkdtempSync(join(tmpdir(), 'regiondesk-ipc-'));
  const made = dataDir;
  onTestFinished(() => rmSync(made, { recursive: true, force: true }));
  dispose = registerIpcAdapter(harness.core, dataDir);
});

describe('ipc adapter', () => {
  it('hands uploaded bytes to the core with the window’s session, and refuses anything else', async () => {
    const contents = new FakeContents(7);
    await invoke(contents, 'auth.signIn');
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    expect(await invoke(contents, 'shell.upload', { fileName: 'HD-03-2026-11-r1.zip', bytes })).toMatchObject(
      {
        ok: true,
        value: { uploadId: 'u-1', bytes: 4 },
      },
    );
    expect(harness.uploads).toHaveLength(1);
    expect([...harness.uploads[0]!.bytes]).toEqual([...bytes]);
    expect(harness.uploads[0]!.token).toBe('tok-1');
    for (const input of [{ fileName: 'a.zip', bytes: 'UEsDBA==' }, { bytes }, { fileName: '', bytes }]) {
      expect(await invoke(contents, 'shell.upload', input)).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      });
    }
    expect(harness.uploads).toHaveLength(1);
  });

  it('shows only a file of the outbox in the file manager', async () => {
    const contents = new FakeContents(8);
    mkdirSync(join(dataDir, 'outbox'));
    writeFileSync(join(dataDir, 'outbox', 'HD-03-2026-11-r1.zip'), 'PK');
    expect(await invoke(contents, 'shell.showInOutbox', { fileName: 'HD-03-2026-11-r1.zip' })).toMatchObject({
      ok: true,
    });
    expect(electron.showItemInFolder).toHaveBeenCalledWith(join(dataDir, 'outbox', 'HD-03-2026-11-r1.zip'));
    for (const fileName of ['../regiondesk.sqlite', '.hidden', 'a/b.zip', '..']) {
      expect(await invoke(contents, 'shell.showInOutbox', { fileName })).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      });
    }
    expect(await invoke(contents, 'shell.showInOutbox', { fileName: 'HD-03-2026-10-r1.zip' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(electron.showItemInFolder).toHaveBeenCalledTimes(1);
  });

  it('refuses senders outside app://regiondesk with FORBIDDEN', async () => {
    const contents = new FakeContents(1);
    for (const frame of [null, { url: 'https://evil.example/' }, { url: 'app://other/index.html' }]) {
      const result = (await invoke(contents, 'reports.list', {}, frame)) as {
        ok: boolean;
        error: { code: string };
      };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('FORBIDDEN');
    }
    expect(harness.calls).toHaveLength(0);
  });

  it('refuses method names that are not short strings', async () => {
    const contents = new FakeContents(1);
    for (const method of [42, '', 'x'.repeat(101), null]) {
      expect(await invoke(contents, method)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
  });

  it('keeps the session token per window and drops it when the window goes', async () => {
    const first = new FakeContents(1);
    const second = new FakeContents(2);
    await invoke(first, 'auth.signIn');
    await invoke(first, 'reports.list');
    await invoke(second, 'reports.list');
    expect(harness.calls.slice(1).map((c) => [c.token, c.clientKey])).toEqual([
      ['tok-1', 'ipc:1'],
      [null, 'ipc:2'],
    ]);
    first.destroy();
    const reopened = new FakeContents(1);
    await invoke(reopened, 'reports.list');
    expect(harness.calls.at(-1)?.token).toBeNull();
  });

  it('clears the token on sign-out', async () => {
    const contents = new FakeContents(3);
    await invoke(contents, 'auth.signIn');
    await invoke(contents, 'auth.signOut');
    await invoke(contents, 'reports.list');
    expect(harness.calls.at(-1)?.token).toBeNull();
  });

  it('turns a thrown error into an INTERNAL result whose message names the logged error id', async () => {
    const answer = (await invoke(new FakeContents(4), 'boom')) as { ok: false; error: AppError };
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL', ref: 'E-TEST' } });
    expect(answer.error.message).toContain('错误编号 E-TEST');
  });

  it('opens only http and https addresses', async () => {
    const contents = new FakeContents(5);
    expect(await invoke(contents, 'shell.openExternal', { url: 'https://example.com/a' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(electron.openExternal).toHaveBeenCalledWith('https://example.com/a');
    expect(await invoke(contents, 'shell.openExternal', { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await invoke(contents, 'shell.openExternal', 'https://example.com')).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
    expect(harness.calls).toHaveLength(0);
  });

  it('answers saveFile for an unknown file with NOT_FOUND', async () => {
    expect(
      await invoke(new FakeContents(6), 'shell.saveFile', { fileId: 'nope', fileName: '周报.docx' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('removes its handler when disposed', () => {
    dispose();
    expect(electron.handlers.has('regiondesk:invoke')).toBe(false);
  });
});
