import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../../src-main/electron/app-server';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/electron/csp';

let base: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'regiondesk-app-server-'));
  const root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>RegionDesk</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  handler = createAppRequestHandler(root);
});

afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

const get = (url: string) => handler(new Request(url));

describe('app:// request handler', () => {
  it('serves index.html for / with the CSP header', async () => {
    const response = await get('app://regiondesk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('RegionDesk');
  });

  it('serves scripts with a JavaScript type', async () => {
    const response = await get('app://regiondesk/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('falls back to index.html for client routes but not for missing assets', async () => {
    expect((await get('app://regiondesk/reports/12')).status).toBe(200);
    const missing = await get('app://regiondesk/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('does not follow a symlink out of the build folder', async () => {
    expect((await get('app://regiondesk/assets/link.txt')).status).toBe(404);
  });

  it('refuses traversal and other methods', async () => {
    expect((await get('app://regiondesk/..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://regiondesk/../secret.txt')).status).toBe(404);
    const post = await handler(new Request('app://regiondesk/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
  });
});
