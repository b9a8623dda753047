import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { openCore } from '../core';
import { deferredCore } from '../core/deferred-core';
import type { Core } from '../core/core-types';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { dataFolder, looksLikeNetworkPath, userDataFolder } from './data-folder';
import { registerIpcAdapter } from './ipc-adapter';
// electron-vite builds the worker as its own entry and gives its path in out/main.
import workerPath from '../core/worker?modulePath';
import { buildAppMenu } from './menu';
import { nativeBindingPath } from './native-binding';
import { applySessionPolicy, hardenWebContents } from './security';
import { createMainWindow } from './window';

// The bundle lives in out/main; the renderer build and the preload sit beside it.
const OUT_DIR = path.join(__dirname, '..');
const RENDERER_DIR = path.join(OUT_DIR, 'renderer');
const PRELOAD_PATH = path.join(OUT_DIR, 'preload', 'index.js');

// Both must happen before 'ready': the single-instance lock and Chromium's profile are keyed on
// userData, and privileged schemes can only be registered once, early.
app.setPath('userData', userDataFolder(process.platform, process.env, app.getPath('appData')));
registerAppScheme();
app.enableSandbox();

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
// Set once the database is about to open without an Electron build of better-sqlite3.
let nativeMissing = false;

function closeCore(): void {
  const open = core;
  core = null;
  open?.close();
}

/** Every startup error ends in a box the user can read; a console line alone is invisible. */
function reportStartupFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const abiProblem = /NODE_MODULE_VERSION|different Node\.js version|better_sqlite3\.node/i.test(message);
  const hint =
    nativeMissing || abiProblem
      ? '\n\n数据库组件可能没有为桌面版准备好。请在项目目录运行 npm run prepare:native 后再启动；' +
        '也可以先用浏览器版（npm run serve）。'
      : '';
  dialog.showErrorBox('RegionDesk 无法启动', `${message}${hint}`);
}

/** SQLite's WAL is unsafe on a network share; the office should move the folder to a local disk. */
function warnIfNetworkFolder(dataDir: string): void {
  if (!looksLikeNetworkPath(dataDir)) return;
  const options = {
    type: 'warning' as const,
    title: '数据文件夹位置',
    message: '数据文件夹位于网络共享上，断网或断电时可能丢失或损坏数据。',
    detail: `${dataDir}\n请联系管理员，把程序的用户数据放到本机磁盘后再使用。`,
    buttons: ['知道了'],
    noLink: true,
  };
  const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
  shown.catch((error: unknown) => console.warn('warning dialog failed:', error));
}

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow({ preloadPath: PRELOAD_PATH });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  applySessionPolicy(session.defaultSession);
  handleAppProtocol(RENDERER_DIR);
  const dataDir = dataFolder(app.getPath('userData'));
  fs.mkdirSync(dataDir, { recursive: true });
  const nativeBinding = nativeBindingPath({ appRoot: app.getAppPath() });
  nativeMissing = nativeBinding === undefined;
  // The window (sign-in) shows while the database opens; its first calls wait for it. A database
  // that cannot be opened still ends the start below, with the reason in a box.
  const opening = openCore({ dataDir, nativeBinding, worker: { workerPath } });
  core = deferredCore(opening);
  registerIpcAdapter(core, dataDir);
  Menu.setApplicationMenu(buildAppMenu());
  showMainWindow();
  await opening;
  warnIfNetworkFolder(dataDir);
}

/** An error nothing caught: logged with an id in the data folder, and said in a box the user can read. */
function reportUnexpected(where: string, error: unknown): void {
  const id = core?.logError(where, error);
  console.error(where, error);
  dialog.showErrorBox(
    'RegionDesk 出现意外错误',
    `刚才的操作可能没有完成;已保存的数据不受影响。请重新打开出错的页面再试一次。${
      id ? `\n如仍出错,请把错误编号 ${id} 告诉管理员(详情在数据文件夹的 logs 中)。` : ''
    }`,
  );
}
process.on('uncaughtException', (error) => reportUnexpected('electron uncaughtException', error));
process.on('unhandledRejection', (error) => reportUnexpected('electron unhandledRejection', error));

if (!app.requestSingleInstanceLock()) {
  // Two copies on one database would fight over the same files; the first copy gets focus.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (app.isReady()) showMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeCore);
  start().catch((error: unknown) => {
    console.error('startup failed:', error);
    reportStartupFailure(error);
    closeCore();
    app.exit(1);
  });
}
