import { expect, type Locator, type Page } from '@playwright/test';

export interface Visit {
  start: string;
  customer: string;
  newCustomer?: boolean;
  method: string;
  purpose: string;
  result: string;
}

/** The 走访表 editor. */
export class VisitFormPage {
  constructor(private readonly page: Page) {}

  async openToday() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('走访表').click();
    await this.page.getByRole('button', { name: /填写今天的走访表/ }).click();
    // The list page has the same heading: wait for the editor itself.
    await expect(this.page).toHaveURL(/#\/reports\/F01\//);
    await expect(this.page.getByRole('button', { name: '添加拜访' })).toBeVisible();
  }

  /** A visit: a row of the dense table on a wide screen, a card on a narrow one. */
  visit(n: number): Locator {
    const name = `拜访 ${n}`;
    return this.page
      .getByRole('rowgroup', { name, exact: true })
      .or(this.page.getByRole('group', { name, exact: true }));
  }

  /** A visit's long texts (洽谈内容及结果…): in the dense table they are in the row's details, opened here. */
  async details(n: number): Promise<Locator> {
    const row = this.visit(n);
    const toggle = row.getByRole('button', { name: `第 ${n} 条拜访的详情` });
    if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true') {
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    }
    return row;
  }

  private async choose(row: Locator, label: string, option: string) {
    await row.getByLabel(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fillVisit(n: number, v: Visit) {
    const row = this.visit(n);
    await row.getByLabel('开始时间').fill(v.start);
    const customer = row.getByLabel('客户名称');
    await customer.fill(v.customer);
    if (v.newCustomer) {
      await this.page.getByRole('option', { name: `+ 新建客户:${v.customer}` }).click();
      const dialog = this.page.getByRole('dialog', { name: '新建客户' });
      await dialog.getByLabel('联系人 1 姓名').fill('李主任');
      await dialog.getByLabel('联系人 1 电话').fill('13800001111');
      await dialog.getByRole('button', { name: '保存客户' }).click();
      await expect(dialog).toBeHidden();
      await expect(row.getByLabel('电话')).toHaveValue('13800001111');
    }
    await this.choose(row, '拜访方式', v.method);
    await this.choose(row, '拜访目的', v.purpose);
    await (await this.details(n)).getByLabel('洽谈内容及结果').fill(v.result);
  }

  /** Adds a row from the keyboard: Enter in a single-line field of the last row. */
  async addRowWithEnter(fromRow: number) {
    await this.visit(fromRow).getByLabel('开始时间').press('Enter');
    await expect(this.visit(fromRow + 1)).toBeVisible();
  }

  async addRowWithButton() {
    await this.page.getByRole('button', { name: '添加拜访' }).click();
  }

  async submit() {
    await this.page.getByRole('button', { name: /提交/ }).last().click();
    await expect(this.page.getByText('已提交', { exact: true }).first()).toBeVisible();
  }
}
