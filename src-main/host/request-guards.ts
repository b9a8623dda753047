import type { IncomingHttpHeaders } from 'node:http';

/** Methods that only read; every other method changes something and must come from our own page. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Whether a Content-Type is JSON as our client sends it: `application/json`, optionally with
 * `charset=utf-8`, in any letter case. Anything else (`text/plain`, `application/json-patch`,
 * another charset, extra parameters) is what a cross-site form could send and is refused.
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  if (params.length === 0) return true;
  if (params.length > 1) return false;
  return /^charset\s*=\s*(?:utf-8|"utf-8")$/.test(params[0]!);
}

/**
 * Why a request may not change anything, or null when it may. A browser sends Origin with every
 * POST and Sec-Fetch-Site on trustworthy origins; a request with neither, or from another origin,
 * did not come from a page this host served.
 */
export function originProblem(method: string | undefined, headers: IncomingHttpHeaders): string | null {
  if (SAFE_METHODS.has((method ?? 'GET').toUpperCase())) return null;
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin') {
    return '请求来自其他网站,已拒绝。请在 RegionDesk 自己的页面里操作。';
  }
  const origin = headers.origin;
  if (origin === undefined) {
    return fetchSite === 'same-origin'
      ? null
      : '请求没有注明来源(Origin),已拒绝。请在浏览器中打开 RegionDesk 的页面后再操作。';
  }
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return '请求来源无效,已拒绝。请在浏览器中打开 RegionDesk 的页面后再操作。';
  }
  return host !== '' && host === headers.host
    ? null
    : '请求来自其他网站,已拒绝。请在 RegionDesk 自己的页面里操作。';
}
