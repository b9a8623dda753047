import fs from 'node:fs/promises';
import path from 'node:path';
import { contentTypeFor, isInsideFolder, resolveAppPath } from './app-path';
import { securityHeaders } from './csp';

function textResponse(status: number, body: string, extra: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}

/** The real file behind `filePath` if it is a regular file that stays under `realRoot`. */
async function servableFile(realRoot: string, filePath: string): Promise<string | null> {
  try {
    // Resolve links so a symlink inside the build folder cannot point outside it.
    const real = await fs.realpath(filePath);
    if (!isInsideFolder(realRoot, real)) return null;
    const stat = await fs.stat(real);
    return stat.isFile() ? real : null;
  } catch {
    return null;
  }
}

/**
 * Answers app:// requests from the renderer build folder: GET only, paths kept under the
 * folder, client-side routes fall back to index.html, and every answer carries the CSP.
 * Kept free of Electron so it can be tested under Node.
 */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir);
  let realRootPromise: Promise<string> | null = null;
  const realRoot = (): Promise<string> => (realRootPromise ??= fs.realpath(root).catch(() => root));

  return async (request) => {
    if (request.method !== 'GET') return textResponse(405, 'Method Not Allowed', { Allow: 'GET' });

    const resolved = resolveAppPath(root, request.url);
    if (!resolved.ok) return textResponse(resolved.status, 'Not Found');

    const rootReal = await realRoot();
    let file = await servableFile(rootReal, resolved.filePath);
    if (file === null && resolved.isRoute) file = await servableFile(rootReal, path.join(root, 'index.html'));
    if (file === null) return textResponse(404, 'Not Found');

    try {
      const body = await fs.readFile(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          ...securityHeaders(),
          'Content-Type': contentTypeFor(file),
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return textResponse(500, 'Internal Error');
    }
  };
}
