#!/usr/bin/env node
// npm start: checks that the desktop app can run here, builds it with electron-vite and opens it.
// The electron package's own entry downloads the binary on first use with no time limit, so the
// binary is located here directly and a download is tried once, with a timeout.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');
const NATIVE_STAMP = path.join(ROOT, 'native', 'electron', 'version.json');
const NATIVE_FILE = path.join(ROOT, 'native', 'electron', 'better_sqlite3.node');
const DOWNLOAD_TIMEOUT_MS = 180_000;

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

function readJson(file) {
  const text = readText(file);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

/** The Electron executable if it is on disk, without triggering the package's own download. */
function electronBinary() {
  const relative = readText(path.join(ELECTRON_DIR, 'path.txt'));
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const file = path.join(
      override,
      relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'),
    );
    return fs.existsSync(file) ? file : null;
  }
  if (!relative) return null;
  const file = path.join(ELECTRON_DIR, 'dist', relative);
  return fs.existsSync(file) ? file : null;
}

function downloadElectron() {
  const installer = path.join(ELECTRON_DIR, 'install.js');
  if (!fs.existsSync(installer)) return false;
  console.log('start: 正在下载 Electron… / downloading Electron…');
  const result = spawnSync(process.execPath, [installer], {
    cwd: ELECTRON_DIR,
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_MS,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const firstLine = (result.stderr || result.error?.message || '').split('\n').find((line) => line.trim());
    if (firstLine) console.error(`start: ${firstLine.trim()}`);
    return false;
  }
  return true;
}

function requireElectron() {
  const electronPkg = readJson(path.join(ELECTRON_DIR, 'package.json'));
  if (!electronPkg?.version) {
    fail([
      '无法启动桌面版：没有安装 electron 包。请先运行 npm install；也可以先用浏览器版：npm run serve',
      'Cannot start the desktop app: the electron package is not installed. Run npm install, or use the browser host: npm run serve',
    ]);
  }
  let binary = electronBinary();
  // ELECTRON_SKIP_BINARY_DOWNLOAD marks machines where the download is known to be impossible.
  if (!binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && downloadElectron()) binary = electronBinary();
  if (!binary) {
    fail([
      `无法启动桌面版：本机没有 Electron ${electronPkg.version} 程序，也无法下载（需要联网）。`,
      '请联网后运行 npx install-electron 再试（国内可先设置 ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/）；',
      '现在可以先用浏览器版：npm run serve',
      `Cannot start the desktop app: the Electron ${electronPkg.version} binary is missing and could not be downloaded.`,
      'Connect to the internet and run npx install-electron, or use the browser host now: npm run serve',
    ]);
  }
  return { binary, version: electronPkg.version };
}

/** The app loads better-sqlite3 from native/electron; without a matching copy it cannot open its database. */
function requireNativeModule(electronVersion) {
  const stamp = readJson(NATIVE_STAMP);
  const sqliteVersion = readJson(path.join(ROOT, 'node_modules', 'better-sqlite3', 'package.json'))?.version;
  const fits =
    stamp !== null &&
    fs.existsSync(NATIVE_FILE) &&
    stamp.runtime === 'electron' &&
    stamp.electron === electronVersion &&
    stamp.betterSqlite3 === sqliteVersion &&
    stamp.platform === process.platform &&
    stamp.arch === process.arch;
  if (!fits) {
    fail([
      `无法启动桌面版：数据库组件 better-sqlite3 还没有为 Electron ${electronVersion} 准备好。`,
      '请联网后运行 npm run prepare:native 再 npm start；现在可以先用浏览器版：npm run serve',
      `Cannot start the desktop app: better-sqlite3 has no build for Electron ${electronVersion} in native/electron.`,
      'Run npm run prepare:native (needs internet), then npm start; or use the browser host: npm run serve',
    ]);
  }
}

function build() {
  const cli = path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail(['构建失败，见上方错误。 / The build failed; see the errors above.']);
}

function launch(binary) {
  const env = { ...process.env };
  // Set, it would make the binary behave as plain Node instead of opening the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => fail([`无法运行 Electron / cannot run Electron: ${error.message}`]));
  child.on('exit', (code, signal) => {
    if (signal) console.error(`start: Electron exited with ${signal}`);
    process.exit(code ?? 1);
  });
}

const electron = requireElectron();
requireNativeModule(electron.version);
build();
launch(electron.binary);
