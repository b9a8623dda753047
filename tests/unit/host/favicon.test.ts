import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core-types';
import { createHostServer } from '../../../src-main/host/server';

const ROOT = path.resolve(__dirname, '../../..');

interface IconLink {
  type: string;
  href: string;
}

/** The <link rel="icon"> tags of the renderer's index.html. */
function iconLinks(): IconLink[] {
  const html = fs.readFileSync(path.join(ROOT, 'src-renderer/index.html'), 'utf8');
  return [...html.matchAll(/<link\s[^>]*rel="icon"[^>]*>/g)].map(([tag]) => ({
    type: /type="([^"]+)"/.exec(tag)?.[1] ?? '',
    href: /href="([^"]+)"/.exec(tag)?.[1] ?? '',
  }));
}

// The host never reaches the core for static files; every method fails loudly if it does.
const unused = () => Promise.reject(new Error('the core is not used for static files'));
const core: Core = {
  dispatch: unused,
  upload: unused,
  checkUpload: unused,
  getFile: () => null,
  logError: () => 'E-TEST',
  close: () => {},
};

let staticDir: string;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  // Laid out as `vite build` leaves it: each linked file copied into assets/ under a hashed name.
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiondesk-favicon-'));
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>RegionDesk</title>');
  for (const link of iconLinks()) {
    const source = path.resolve(ROOT, 'src-renderer', link.href);
    const { name, ext } = path.parse(source);
    fs.copyFileSync(source, path.join(staticDir, 'assets', `${name}-Ab12Cd34${ext}`));
  }
  const server = createHostServer({ core, staticDir }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close?.();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

describe('favicon', () => {
  it('is linked from index.html to the icons in resources/', () => {
    const links = iconLinks();
    expect(links.map((l) => l.type).sort()).toEqual(['image/png', 'image/svg+xml']);
    for (const link of links) {
      expect(link.href.startsWith('../resources/')).toBe(true);
      expect(fs.existsSync(path.resolve(ROOT, 'src-renderer', link.href))).toBe(true);
    }
  });

  it('is served by the host with the content type the link declares', async () => {
    for (const link of iconLinks()) {
      const { name, ext } = path.parse(link.href);
      const response = await fetch(`${base}/assets/${name}-Ab12Cd34${ext}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(link.type);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(fs.readFileSync(path.resolve(ROOT, 'src-renderer', link.href)))).toBe(true);
    }
  });
});
