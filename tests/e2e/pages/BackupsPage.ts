import { expect, type Locator, type Page } from '@playwright/test';
import { screenshot } from './screenshots';

/** 备份与恢复: the list of backups, 立即备份 and a restore with its confirmation. */
export class BackupsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByText('备份与恢复').click();
    await expect(this.page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: '备份列表' });
  }

  /** Takes a backup now and waits for it in the list; returns its row. */
  async backupNow(): Promise<Locator> {
    await this.page.getByRole('button', { name: '立即备份' }).click();
    const row = this.table.getByRole('row').filter({ hasText: '手动' }).first();
    await expect(row).toBeVisible();
    return row;
  }

  /** Restores the backup of a row through its confirmation, then goes to sign in again. */
  async restore(row: Locator) {
    await row.getByRole('button', { name: /^恢复/ }).click();
    const dialog = this.page.getByRole('dialog', { name: '从备份恢复' });
    await expect(dialog.getByText('恢复后所有人都需要重新登录')).toBeVisible();
    await screenshot(this.page, 'backups-restore-dialog');
    await dialog.getByRole('button', { name: '确认恢复' }).click();
    const done = this.page.getByRole('dialog', { name: '数据已恢复' });
    await expect(done.getByText('请重新登录')).toBeVisible();
    return done;
  }
}
