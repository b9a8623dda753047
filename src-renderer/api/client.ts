import type { InputOf, MethodName, OutputOf } from '../../src-shared/contract';
import type { RegionDeskBridge } from '../../src-shared/contract/bridge';
import { SHELL_METHODS } from '../../src-shared/contract/bridge';
import type { AppError, Result } from '../../src-shared/errors';
import { CONNECTION_LOST_MESSAGE, reportConnection } from './connection';

declare global {
  interface Window {
    regiondesk?: RegionDeskBridge;
  }
}

/** A failed call, carrying the API's typed error. */
export class ApiCallError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

type Transport = (method: string, input: unknown) => Promise<Result<unknown>>;

const httpTransport: Transport = async (method, input) => {
  let res: Response;
  try {
    res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    reportConnection(false);
    return { ok: false, error: { code: 'INTERNAL', message: CONNECTION_LOST_MESSAGE } };
  }
  reportConnection(true);
  try {
    return (await res.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `服务返回了无法识别的内容(HTTP ${res.status}),操作可能没有完成。请刷新页面后查看结果再决定是否重做;如反复出现,请联系管理员。`,
      },
    };
  }
};

/** IPC in the desktop app (the preload's bridge), HTTP in a browser. */
const transport: Transport = window.regiondesk
  ? (method, input) => window.regiondesk!.invoke(method, input)
  : httpTransport;

export const isDesktop = Boolean(window.regiondesk);

const unauthenticatedListeners = new Set<() => void>();

/** Runs when any call finds the session gone, so the app can return to sign-in. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Calls an API method; resolves with its output or rejects with ApiCallError. */
export async function api<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await transport(method, input);
  if (result.ok) return result.value as OutputOf<M>;
  if (result.error.code === 'UNAUTHENTICATED' && method !== 'auth.signIn') {
    unauthenticatedListeners.forEach((l) => l());
  }
  throw new ApiCallError(result.error);
}

/** Hands a generated file to the user: a save dialog on the desktop, a download in a browser. */
export async function deliverFile(file: { fileId: string; fileName: string }): Promise<void> {
  if (window.regiondesk) {
    const result = await window.regiondesk.invoke(SHELL_METHODS.saveFile, file);
    if (!result.ok) throw new ApiCallError(result.error);
    return;
  }
  const a = document.createElement('a');
  a.href = `/files/${encodeURIComponent(file.fileId)}`;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export interface UploadedFile {
  uploadId: string;
  fileName: string;
  bytes: number;
}

/**
 * Hands a file the user picked or dropped to the core for import (head office): over IPC on the
 * desktop, as a raw POST /upload in a browser. Resolves with its upload id.
 */
export async function uploadFile(file: File): Promise<UploadedFile> {
  let result: Result<unknown>;
  if (window.regiondesk) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    result = await window.regiondesk.invoke(SHELL_METHODS.upload, { fileName: file.name, bytes });
  } else {
    try {
      const res = await fetch('/upload', {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
        credentials: 'same-origin',
        body: file,
      });
      result = (await res.json()) as Result<unknown>;
    } catch {
      reportConnection(false);
      result = {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `文件“${file.name}”未能上传:与 RegionDesk 服务的连接已断开。请确认服务在运行、网络正常后重新上传。`,
        },
      };
    }
  }
  if (result.ok) return result.value as UploadedFile;
  if (result.error.code === 'UNAUTHENTICATED') unauthenticatedListeners.forEach((l) => l());
  throw new ApiCallError(result.error);
}

/** Shows a bundle of the outbox in the file manager (desktop only). */
export async function showInOutbox(fileName: string): Promise<void> {
  if (!window.regiondesk) return;
  const result = await window.regiondesk.invoke(SHELL_METHODS.showInOutbox, { fileName });
  if (!result.ok) throw new ApiCallError(result.error);
}

/** The message to show for any error thrown by a call. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiCallError) return err.error.message;
  return err instanceof Error ? err.message : String(err);
}
