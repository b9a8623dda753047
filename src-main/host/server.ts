import { createReadStream } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { ErrorCode } from '../../src-shared/errors';
import { type Caller, type Core, internalFailure, MAX_UPLOAD_BYTES } from '../core';
import {
  attachmentHeader,
  BodyTooLarge,
  readBody,
  readCookie,
  SECURITY_HEADERS,
  sendJson,
} from './http-util';
import { isJsonContentType, originProblem } from './request-guards';
import { serveStatic } from './static-files';

export const SESSION_COOKIE = 'rd_session';

const STATUS: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  UNKNOWN_METHOD: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  RATE_LIMITED: 429,
  SETUP_REQUIRED: 409,
  ALREADY_SET_UP: 409,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};

export interface HostOptions {
  core: Core;
  staticDir: string;
  /** Lets tests move the host's clock; never enabled in normal use. */
  testClock?: { set(iso: string): void };
  /** Served over HTTPS: the session cookie is marked Secure. */
  secure?: boolean;
  /** Why a client may not be served at all (its address), or null; asked before any route. */
  refuseClient?: (address: string) => string | null;
  /** The LAN certificate (PEM) other PCs download as /office-cert.crt, or null when there is none. */
  lanCertificate?: () => string | null;
}

export function sessionCookie(token: string | null, secure = false): string {
  const flags = `HttpOnly; SameSite=Strict; Path=/${secure ? '; Secure' : ''}`;
  return token
    ? `${SESSION_COOKIE}=${encodeURIComponent(token)}; ${flags}`
    : `${SESSION_COOKIE}=; ${flags}; Max-Age=0`;
}

/** The client's IP as people read it: an IPv4 client of a dual-stack socket without its ::ffff: prefix. */
export function clientAddress(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

async function handleApi(opts: HostOptions, method: string, req: IncomingMessage, res: ServerResponse) {
  const fail = (status: number, code: ErrorCode, message: string) =>
    sendJson(res, status, { ok: false, error: { code, message } });
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume();
    return fail(
      415,
      'BAD_INPUT',
      '请求内容须为 JSON,请以 Content-Type: application/json(可带 charset=utf-8)发送。',
    );
  }
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch (err) {
    if (err instanceof BodyTooLarge)
      return sendJson(
        res,
        413,
        { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大,请精简后再试。' } },
        { Connection: 'close' },
      );
    throw err;
  }
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    return fail(400, 'BAD_INPUT', '请求内容不是有效的 JSON。');
  }
  const headers: Record<string, string> = {};
  const caller: Caller = {
    transport: 'http',
    sessionToken: readCookie(req, SESSION_COOKIE),
    setSessionToken: (token) => {
      headers['Set-Cookie'] = sessionCookie(token, opts.secure);
    },
    clientKey: clientAddress(req),
  };
  const result = await opts.core.dispatch(method, input, caller);
  sendJson(res, result.ok ? 200 : STATUS[result.error.code], result, headers);
}

/** POST /upload: one file's raw bytes for import (head office), name in X-File-Name. */
async function handleUpload(opts: HostOptions, req: IncomingMessage, res: ServerResponse) {
  const fail = (status: number, code: ErrorCode, message: string) =>
    sendJson(res, status, { ok: false, error: { code, message } });
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/octet-stream')) {
    return fail(415, 'BAD_INPUT', '上传须为文件内容(Content-Type: application/octet-stream)。');
  }
  let fileName: string;
  try {
    fileName = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
  } catch {
    return fail(400, 'BAD_INPUT', '文件名无效。');
  }
  if (!fileName) return fail(400, 'BAD_INPUT', '缺少文件名。');
  const caller: Caller = {
    transport: 'http',
    sessionToken: readCookie(req, SESSION_COOKIE),
    setSessionToken: () => undefined,
    clientKey: clientAddress(req),
  };
  // Who may upload is settled before a byte of the body is read.
  const allowed = await opts.core.checkUpload(caller);
  if (!allowed.ok) {
    req.resume();
    return sendJson(res, STATUS[allowed.error.code], allowed);
  }
  let body: Buffer;
  try {
    body = await readBody(req, MAX_UPLOAD_BYTES);
  } catch (err) {
    if (err instanceof BodyTooLarge)
      return sendJson(
        res,
        413,
        {
          ok: false,
          error: { code: 'PAYLOAD_TOO_LARGE', message: '文件超过 256 MB,不是本软件生成的数据包。' },
        },
        { Connection: 'close' },
      );
    throw err;
  }
  const result = await opts.core.upload(body, fileName, caller);
  sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
}

