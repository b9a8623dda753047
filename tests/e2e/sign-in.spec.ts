import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { MANAGER, REP, seedOffice } from './api-seed';

const SHOTS = process.env.SCREENSHOT_DIR;

test('a guessing browser is made to wait, and the manager sees the failed sign-ins', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // Thursday 26 November 2026, 10:00 in the office (UTC+8).
  await host.setClock('2026-11-26T02:00:00.000Z');
  await seedOffice(page, host.url);
  await page.goto(host.url);

  const alert = page.getByRole('alert');
  const tryPassword = async (username: string, password: string) => {
    await page.getByLabel('登录名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
  };
  await tryPassword('admin', 'admin123');
  await expect(alert).toHaveText('登录名或密码不正确,请重新输入。');
  for (let i = 1; i <= 3; i++) {
    await tryPassword(REP.username, `guess-${i}-2026`);
    await expect(alert).toHaveText('登录名或密码不正确,请重新输入。');
  }
  await tryPassword(REP.username, 'guess-4-2026');
  await expect(alert).toHaveText(
    '登录名或密码不正确。失败次数过多,请 30 秒后再试;忘记密码请联系区域经理重置。',
  );
  // Now even the right password waits on this PC; the account itself is not locked.
  await tryPassword(REP.username, REP.password);
  await expect(alert).toContainText('此电脑登录失败次数过多,请');
  await expect(alert).toContainText('后再试');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/sign-in-rate-limited.png` });

  // Another account signs in from the same PC: only the guessed account waits here.
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('登录失败记录').click();
  await expect(page.getByRole('heading', { name: '登录失败记录' })).toBeVisible();

  const table = page.getByRole('table', { name: '登录失败记录' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  const rep = table.getByRole('row', { name: new RegExp(REP.username) });
  await expect(rep).toContainText(REP.name);
  await expect(rep).toContainText('127.0.0.1(本机)');
  await expect(rep).toContainText('4 次');
  await expect(rep).toContainText('11月26日 周四');
  const unknown = table.getByRole('row', { name: /admin/ });
  await expect(unknown).toContainText('无此账号');
  await expect(unknown).toContainText('1 次');
  // Newest first: the rep's last failure came after the attempt at admin.
  await expect(rows.nth(1)).toContainText(REP.username);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/failed-sign-ins.png` });
});
