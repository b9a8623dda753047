import { fail, type AppError } from '../../src-shared/errors';
import { isAppUrl } from './app-origin';

export const MAX_METHOD_LENGTH = 100;

/** The part of Electron's WebFrameMain the sender check reads. */
export interface SenderFrameLike {
  readonly url: string;
}

/**
 * True when the frame that sent an IPC message shows one of the app's own pages.
 * A missing frame (navigated away or destroyed) is not trusted.
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame) return false;
  let url: string;
  try {
    url = frame.url;
  } catch {
    return false;
  }
  return isAppUrl(url);
}

/** A method name is a short non-empty string; the dispatcher decides whether it exists. */
export function isValidMethodName(method: unknown): method is string {
  return typeof method === 'string' && method.length > 0 && method.length <= MAX_METHOD_LENGTH;
}

export const forbiddenSender = (): { ok: false; error: AppError } =>
  fail('FORBIDDEN', '该请求不是来自本程序的页面，已拒绝。');

export const badMethodName = (): { ok: false; error: AppError } =>
  fail('BAD_INPUT', '请求的功能名称无效，请刷新页面后重试。');

export { internalFailure as internalError } from '../core';
