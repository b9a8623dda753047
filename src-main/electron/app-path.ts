import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** The subset of node:path the resolver needs; tests pass path.win32 to check Windows rules. */
export type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep' | 'extname'>;

export type AppPathResult =
  { ok: true; filePath: string; isRoute: boolean } | { ok: false; status: 400 | 403 | 404 };

/**
 * True when `candidate` is strictly below `root`. Both must already be absolute;
 * a relative result that climbs ("..") or jumps drive (absolute) is outside.
 */
export function isInsideFolder(root: string, candidate: string, pathApi: PathApi = path): boolean {
  const rel = pathApi.relative(root, candidate);
  if (rel === '' || pathApi.isAbsolute(rel)) return false;
  return rel !== '..' && !rel.startsWith(`..${pathApi.sep}`);
}

/**
 * Maps an app:// request URL to a file under `rootDir`, or the status to answer with.
 * The URL parser already folds "." and ".." segments (also as %2e), but the path is
 * decoded afterwards, so encoded separators could still climb: the containment check
 * runs on the final resolved path.
 */
export function resolveAppPath(rootDir: string, requestUrl: string, pathApi: PathApi = path): AppPathResult {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.hostname !== APP_HOST ||
    url.port !== '' ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return { ok: false, status: 404 };
  }

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // NUL ends a path in native calls; ":" would name a drive or an NTFS stream on Windows.
  if (decoded.includes('\0') || decoded.includes(':')) return { ok: false, status: 400 };

  const relative = decoded.replace(/^[/\\]+/, '');
  const wanted = relative === '' || /[/\\]$/.test(relative) ? `${relative}index.html` : relative;
  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, wanted);
  if (!isInsideFolder(root, filePath, pathApi)) return { ok: false, status: 403 };

  // A path without an extension is a client-side route; it falls back to index.html when missing.
  return { ok: true, filePath, isRoute: pathApi.extname(filePath) === '' };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Module scripts are refused without a JavaScript MIME type, so every served file gets one. */
export function contentTypeFor(filePath: string, pathApi: PathApi = path): string {
  return CONTENT_TYPES[pathApi.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
