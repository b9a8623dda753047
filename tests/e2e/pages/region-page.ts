import { expect, type Locator, type Page } from '@playwright/test';

/** 区域划分与职责: the region's profile, its people, each rep's customers and their transfer. */
export class RegionPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('区域划分与职责').click();
    await expect(this.page.getByRole('heading', { name: '区域划分与职责' })).toBeVisible();
  }

  get profile(): Locator {
    return this.page.getByRole('region', { name: '区域概况' });
  }

  get members(): Locator {
    return this.page.getByRole('table', { name: '人员与任职记录' });
  }

  get owners(): Locator {
    return this.page.getByRole('table', { name: '各营销代表负责的客户' });
  }

  /** An owner's row of the customers table. */
  ownerRow(name: string): Locator {
    return this.owners.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** The 客户数 cell of an owner's row. */
  customerCount(name: string): Locator {
    return this.ownerRow(name).getByRole('cell').nth(2);
  }

  /** Waits for the confirmations to go, so a screenshot shows the page itself. */
  async settle() {
    await expect(this.page.getByRole('alert')).toHaveCount(0);
  }

  /** Opens 编辑 and returns the dialog, its first field focused. */
  async edit(regionName: string): Promise<Locator> {
    await this.page.getByRole('button', { name: '编辑' }).click();
    const dialog = this.page.getByRole('dialog', { name: `编辑区域:${regionName}` });
    await expect(dialog.getByRole('textbox', { name: '区域名称' })).toBeFocused();
    return dialog;
  }

  /** Picks an option of a Mantine select inside a dialog. */
  async choose(dialog: Locator, label: string, option: string) {
    await dialog.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Opens 客户移交 with one owner's customers. */
  async startTransfer(from: string): Promise<Locator> {
    await this.ownerRow(from)
      .getByRole('button', { name: `移交${from}的客户` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: '客户移交' });
    await expect(dialog.getByRole('combobox', { name: '原负责人' })).toHaveValue(new RegExp(from));
    return dialog;
  }

  /** Expands an owner's customers and opens one customer's 归属记录. */
  async ownerHistory(owner: string, customer: string): Promise<Locator> {
    const toggle = this.owners.getByRole('button', { name: owner, exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.page.getByRole('button', { name: `${customer}的归属记录` }).click();
    return this.page.getByRole('table', { name: `${customer}的归属记录` });
  }
}
