import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ipcMain, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { type Caller, type Core, outboxDir } from '../core';
import { IPC_INVOKE, SHELL_METHODS } from '../../src-shared/contract/bridge';

import { fail, ok, type Result } from '../../src-shared/errors';
import { toExternalUrl } from './external-url';
import { saveGeneratedFile } from './file-delivery';
import {
  badMethodName,
  forbiddenSender,
  internalError,
  isTrustedSender,
  isValidMethodName,
} from './ipc-guards';
import { SessionTokenStore } from './session-tokens';
import {
  openExternalInput,
  parseShellInput,
  saveFileInput,
  showInOutboxInput,
  uploadInput,
  type OpenExternalOutput,
} from './shell-inputs';

/**
 * The IPC transport: the window's `invoke(method, input)` arrives here, is checked like an
 * HTTP request would be, and goes to the same `core.dispatch`. Returns a function that
 * removes the handler.
 */
export function registerIpcAdapter(core: Core, dataDir: string): () => void {
  const tokens = new SessionTokenStore();
  const tracked = new Set<number>();

  function callerFor(contents: WebContents): Caller {
    const id = contents.id;
    if (!tracked.has(id)) {
      tracked.add(id);
      contents.once('destroyed', () => {
        tracked.delete(id);
        tokens.drop(id);
      });
    }
    return {
      transport: 'ipc',
      get sessionToken() {
        return tokens.get(id);
      },
      setSessionToken(token) {
        // A call still running when its window closed must not leave a token behind.
        if (!contents.isDestroyed()) tokens.set(id, token);
      },
      clientKey: `ipc:${id}`,
    };
  }

  async function openExternal(input: unknown): Promise<Result<OpenExternalOutput>> {
    const parsed = parseShellInput(openExternalInput, input);
    if (!parsed.ok) return parsed;
    const url = toExternalUrl(parsed.value.url);
    if (url === null) {
      return fail('BAD_INPUT', '只能打开以 http 或 https 开头的网址。', { url: '网址无效' });
    }
    await shell.openExternal(url);
    return ok({ opened: true });
  }

  async function route(contents: WebContents, method: string, input: unknown): Promise<Result<unknown>> {
    const caller = callerFor(contents);
    switch (method) {
      case SHELL_METHODS.saveFile: {
        const parsed = parseShellInput(saveFileInput, input);
        if (!parsed.ok) return parsed;
        return saveGeneratedFile(core, contents, caller.sessionToken, parsed.value);
      }
      case SHELL_METHODS.openExternal:
        return openExternal(input);
      case SHELL_METHODS.upload: {
        const parsed = parseShellInput(uploadInput, input);
        if (!parsed.ok) return parsed;
        const { bytes, fileName } = parsed.value;
        return core.upload(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName, caller);
      }
      case SHELL_METHODS.showInOutbox: {
        const parsed = parseShellInput(showInOutboxInput, input);
        if (!parsed.ok) return parsed;
        const file = join(outboxDir(dataDir), parsed.value.fileName);
        if (!existsSync(file)) return fail('NOT_FOUND', '发件箱中找不到该文件,可能已被移走。');
        shell.showItemInFolder(file);
        return ok({ shown: true });
      }
      default:
        // The core runs on this thread. Word rendering, the bulk of a bundle export, runs in
        // worker threads; the rest of an export or an import (zip, hashes, data checks, one
        // transaction) still runs here in slices of up to a few hundred milliseconds. Moving
        // those into a utilityProcess with its own connection is the next step if that shows.
        return core.dispatch(method, input, caller);
    }
  }

  // The event object stays here: only the method's Result crosses back to the page.
  async function onInvoke(
    event: IpcMainInvokeEvent,
    method: unknown,
    input: unknown,
  ): Promise<Result<unknown>> {
    try {
      if (!isTrustedSender(event.senderFrame)) return forbiddenSender();
      if (!isValidMethodName(method)) return badMethodName();
      return await route(event.sender, method, input);
    } catch (error) {
      return internalError(core.logError(`ipc ${typeof method === 'string' ? method : '(invalid)'}`, error));
    }
  }

  ipcMain.handle(IPC_INVOKE, onInvoke);
  return () => ipcMain.removeHandler(IPC_INVOKE);
}
