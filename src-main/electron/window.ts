import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

export interface MainWindowOptions {
  preloadPath: string;
}

/** The one application window, locked down per Electron's security checklist. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'RegionDesk 区域销售管理台',
    backgroundColor: '#ffffff',
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
