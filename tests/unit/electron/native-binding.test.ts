import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NATIVE_FILE,
  NATIVE_STAMP_FILE,
  NATIVE_SUBDIR,
  nativeBindingFolders,
  nativeBindingPath,
  stampMatches,
} from '../../../src-main/electron/native-binding';

const runtime = { abi: '150', platform: 'linux', arch: 'x64' };
const stamp = {
  runtime: 'electron',
  electron: '45.5.0',
  abi: '150',
  platform: 'linux',
  arch: 'x64',
  betterSqlite3: '12.9.0',
};

let appRoot: string;
let lines: string[];
const log = (line: string) => lines.push(line);

beforeEach(() => {
  appRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'regiondesk-native-'));
  lines = [];
});
afterEach(() => {
  fs.rmSync(appRoot, { recursive: true, force: true });
});

function install(stampValue: unknown): string {
  const folder = path.join(appRoot, NATIVE_SUBDIR);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, NATIVE_FILE), 'binary');
  if (stampValue !== undefined)
    fs.writeFileSync(path.join(folder, NATIVE_STAMP_FILE), JSON.stringify(stampValue));
  return path.join(folder, NATIVE_FILE);
}

describe('nativeBindingPath', () => {
  it('returns the Electron copy when its stamp fits the runtime', () => {
    const file = install(stamp);
    expect(nativeBindingPath({ appRoot, runtime, log })).toBe(file);
    expect(lines).toEqual([]);
  });

  it('returns undefined with a log line when the copy is missing', () => {
    expect(nativeBindingPath({ appRoot, runtime, log })).toBeUndefined();
    expect(lines.join('\n')).toContain('prepare:native');
  });

  it('returns undefined when the copy was built for another ABI or has no stamp', () => {
    install({ ...stamp, abi: '140' });
    expect(nativeBindingPath({ appRoot, runtime, log })).toBeUndefined();
    install(undefined);
    fs.rmSync(path.join(appRoot, NATIVE_SUBDIR, NATIVE_STAMP_FILE));
    expect(nativeBindingPath({ appRoot, runtime, log })).toBeUndefined();
    expect(lines).toHaveLength(2);
  });
});

describe('stampMatches', () => {
  it('compares runtime, ABI, platform and arch', () => {
    expect(stampMatches(stamp, runtime)).toBe(true);
    expect(stampMatches({ ...stamp, runtime: 'node' }, runtime)).toBe(false);
    expect(stampMatches({ ...stamp, arch: 'arm64' }, runtime)).toBe(false);
    expect(stampMatches(null, runtime)).toBe(false);
    expect(stampMatches('x', runtime)).toBe(false);
  });
});

describe('nativeBindingFolders', () => {
  it('looks outside the asar archive first when packaged', () => {
    const packaged = path.join('/opt', 'RegionDesk', 'resources', 'app.asar');
    expect(nativeBindingFolders(packaged)[0]).toBe(
      path.join('/opt', 'RegionDesk', 'resources', 'app.asar.unpacked', NATIVE_SUBDIR),
    );
  });
});
