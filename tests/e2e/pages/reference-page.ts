import { expect, type Locator, type Page } from '@playwright/test';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Head office's 参考数据 pages and 下发参考数据. */
export class HqReferencePages {
  constructor(private readonly page: Page) {}

  private nav(label: string) {
    return this.page.getByRole('navigation', { name: '主导航' }).getByText(label, { exact: true });
  }

  async open(label: '产品目录' | '规定价' | '经销商名录' | '发货明细' | '从 Excel 导入' | '下发参考数据') {
    await this.nav(label).click();
  }

  get dialog() {
    return this.page.getByRole('dialog');
  }

  /** 从 Excel 导入 with one kind chosen and a sheet picked; the preview is then on screen. */
  async pickSheet(kind: '发货明细' | '产品目录' | '经销商名录', name: string, buffer: Buffer) {
    await this.open('从 Excel 导入');
    await this.page.getByRole('radiogroup', { name: '导入内容' }).getByText(kind, { exact: true }).click();
    await expect(this.page.getByRole('heading', { name: `导入${kind}` })).toBeVisible();
    await this.page.locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX, buffer });
    await expect(this.page.getByText(new RegExp(`^${name.replace(/\./g, '\\.')}:`))).toBeVisible();
  }

  get problems(): Locator {
    return this.page.getByRole('list', { name: '导入问题' });
  }

  get preview(): Locator {
    return this.page.getByRole('table', { name: '导入预览' });
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /^导入 \d+ / });
  }

  /** Imports the checked sheet and waits for the summary. */
  async importChecked(): Promise<Locator> {
    await expect(this.page.getByText('检查通过')).toBeVisible();
    await this.importButton().click();
    const done = this.page.getByRole('status').filter({ hasText: /^已导入/ });
    await expect(done).toBeVisible();
    return done;
  }

  /** The fingerprint on 下发参考数据, as head office reads it out. */
  async fingerprint(): Promise<string> {
    await this.open('下发参考数据');
    const fp = this.page.getByLabel('公钥指纹', { exact: true });
    await expect(fp).toHaveText(/^([0-9A-F]{4}\s+){15}[0-9A-F]{4}$/);
    return ((await fp.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Publishes a bundle of the mode chosen and returns the downloaded file's path. */
  async publish(mode: '全量' | '增量', savePath: string): Promise<string> {
    await this.open('下发参考数据');
    await this.page.getByRole('radiogroup', { name: '发布方式' }).getByText(mode, { exact: true }).click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `发布${mode}参考数据包` }).click();
    const file = await download;
    await file.saveAs(savePath);
    await expect(this.page.getByRole('status').filter({ hasText: '已发布' })).toBeVisible();
    return file.suggestedFilename();
  }
}

/** The office manager's 导入总部参考数据 page. */
export class OfficeReferencePage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('导入总部参考数据').click();
    await expect(this.page.getByRole('heading', { name: '导入总部参考数据' })).toBeVisible();
  }

  get current(): Locator {
    return this.page.getByRole('region', { name: '当前参考数据' });
  }

  get bundle(): Locator {
    return this.page.getByRole('region', { name: '参考数据包' });
  }

  async pick(path: string) {
    await this.page.locator('input[type="file"]').setInputFiles(path);
    await expect(this.bundle).toBeVisible();
  }

  get progress(): Locator {
    return this.page.getByRole('progressbar', { name: '导入进度' });
  }
}
