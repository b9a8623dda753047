import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, isInsideFolder, resolveAppPath } from '../../../src-main/electron/app-path';

const POSIX_ROOT = '/opt/regiondesk/out/renderer';
const WIN_ROOT = 'C:\\Program Files\\RegionDesk\\out\\renderer';

function posix(url: string) {
  return resolveAppPath(POSIX_ROOT, url, path.posix);
}
function win(url: string) {
  return resolveAppPath(WIN_ROOT, url, path.win32);
}
function expectInside(result: ReturnType<typeof posix>, root: string, api: typeof path.posix) {
  expect(result.ok).toBe(true);
  if (result.ok) expect(isInsideFolder(root, result.filePath, api)).toBe(true);
}

describe('resolveAppPath', () => {
  it('serves index.html for the root and for folder paths', () => {
    expect(posix('app://regiondesk/')).toEqual({
      ok: true,
      filePath: `${POSIX_ROOT}/index.html`,
      isRoute: false,
    });
    expect(posix('app://regiondesk')).toMatchObject({ ok: true, filePath: `${POSIX_ROOT}/index.html` });
    expect(posix('app://regiondesk/assets/')).toMatchObject({
      ok: true,
      filePath: `${POSIX_ROOT}/assets/index.html`,
    });
  });

  it('maps assets under the build folder', () => {
    expect(posix('app://regiondesk/assets/index-Bx1.js?v=1#x')).toEqual({
      ok: true,
      filePath: `${POSIX_ROOT}/assets/index-Bx1.js`,
      isRoute: false,
    });
    expect(posix('app://regiondesk/assets/%E5%9B%BE%E6%A0%87.svg')).toMatchObject({
      ok: true,
      filePath: `${POSIX_ROOT}/assets/图标.svg`,
    });
  });

  it('marks extensionless paths as client routes', () => {
    expect(posix('app://regiondesk/reports/12')).toMatchObject({ ok: true, isRoute: true });
  });

  it('keeps dot-segment traversal inside the folder', () => {
    for (const url of [
      'app://regiondesk/../../etc/passwd',
      'app://regiondesk/%2e%2e/%2e%2e/etc/passwd',
      'app://regiondesk/%2E%2E/%2e./.%2e/etc/passwd',
      'app://regiondesk/assets/../../../../etc/passwd',
      'app://regiondesk//etc/passwd',
      'app://regiondesk/%2Fetc%2Fpasswd',
    ]) {
      expectInside(posix(url), POSIX_ROOT, path.posix);
    }
  });

  it('refuses traversal hidden behind encoded separators', () => {
    for (const url of [
      'app://regiondesk/..%2f..%2f..%2fetc%2fpasswd',
      'app://regiondesk/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://regiondesk/assets/..%2F..%2F..%2F..%2Fetc/passwd',
      'app://regiondesk/..%2f',
    ]) {
      expect(posix(url)).toEqual({ ok: false, status: 403 });
    }
  });

  it('refuses the folder itself when a path climbs back to it', () => {
    expect(posix('app://regiondesk/assets%2f..')).toEqual({ ok: false, status: 403 });
  });

  it('refuses Windows traversal, drives and streams', () => {
    expect(win('app://regiondesk/..%5c..%5c..%5cWindows%5cwin.ini')).toEqual({ ok: false, status: 403 });
    expect(win('app://regiondesk/%5c%5cserver%5cshare%5cx')).toMatchObject({ ok: true });
    expect(win('app://regiondesk/C:/Windows/win.ini')).toEqual({ ok: false, status: 400 });
    expect(win('app://regiondesk/C%3A%5CWindows%5Cwin.ini')).toEqual({ ok: false, status: 400 });
    expect(win('app://regiondesk/index.html::$DATA')).toEqual({ ok: false, status: 400 });
    expectInside(win('app://regiondesk/assets/app.js'), WIN_ROOT, path.win32);
  });

  it('refuses NUL bytes and broken escapes', () => {
    expect(posix('app://regiondesk/index.html%00.png')).toEqual({ ok: false, status: 400 });
    expect(posix('app://regiondesk/%E0%A4%A')).toEqual({ ok: false, status: 400 });
  });

  it('answers 404 for other hosts, ports and schemes', () => {
    expect(posix('app://evil/index.html')).toEqual({ ok: false, status: 404 });
    expect(posix('app://regiondesk:8080/index.html')).toEqual({ ok: false, status: 404 });
    expect(posix('app://user:pw@regiondesk/index.html')).toEqual({ ok: false, status: 404 });
    expect(posix('https://regiondesk/index.html')).toEqual({ ok: false, status: 404 });
    expect(posix('file:///etc/passwd')).toEqual({ ok: false, status: 404 });
    expect(posix('not a url')).toEqual({ ok: false, status: 400 });
  });
});

describe('isInsideFolder', () => {
  it('accepts only strict descendants', () => {
    expect(isInsideFolder('/a/b', '/a/b/c', path.posix)).toBe(true);
    expect(isInsideFolder('/a/b', '/a/b/..c', path.posix)).toBe(true);
    expect(isInsideFolder('/a/b', '/a/b', path.posix)).toBe(false);
    expect(isInsideFolder('/a/b', '/a/bc', path.posix)).toBe(false);
    expect(isInsideFolder('/a/b', '/a', path.posix)).toBe(false);
    expect(isInsideFolder('C:\\a', 'D:\\a\\x', path.win32)).toBe(false);
    expect(isInsideFolder('C:\\a', 'c:\\A\\x', path.win32)).toBe(true);
  });
});

describe('contentTypeFor', () => {
  it('gives module scripts a JavaScript type and unknown files a neutral one', () => {
    expect(contentTypeFor('/x/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/a.exe')).toBe('application/octet-stream');
  });
});
