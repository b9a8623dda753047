import { expect, type Page } from '@playwright/test';

/** Head office's 窜货低价案件 page. */
export class HqChannelPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('窜货低价案件').click();
    await expect(this.page.getByRole('heading', { name: '窜货低价案件' })).toBeVisible();
  }

  get matrix() {
    return this.page.getByRole('table', { name: '各区域案件数' });
  }

  /** A region's month in the matrix, by its accessible name (区域 月份 N 件). */
  cell(region: string, month: string) {
    return this.matrix.getByRole('button', { name: new RegExp(`^${region} ${month} \\d+ 件$`) });
  }

  get cases() {
    return this.page.getByRole('table', { name: '案件列表' });
  }

  get sanctions() {
    return this.page.getByRole('table', { name: '在执行的处罚' });
  }

  /** The case rows below the header. */
  get caseRows() {
    return this.cases.locator('tbody tr');
  }

  /** Chooses a region in the 区域 field. */
  async chooseRegion(label: string) {
    const field = this.page.getByRole('combobox', { name: '区域', exact: true });
    await field.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await expect(field).toHaveValue(label);
  }

  async clearFilter() {
    await this.page.getByRole('button', { name: '清除筛选' }).click();
  }
}
