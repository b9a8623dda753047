import { rmSync } from 'node:fs';
import { expect, test } from './host-fixture';
import { MANAGER, seedOffice } from './api-seed';
import { SignInPage } from './pages/app-pages';
import { BackupsPage } from './pages/BackupsPage';
import { screenshot } from './pages/screenshots';

const DUE_DAY = '代表月报:次月几日前';

test.afterEach(({ host }) => {
  // The backups live beside the data folder, which the fixture removes by itself.
  rmSync(`${host.dataDir}-backups`, { recursive: true, force: true });
});

test('the manager backs up, changes a setting, restores the backup and signs in to the old value', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedOffice(page, host.url);
  await page.goto(host.url);
  const signIn = new SignInPage(page);
  await signIn.signIn(MANAGER.username, MANAGER.password);
  const nav = page.getByRole('navigation', { name: '主导航' });

  const backups = new BackupsPage(page);
  await backups.open();
  const row = await backups.backupNow();
  await expect(row.getByText('完好')).toBeVisible();
  await screenshot(page, 'backups');

  await nav.getByText('截止时间').click();
  await expect(page.getByLabel(DUE_DAY)).toHaveValue('3');
  await page.getByLabel(DUE_DAY).fill('8');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('截止时间设置已保存')).toBeVisible();

  await backups.open();
  const done = await backups.restore(backups.table.getByRole('row').filter({ hasText: '手动' }).first());
  await screenshot(page, 'backups-restored');
  await done.getByRole('button', { name: '重新登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await signIn.signIn(MANAGER.username, MANAGER.password);

  await nav.getByText('截止时间').click();
  await expect(page.getByLabel(DUE_DAY)).toHaveValue('3');
  // The database the restore replaced is kept and offered for an undo.
  await backups.open();
  await expect(
    page.getByRole('table', { name: '恢复前的数据库' }).getByRole('button', { name: '撤销恢复…' }),
  ).toBeVisible();
});
