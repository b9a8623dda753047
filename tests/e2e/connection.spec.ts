import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { MANAGER, seedOffice } from './api-seed';

const SHOTS = process.env.SCREENSHOT_DIR;

test('a lost connection is said at the top of the screen until it is back, then the page works again', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await host.setClock('2026-11-26T02:00:00.000Z');
  await seedOffice(page, host.url);
  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);

  // The office PC's network drops: every call fails before it reaches the service.
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.getByRole('navigation', { name: '主导航' }).getByText('登录失败记录').click();
  const banner = page.getByRole('alert', { name: '与 RegionDesk 服务的连接已断开' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('断开期间的操作不会保存');
  await expect(banner).toContainText('每 3 秒自动重试');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/connection-lost.png` });

  // 立即重试 while still cut off keeps the banner.
  await banner.getByRole('button', { name: '立即重试' }).click();
  await expect(banner).toBeVisible();

  // The network is back: the window notices on its own, says so, and the page loads again.
  await page.unroute('**/api/**');
  await expect(banner).toBeHidden({ timeout: 10_000 });
  await expect(page.getByText('与 RegionDesk 服务的连接已恢复。')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '登录失败记录' })).toBeVisible();
});
