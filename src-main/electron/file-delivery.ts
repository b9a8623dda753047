import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, shell, type SaveDialogOptions, type WebContents } from 'electron';
import type { Core } from '../core/core-types';
import { fail, ok, type Result } from '../../src-shared/errors';
import { extensionOf, safeFileName } from './file-name';
import type { SaveFileInput, SaveFileOutput } from './shell-inputs';

function saveDialogOptions(fileName: string): SaveDialogOptions {
  const ext = extensionOf(fileName);
  return {
    title: '保存文件',
    buttonLabel: '保存',
    defaultPath: path.join(app.getPath('documents'), fileName),
    filters: ext
      ? [
          { name: `${ext.toUpperCase()} 文件`, extensions: [ext] },
          { name: '所有文件', extensions: ['*'] },
        ]
      : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Asks whether to open the saved file; true when it was handed to the default program. */
async function offerToOpen(parent: BrowserWindow | null, filePath: string): Promise<boolean> {
  const options = {
    type: 'info' as const,
    title: '已保存',
    message: '文件已保存。',
    detail: filePath,
    buttons: ['打开', '关闭'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
  const answer = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (answer.response !== 0) return false;
  // openPath resolves with an error message, or '' when the file opened.
  const problem = await shell.openPath(filePath);
  if (problem !== '') console.warn(`openPath failed: ${problem}`);
  return problem === '';
}

/**
 * Delivers a generated file through a save dialog. The core only hands out files made for
 * the caller's own session, so a window cannot fetch another user's document by id.
 */
export async function saveGeneratedFile(
  core: Core,
  contents: WebContents,
  sessionToken: string | null,
  input: SaveFileInput,
): Promise<Result<SaveFileOutput>> {
  const file = core.getFile(input.fileId, sessionToken);
  if (!file) return fail('NOT_FOUND', '文件不存在或已过期，请重新生成。');

  const parent = BrowserWindow.fromWebContents(contents);
  const options = saveDialogOptions(safeFileName(input.fileName, file.fileName));
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return ok({ saved: false });

  const target = path.resolve(choice.filePath);
  try {
    if (target !== path.resolve(file.path)) await fs.copyFile(file.path, target);
  } catch (error) {
    console.warn('save copy failed:', error);
    return fail(
      'INTERNAL',
      '无法保存到所选位置：该文件可能正被其他程序（如 Word）打开，或没有写入权限。请关闭该文件或换个位置后重试。',
    );
  }

  const opened = await offerToOpen(parent, target);
  return ok({ saved: true, filePath: target, opened });
}
