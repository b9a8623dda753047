import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './http-util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Maps a URL path to a file under the root, or null when the path would leave it
 * (traversal, encoded separators, NUL bytes).
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rootAbs = resolve(root);
  const target = resolve(rootAbs, normalize(`.${decoded.startsWith('/') ? decoded : `/${decoded}`}`));
  if (target !== rootAbs && !target.startsWith(rootAbs + sep)) return null;
  return target;
}

/** Serves the built renderer; unknown paths get index.html so the app can route. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  let file = resolveStatic(root, urlPath === '/' ? '/index.html' : urlPath);
  if (!file) {
    res.writeHead(400, SECURITY_HEADERS).end();
    return;
  }
  let stat = statSafe(file);
  if (!stat?.isFile()) {
    file = join(resolve(root), 'index.html');
    stat = statSafe(file);
    if (!stat) {
      res.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('界面文件缺失:请先运行 npm run build:renderer(npm run serve 会自动构建)。');
      return;
    }
  }
  const isAsset = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

function statSafe(file: string) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
