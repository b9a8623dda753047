import { expect, type Locator, type Page } from '@playwright/test';

/** 个人发展计划: the manager's overview of the reps, a rep's plan and its dialogs. */
export class DevelopmentPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('个人发展计划').click();
    await expect(this.page.getByRole('heading', { name: '个人发展计划' })).toBeVisible();
  }

  get overview(): Locator {
    return this.page.getByRole('table', { name: '各营销代表发展计划' });
  }

  /** The overview's row of a rep. */
  repRow(name: string): Locator {
    return this.overview
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: `${name} 展开项目` }) });
  }

  async expand(name: string) {
    await this.page.getByRole('button', { name: `${name} 展开项目` }).click();
  }

  async openPlan(name: string) {
    await this.page.getByRole('link', { name: `查看${name}的计划` }).click();
    await expect(this.page.getByRole('heading', { name: `${name}的个人发展计划` })).toBeVisible();
  }

  plan(name: string): Locator {
    return this.page.getByRole('table', { name: `${name}的发展计划` });
  }

  /** A plan's row of an item, found by its skill. */
  item(name: string, skill: string): Locator {
    return this.plan(name).getByRole('row').filter({ hasText: skill });
  }

  dialog(title: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  async fillDate(scope: Locator, label: string, day: string) {
    const field = scope.getByRole('textbox', { name: label });
    await field.fill(day);
    await field.press('Tab');
    await expect(field).toHaveValue(day);
  }
}
