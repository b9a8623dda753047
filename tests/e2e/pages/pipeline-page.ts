import { expect, type Locator, type Page } from '@playwright/test';

/** 销售流程: the board by stage, the list, an opportunity's drawer, the gate dialog and 流程设置. */
export class PipelinePage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('销售流程').click();
    await expect(this.page.getByRole('heading', { name: '销售流程' })).toBeVisible();
  }

  /** A stage's column of the board. */
  column(stage: string): Locator {
    return this.page.getByRole('region', { name: stage, exact: true });
  }

  /** An opportunity's card, wherever it stands. */
  card(customer: string, title: string): Locator {
    return this.page.getByRole('button', { name: `${customer} ${title}`, exact: true });
  }

  /** Focuses a card and presses keys on it, as someone working from the keyboard does. */
  async press(card: Locator, key: string) {
    await card.focus();
    await expect(card).toBeFocused();
    await this.page.keyboard.press(key);
  }

  /** The dialog of a refused move. */
  gate(stage: string): Locator {
    return this.page.getByRole('dialog', { name: `不能移到“${stage}”` });
  }

  drawer(customer: string, title: string): Locator {
    return this.page.getByRole('dialog', { name: `${customer} · ${title}` });
  }

  /** A stage's SOP items in an opportunity's drawer. */
  checklist(drawer: Locator, stage: string): Locator {
    return drawer.getByRole('region', { name: `${stage}阶段检查项` });
  }

  async tab(name: '看板' | '列表') {
    await this.page.getByRole('tab', { name }).click();
  }

  get list(): Locator {
    return this.page.getByRole('table', { name: '商机列表' });
  }

  get totals(): Locator {
    return this.page.getByLabel('合计');
  }

  /** Picks an option of a Mantine select by its label. */
  async choose(label: string, option: string, within: Locator | Page = this.page) {
    await within.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Waits for the confirmations to go, so a screenshot shows the page itself. */
  async settle() {
    await expect(this.page.getByRole('alert').filter({ hasNot: this.page.getByRole('dialog') })).toHaveCount(
      0,
      {
        timeout: 15_000,
      },
    );
  }
}
