import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { call, HQ_ADMIN, MANAGER, REP, seedHeadOffice, seedOffice } from './api-seed';
import { OFFICE } from './pages/app-pages';
import { sampleF01Data } from '../fixtures/f01-sample';
import { join } from 'node:path';

/** Tuesday 2 December 2026, 10:00 in the office: November's bundle is due at 销售部 by the 5th. */
const EXPORT_DAY = '2026-12-02T02:00:00.000Z';

test('the manager exports November with a progress bar; head office imports it and sees the region', async ({
  page,
  host,
  headOfficeHost,
}) => {
  // November: the rep hands in two days of 走访表 and the manager approves them.
  await host.setClock('2026-11-27T02:00:00.000Z');
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await call(page, host.url, 'auth.signIn', { username: REP.username, password: REP.password });
  const ids: number[] = [];
  for (const day of ['2026-11-23', '2026-11-24']) {
    const draft = (await call(page, host.url, 'reports.saveDraft', {
      formCode: 'F01',
      periodKey: day,
      data: sampleF01Data(3),
      expectedVersion: null,
    })) as { id: number; version: number };
    await call(page, host.url, 'reports.submit', { id: draft.id, expectedVersion: draft.version });
    ids.push(draft.id);
  }
  await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  for (const id of ids) await call(page, host.url, 'reports.approve', { id, comment: '' });
  const { fingerprint } = (await call(page, host.url, 'keys.info', {})) as { fingerprint: string };
  await call(page, host.url, 'auth.signOut', {});

  // December: the manager exports November through 月度报送.
  await host.setClock(EXPORT_DAY);
  await page.clock.setFixedTime(new Date(EXPORT_DAY));
  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('月度报送').click();
  await expect(page.getByRole('table', { name: '数据包内容' })).toContainText('走访表');
  // The screen shows the bar from the start of the job until a poll of bundles.job says it has
  // ended. Polls are held until the bar, the status and the cancel button have been seen, so they
  // are checked however fast the export ends.
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/bundles.job', async (route) => {
    await released;
    await route.continue();
  });
  await page.getByRole('button', { name: /导出数据包$/ }).click();
  const progress = page.getByRole('progressbar', { name: '导出进度' });
  await expect(progress).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: '正在导出' })).toBeVisible();
  await expect(page.getByRole('button', { name: '取消导出' })).toBeVisible();
  release();
  await expect(page.getByText('第 1 版已保存到发件箱')).toBeVisible({ timeout: 30_000 });
  await expect(progress).toBeHidden();
  const fileName = `${OFFICE.regionCode}-2026-11-r1.zip`;
  const outbox = page.getByRole('table', { name: '发件箱' });
  await expect(outbox).toContainText(fileName);
  await expect(outbox).toContainText('最新');
  // The mail draft carries the bundle.
  const eml = page.waitForEvent('download');
  await page
    .getByRole('status')
    .filter({ hasText: '已保存到发件箱' })
    .getByRole('button', { name: '邮件草稿(.eml)' })
    .click();
  expect((await eml).suggestedFilename()).toBe(fileName.replace(/\.zip$/, '.eml'));

  // Head office: imports the file from the office's outbox, trusting the office on first import.
  await seedHeadOffice(page, headOfficeHost.url);
  await headOfficeHost.setClock(EXPORT_DAY);
  await page.goto(headOfficeHost.url);
  await new SignInPage(page).signIn(HQ_ADMIN.username, HQ_ADMIN.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('导入数据包').click();
  await page.locator('input[type="file"]').setInputFiles(join(host.dataDir, 'outbox', fileName));
  const row = page.getByRole('row', { name: new RegExp(fileName.replace(/\./g, '\\.')) });
  await expect(row).toContainText('新办事处');
  await row.getByRole('button', { name: '确认指纹并导入' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(fingerprint);
  await dialog.getByRole('button', { name: '确认一致并导入' }).click();
  await expect(row).toContainText('已导入');

  await page.getByRole('navigation', { name: '主导航' }).getByText('汇总').click();
  const matrix = page.getByRole('table', { name: '各区域报送汇总' });
  await expect(matrix).toContainText(OFFICE.regionName);
  await expect(matrix).toContainText(OFFICE.officeName);
  await matrix.getByRole('button', { name: new RegExp(`${OFFICE.regionName}.*2026-11`) }).click();
  await expect(page.getByText('第 1 版').first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText(REP.name);
});
