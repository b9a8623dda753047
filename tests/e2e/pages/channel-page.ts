import { expect, type Locator, type Page } from '@playwright/test';
import { readWordDownload, type WordFile } from './form-page';

/** The 批号查询 dialog (F2 from any screen), the F11 form and the 窜货低价案件 screens. */
export class ChannelPage {
  constructor(private readonly page: Page) {}

  get lookupDialog(): Locator {
    return this.page.getByRole('dialog', { name: '批号/箱码查询' });
  }

  get registerDialog(): Locator {
    return this.page.getByRole('dialog', { name: '窜货/低价举报单(F11)' });
  }

  /** The answer of the last lookup: the shipments found, or the plain 未找到. */
  get answer(): Locator {
    return this.lookupDialog.getByRole('status');
  }

  async pressLookupKey() {
    await this.page.keyboard.press('F2');
    await expect(this.lookupDialog).toBeVisible();
    await expect(this.lookupDialog.getByLabel('批号或箱码')).toBeFocused();
  }

  /** Types a code as a scanner does: the characters, then Enter. */
  async scan(code: string) {
    await this.page.keyboard.type(code);
    await this.page.keyboard.press('Enter');
  }

  async openCases() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('窜货低价案件').click();
    await expect(this.page.getByRole('heading', { name: '窜货低价案件' })).toBeVisible();
  }

  /** A Mantine date field: typed as YYYY-MM-DD, taken when the field is left. */
  async fillDate(scope: Locator, label: string, day: string) {
    const field = scope.getByRole('textbox', { name: label, exact: true });
    await field.fill(day);
    await field.press('Tab');
    await expect(field).toHaveValue(day);
  }

  async pick(scope: Locator, label: string, option: string) {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  get caseStatus(): Locator {
    return this.page.getByLabel('案件状态');
  }

  /** Attaches files as evidence to the open case. */
  async attach(files: { name: string; mimeType: string; buffer: Buffer }[]) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '上传证据' }).click();
    await (await chooser).setFiles(files);
    await expect(this.page.getByRole('heading', { name: `证据(${files.length})` })).toBeVisible();
  }

  async moveTo(button: '转为核实中' | '办结', note = '') {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: button === '办结' ? '办结(已处理)' : '转为核实中' });
    if (note) await dialog.getByLabel('说明').fill(note);
    await dialog.getByLabel('说明').press('Enter');
    await expect(dialog).toBeHidden();
  }

  async download(button: Locator): Promise<WordFile> {
    const downloading = this.page.waitForEvent('download');
    await button.click();
    return readWordDownload(await downloading);
  }
}
