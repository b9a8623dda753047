import { expect, type Locator, type Page } from '@playwright/test';
import { readWordDownload, type WordFile } from './form-page';

/** The 培训 screens: the list, 安排培训, a session with its paper, the entry grid and the figures. */
export class TrainingPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('培训', { exact: true }).click();
    await expect(this.page.getByRole('heading', { name: '培训', exact: true })).toBeVisible();
  }

  get scheduleDialog(): Locator {
    return this.page.getByRole('dialog', { name: '安排培训' });
  }

  get sessions(): Locator {
    return this.page.getByRole('table', { name: '培训列表' });
  }

  get status(): Locator {
    return this.page.getByLabel('培训状态');
  }

  field(scope: Locator, label: string): Locator {
    return scope.getByRole('textbox', { name: label, exact: true });
  }

  async pick(scope: Locator, label: string, option: string) {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Opens a paper's print preview and returns its dialog. */
  async preview(paper: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `打印预览${paper}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `${paper} 打印预览` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async downloadWord(paper: string): Promise<WordFile> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `下载${paper}Word` }).click();
    return readWordDownload(await downloading);
  }

  get grid(): Locator {
    return this.page.getByRole('table', { name: '签到与成绩' });
  }

  /** The names of the entry grid's rows, top to bottom. */
  async gridNames(): Promise<string[]> {
    const rows = this.grid.locator('tbody tr');
    const names: string[] = [];
    for (let i = 0; i < (await rows.count()); i++)
      names.push((await rows.nth(i).locator('td').nth(1).innerText()).trim());
    return names;
  }

  score(name: string): Locator {
    return this.grid.getByRole('textbox', { name: `${name} 成绩` });
  }

  get figures(): Locator {
    return this.page.getByRole('table', { name: '培训统计' });
  }

  figuresRow(name: string): Locator {
    return this.figures.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }
}
