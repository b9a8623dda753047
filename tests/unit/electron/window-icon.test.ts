import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

const electron = vi.hoisted(() => {
  const created: Array<Record<string, unknown>> = [];
  class FakeBrowserWindow {
    readonly webContents = { once: () => undefined, on: () => undefined };
    constructor(options: Record<string, unknown>) {
      created.push(options);
    }
    once() {}
    isDestroyed() {
      return false;
    }
    isVisible() {
      return false;
    }
    show() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  return { created, appPath: '', BrowserWindow: FakeBrowserWindow };
});

vi.mock('electron', () => ({
  app: { getAppPath: () => electron.appPath },
  BrowserWindow: electron.BrowserWindow,
}));

const { createMainWindow, windowIconPath } = await import('../../../src-main/electron/window');

beforeEach(() => {
  electron.created.length = 0;
  // What app.getAppPath() returns when the app runs from the project (npm start).
  electron.appPath = ROOT;
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The square sizes listed in an ICO's directory (0 stands for 256). */
function icoSizes(file: string): number[] {
  const bytes = fs.readFileSync(file);
  expect(bytes.readUInt16LE(2)).toBe(1);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => bytes[6 + 16 * i] || 256);
}

describe('window icon', () => {
  it('creates the window with the icon from resources/', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.js' });
    const [options] = electron.created;
    const expected = path.join(ROOT, 'resources', process.platform === 'win32' ? 'icon.ico' : 'icon.png');
    expect(options?.icon).toBe(expected);
    expect(fs.existsSync(expected)).toBe(true);
    // The icon must not cost the window its lockdown.
    expect(options?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('picks the ICO on Windows and the PNG elsewhere', () => {
    expect(windowIconPath(ROOT, 'win32')).toBe(path.join(ROOT, 'resources', 'icon.ico'));
    expect(windowIconPath(ROOT, 'linux')).toBe(path.join(ROOT, 'resources', 'icon.png'));
  });

  it('reads the icon from app.asar.unpacked in a packaged app', () => {
    const packaged = path.join('/opt', 'RegionDesk', 'resources', 'app.asar');
    expect(windowIconPath(packaged, 'win32')).toBe(
      path.join('/opt', 'RegionDesk', 'resources', 'app.asar.unpacked', 'resources', 'icon.ico'),
    );
  });

  it('still opens the window when the icon file is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    electron.appPath = path.join(ROOT, 'no-such-folder');
    createMainWindow({ preloadPath: '/app/out/preload/index.js' });
    expect(electron.created).toHaveLength(1);
    expect(electron.created[0]).not.toHaveProperty('icon');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('ships the generated icon files at the sizes each platform asks for', () => {
    expect(pngSize(path.join(ROOT, 'resources', 'icon.png'))).toEqual([512, 512]);
    expect(icoSizes(path.join(ROOT, 'resources', 'icon.ico'))).toEqual(
      expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]),
    );
    expect(
      fs
        .readFileSync(path.join(ROOT, 'resources', 'icon.icns'))
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('icns');
  });
});
