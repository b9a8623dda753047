import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

export interface MainWindowOptions {
  preloadPath: string;
  /** Where the window icon is; found from app.getAppPath() when left out. */
  iconPath?: string;
}

/**
 * The window icon shipped in resources/. Windows draws the title bar and taskbar from an ICO
 * holding every DPI step, Linux takes the PNG, and macOS ignores the option (the bundle's
 * icon.icns is used). `appRoot` is app.getAppPath(): the project folder in development and
 * after `electron-vite build`, …/resources/app.asar once packaged. The shell loads the icon
 * itself and cannot see inside an asar archive, so a packaged app keeps resources/ unpacked
 * beside it (electron-builder: asarUnpack "resources/**"), as it does the native module.
 */
export function windowIconPath(appRoot: string, platform: NodeJS.Platform = process.platform): string {
  const root =
    path.basename(appRoot) === 'app.asar' ? path.join(path.dirname(appRoot), 'app.asar.unpacked') : appRoot;
  return path.join(root, 'resources', platform === 'win32' ? 'icon.ico' : 'icon.png');
}

/** The one application window, locked down per Electron's security checklist. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const iconPath = options.iconPath ?? windowIconPath(app.getAppPath());
  // A missing file makes the constructor throw; without it Windows falls back to the .exe's icon.
  const icon = fs.existsSync(iconPath) ? iconPath : undefined;
  if (!icon) console.warn(`window icon not found: ${iconPath}`);
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'RegionDesk 区域销售管理台',
    backgroundColor: '#ffffff',
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });

  // Showing only once painted avoids a white flash on slower office PCs.
  window.once('ready-to-show', () => window.show());
  // A page that fails to load never becomes ready-to-show; an empty window beats an invisible app.
  window.webContents.once('did-fail-load', () => {
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`renderer gone: ${details.reason} (exit code ${details.exitCode})`);
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('failed to load the app page:', error);
  });
  return window;
}
