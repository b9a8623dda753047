import { expect, type Page } from '@playwright/test';

/** Head office's 全国排名 page. */
export class HoRankingPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('全国排名').click();
    await expect(this.page.getByRole('heading', { name: '全国排名' })).toBeVisible();
  }

  get period() {
    return this.page.getByLabel('当前期间');
  }

  get regions() {
    return this.page.getByRole('table', { name: '区域排名' });
  }

  get reps() {
    return this.page.getByRole('table', { name: '营销代表排名' });
  }

  /** A rep's row across all regions. */
  rep(name: string) {
    return this.reps.getByRole('row', { name: new RegExp(name) });
  }

  /** Chooses 月, 季 or 年. */
  async choose(kind: '月' | '季' | '年') {
    await this.page.getByRole('radiogroup', { name: '期间类型' }).getByText(kind, { exact: true }).click();
  }

  /** Steps to the previous period from the keyboard, focus anywhere in the picker. */
  async previousByKeyboard() {
    await this.page.getByRole('button', { name: '上一期' }).focus();
    await this.page.keyboard.press('PageUp');
  }
}
