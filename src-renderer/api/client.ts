import type { InputOf, MethodName, OutputOf } from '../../src-shared/contract';
import type { RegionDeskBridge } from '../../src-shared/contract/bridge';
import { SHELL_METHODS } from '../../src-shared/contract/bridge';
import type { AppError, Result } from '../../src-shared/errors';

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
    return {
      ok: false,
      error: { code: 'INTERNAL', message: '无法连接到 RegionDesk 服务,请检查服务是否在运行。' },
    };
  }
  try {
    return (await res.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `服务返回了无法识别的内容(HTTP ${res.status})。` },
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

/** The message to show for any error thrown by a call. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiCallError) return err.error.message;
  return err instanceof Error ? err.message : String(err);
}