function handleFile(opts: HostOptions, id: string, req: IncomingMessage, res: ServerResponse) {
  const file = opts.core.getFile(id, readCookie(req, SESSION_COOKIE));
  if (!file) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('文件不存在或已过期,请重新生成。');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.mime,
    'Content-Disposition': attachmentHeader(file.fileName),
    'Cache-Control': 'no-store',
  });
  createReadStream(file.path).pipe(res);
}

/** The certificate of HTTPS on the LAN, for a PC to install (see README, 局域网访问). */
function handleCertificate(opts: HostOptions, res: ServerResponse) {
  const pem = opts.lanCertificate?.() ?? null;
  if (!pem) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('本机尚未生成局域网证书。请由区域经理在“办事处设置”中开启局域网访问。');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/x-x509-ca-cert',
    'Content-Disposition': 'attachment; filename="regiondesk-office.crt"',
    'Cache-Control': 'no-store',
  });
  res.end(pem);
}

/** Answers a client the host will not serve, before reading anything it sent. */
function refuse(req: IncomingMessage, res: ServerResponse, message: string) {
  req.resume();
  const wantsJson = (req.url ?? '').startsWith('/api/') || req.url === '/upload';
  if (wantsJson) return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message } });
  res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message);
}

/** The browser host's requests: the same API as the desktop app, plus the renderer's files. */
export function createRequestListener(opts: HostOptions): RequestListener {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    const path = url.pathname;
    const run = async () => {
      const refusedClient = opts.refuseClient?.(clientAddress(req));
      if (refusedClient) return refuse(req, res, refusedClient);
      // Checked before any route: nothing that changes state may come from another site's page.
      const refused = originProblem(req.method, req.headers);
      if (refused) {
        req.resume();
        return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: refused } });
      }
      if (path.startsWith('/api/')) {
        if (req.method !== 'POST')
          return sendJson(res, 405, { ok: false, error: { code: 'BAD_INPUT', message: '请使用 POST。' } });
        let method: string;
        try {
          method = decodeURIComponent(path.slice(5));
        } catch {
          req.resume();
          return sendJson(res, 400, {
            ok: false,
            error: { code: 'BAD_INPUT', message: '接口名称无效,请刷新页面后重试。' },
          });
        }
        return handleApi(opts, method, req, res);
      }
      if (path === '/upload' && req.method === 'POST') return handleUpload(opts, req, res);
      if (path === '/__test__/clock' && opts.testClock && req.method === 'POST') {
        const body = JSON.parse((await readBody(req)).toString('utf8')) as { now: string };
        opts.testClock.set(body.now);
        return sendJson(res, 200, { ok: true, value: { now: body.now } });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, SECURITY_HEADERS).end();
        return;
      }
      if (path.startsWith('/files/')) return handleFile(opts, path.slice(7), req, res);
      if (path === '/office-cert.crt') return handleCertificate(opts, res);
      serveStatic(opts.staticDir, path, res);
    };
    run().catch((err: unknown) => {
      const failure = internalFailure(opts.core.logError(`host ${req.method ?? ''} ${path}`, err));
      if (!res.headersSent) sendJson(res, 500, failure);
      else res.end();
    });
  };
}

/** The browser host over plain HTTP, which main.ts binds to 127.0.0.1 only. */
export function createHostServer(opts: HostOptions): Server {
  return createServer(createRequestListener(opts));
}
