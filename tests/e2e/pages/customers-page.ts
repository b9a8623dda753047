import { expect, type Locator, type Page } from '@playwright/test';

/** 客户档案 and 客户联系提醒: the list, a customer's page, its edit dialog and the import wizard. */
export class CustomersPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.nav('客户档案');
    await expect(this.page.getByRole('heading', { name: '客户档案' })).toBeVisible();
  }

  async openReminders() {
    await this.nav('客户联系提醒');
    await expect(this.page.getByRole('heading', { name: '客户联系提醒' })).toBeVisible();
  }

  private async nav(label: string) {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText(label, { exact: true }).click();
  }

  get search(): Locator {
    return this.page.getByRole('textbox', { name: '搜索客户' });
  }

  get list(): Locator {
    return this.page.getByRole('table', { name: '客户列表' });
  }

  /** The data rows of a table (its head row left out). */
  rows(table: Locator): Locator {
    return table.locator('tbody tr');
  }

  get editor(): Locator {
    return this.page.getByRole('dialog', { name: /新建客户|编辑客户/ });
  }

  get alerts(): Locator {
    return this.page.getByRole('table', { name: '待联系客户', exact: true });
  }

  /** Waits for the confirmations to go, so a screenshot shows the page itself. */
  async settle() {
    await expect(this.page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  }

  /** Chooses an .xlsx on the import page. */
  async chooseSheet(path: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择 Excel 文件' }).click();
    await (await chooser).setFiles(path);
  }
}
