import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

function printFocusedWindow(): void {
  const window = BrowserWindow.getFocusedWindow();
  if (!window) return;
  window.webContents.print({ printBackground: true }, (success, failureReason) => {
    // The user closing the print dialog also reports failure; only real errors are logged.
    if (!success && failureReason !== 'Print job canceled') console.warn(`print failed: ${failureReason}`);
  });
}

function showAbout(): void {
  const window = BrowserWindow.getFocusedWindow();
  const options = {
    type: 'info' as const,
    title: '关于 RegionDesk',
    message: `RegionDesk 区域销售管理台 ${app.getVersion()}`,
    detail: `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    buttons: ['确定'],
    noLink: true,
  };
  const shown = window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
  shown.catch((error: unknown) => console.warn('about dialog failed:', error));
}

/** The zh-CN application menu; standard roles keep the platform's shortcuts. */
export function buildAppMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [];
  if (process.platform === 'darwin') template.push({ role: 'appMenu' });

  template.push(
    {
      label: '文件',
      submenu: [
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: printFocusedWindow },
        { type: 'separator' },
        { role: 'close', label: '关闭窗口' },
        { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'reload', label: '重新加载' },
        // Developer tools stay out of installed copies; they bypass the page's restrictions.
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: '开发者工具' } as const]),
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '帮助',
      submenu: [{ label: '关于 RegionDesk', click: showAbout }],
    },
  );
  return Menu.buildFromTemplate(template);
}
