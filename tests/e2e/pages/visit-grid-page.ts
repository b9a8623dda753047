import { expect, type Locator, type Page } from '@playwright/test';

/** One visit as a rep types it: times as typed (0930), options by their words. */
export interface TypedVisit {
  start: string;
  end: string;
  /** A customer of the file, picked from the suggestions, or a new one filed from the editor. */
  customer: { existing: string } | { new: string; contact: string; phone: string };
  method: string;
  purpose: string;
  /** Long texts, typed in the row's details; without them Enter adds the next row at once. */
  details?: { result: string; needs?: string; nextStep?: string; nextVisit?: string };
}

/** The 走访表 editor's dense table, driven from the keyboard alone. */
export class VisitGridPage {
  constructor(private readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: '拜访记录' });
  }

  row(n: number): Locator {
    return this.table.getByRole('rowgroup', { name: `拜访 ${n}`, exact: true });
  }

  detailsToggle(n: number): Locator {
    return this.row(n).getByRole('button', { name: `第 ${n} 条拜访的详情` });
  }

  submitButton(): Locator {
    return this.page.getByRole('button', { name: '提交', exact: true });
  }

  saveState(): Locator {
    return this.page.getByRole('status');
  }

  async openToday() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('走访表').click();
    await this.page.getByRole('button', { name: /填写今天的走访表/ }).click();
    // The list page has the same heading: wait for the editor itself before typing.
    await expect(this.page).toHaveURL(/#\/reports\/F01\//);
    await expect(this.page.getByRole('heading', { name: '走访表(F01)' })).toBeVisible();
    await expect(this.page.getByRole('button', { name: '添加拜访' })).toBeVisible();
  }

  /** Whether the field labelled `label` has the cursor. */
  private async hasFocus(label: string): Promise<boolean> {
    return (await this.page.getByLabel(label, { exact: true }).and(this.page.locator(':focus')).count()) > 0;
  }

  /** Presses Tab until the field labelled `label` has the cursor. */
  async tabTo(label: string, max = 12) {
    for (let i = 0; i < max && !(await this.hasFocus(label)); i++) await this.page.keyboard.press('Tab');
    expect(await this.hasFocus(label), `Tab did not reach ${label}`).toBe(true);
  }

  /** Picks an option of the focused list from the keyboard: ArrowDown opens it and moves, Enter picks. */
  async pickWithArrows(option: string) {
    const target = this.page.getByRole('option', { name: option, exact: true });
    // The suggestions for what was typed have arrived: arrowing through a list that is about to be
    // replaced could pick from the old one.
    await expect(this.page.locator(':focus')).not.toHaveAttribute('aria-busy', 'true');
    await this.page.keyboard.press('ArrowDown');
    for (let i = 0; i < 12; i++) {
      if ((await target.getAttribute('data-combobox-selected')) !== null) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await expect(target).toHaveAttribute('data-combobox-selected');
    await this.page.keyboard.press('Enter');
    await expect(target).toBeHidden();
  }

  /**
   * The save state and 提交 are in the window, and the field with the cursor is neither under
   * the action bar nor above the window.
   */
  async expectChromeInView() {
    await expect(this.submitButton()).toBeInViewport({ ratio: 1 });
    await expect(this.saveState()).toBeInViewport({ ratio: 1 });
    const bar = (await this.page.getByRole('region', { name: '报表操作' }).boundingBox())!;
    const focused = this.page.locator(':focus');
    if ((await focused.count()) === 0) return;
    const box = (await focused.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y + 1);
    expect(box.y).toBeGreaterThanOrEqual(0);
  }

  /** Types visit `n`, starting with the cursor in its 开始时间, and leaves the cursor where it ends. */
  async typeVisit(n: number, v: TypedVisit) {
    const row = this.row(n);
    const kb = this.page.keyboard;
    await expect(row.getByLabel('开始时间')).toBeFocused();
    await kb.type(v.start);
    await kb.press('Tab');
    await kb.type(v.end);
    await kb.press('Tab');

    const customer = row.getByLabel('客户名称');
    await expect(customer).toBeFocused();
    if ('existing' in v.customer) {
      await kb.type(v.customer.existing);
      await this.pickWithArrows(v.customer.existing);
      // Picking a customer of the file fills in its type, contact and phone.
      await expect(row.getByLabel('电话')).not.toHaveValue('');
    } else {
      const c = v.customer;
      await kb.type(c.new);
      await this.pickWithArrows(`+ 新建客户:${c.new}`);
      const dialog = this.page.getByRole('dialog', { name: '新建客户' });
      await expect(dialog.getByLabel('客户名称')).toBeFocused();
      await this.tabTo('联系人 1 姓名');
      await kb.type(c.contact);
      await this.tabTo('联系人 1 电话');
      await kb.type(c.phone);
      // Inside the contacts table Enter moves to the next cell; Ctrl+Enter saves from anywhere.
      await kb.press('Control+Enter');
      await expect(dialog).toBeHidden();
      await expect(row.getByLabel('电话')).toHaveValue(c.phone);
      await expect(customer).toBeFocused();
    }
    await this.expectChromeInView();

    await this.tabTo('拜访方式');
    await this.pickWithArrows(v.method);
    await this.tabTo('拜访目的');
    await this.pickWithArrows(v.purpose);
    await this.expectChromeInView();

    if (!v.details) return;
    // The row just added shows its details: Tab leads from 拜访目的 through them.
    await kb.press('Tab');
    await expect(this.detailsToggle(n)).toBeFocused();
    await expect(this.detailsToggle(n)).toHaveAttribute('aria-expanded', 'true');
    await kb.press('Tab');
    await expect(row.getByLabel('洽谈内容及结果')).toBeFocused();
    await kb.type(v.details.result);
    await this.expectChromeInView();
    if (v.details.needs) {
      await this.tabTo('客户意见与需求');
      await kb.type(v.details.needs);
    }
    if (v.details.nextStep) {
      await this.tabTo('下一步计划');
      await kb.type(v.details.nextStep);
    }
    if (v.details.nextVisit) {
      await this.tabTo('下次拜访日期');
      await kb.type(v.details.nextVisit);
      await kb.press('Escape');
      await expect(row.getByLabel('下次拜访日期')).toHaveValue(v.details.nextVisit);
    }
    await this.expectChromeInView();
  }
}
