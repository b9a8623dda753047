import { expect, type Locator, type Page } from '@playwright/test';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 商品流向单: the month overview, one dealer's F10 with its reconciliation, the import wizard, the settings. */
export class ChannelFlowsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.nav('商品流向单');
    await expect(this.page.getByRole('heading', { name: '商品流向单', exact: true })).toBeVisible();
  }

  async openSettings() {
    await this.nav('渠道管控设置');
    await expect(this.page.getByRole('heading', { name: '渠道管控设置' })).toBeVisible();
  }

  private async nav(label: string) {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText(label, { exact: true }).click();
  }

  /** The month's table of dealers. */
  monthTable(monthLabel: string): Locator {
    return this.page.getByRole('table', { name: `${monthLabel}各经销商流向单` });
  }

  dealerRow(monthLabel: string, dealerName: string): Locator {
    return this.monthTable(monthLabel).locator('tbody tr').filter({ hasText: dealerName });
  }

  get stopAdvice(): Locator {
    return this.page.getByRole('alert', { name: /建议停止发货/ });
  }

  async startImport(dealerName: string) {
    await this.page.getByRole('link', { name: `导入 ${dealerName} 流向单` }).click();
    await expect(this.page.getByRole('heading', { name: '导入商品流向单' })).toBeVisible();
  }

  async openEntry(dealerName: string) {
    await this.page.getByRole('link', { name: new RegExp(`^(录入|查看) ${dealerName} 流向单$`) }).click();
    await expect(
      this.page.getByRole('heading', { name: new RegExp(`商品流向单 · ${dealerName}`) }),
    ).toBeVisible();
  }

  /** Types a day into a date box and leaves it, as a clerk would. */
  async setDate(label: string, day: string) {
    const box = this.page.getByRole('textbox', { name: label });
    await box.fill(day);
    await box.press('Tab');
    await expect(box).toHaveValue(day);
  }

  async chooseSheet(name: string, buffer: Buffer) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择 Excel 文件' }).click();
    await (await chooser).setFiles({ name, mimeType: XLSX, buffer });
  }

  get problems(): Locator {
    return this.page.getByRole('list', { name: '导入问题' });
  }

  get batchTable(): Locator {
    return this.page.getByRole('table', { name: '批号对账' });
  }

  get buyerTable(): Locator {
    return this.page.getByRole('table', { name: '购货单位区域' });
  }

  /** A cell of the entry grid, by its 1-based row and its column label. */
  cell(row: number, column: string): Locator {
    return this.page.getByRole('textbox', { name: `第 ${row} 行 ${column}` });
  }
}
