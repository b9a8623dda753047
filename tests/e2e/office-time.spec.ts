import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { MANAGER, REP, seedOffice } from './api-seed';

/** Friday 27 November 2026, 10:00 in the office (UTC+8). */
const FRIDAY_10 = '2026-11-27T02:00:00.000Z';

/**
 * The regulation speaks in office time (周日 24:00, 5日前), so every screen shows due moments in
 * office time, however the PC's clock is set, and 办事处设置 says so when the PC's zone differs.
 */
for (const [timezoneId, pcZone] of [
  ['Asia/Shanghai', null],
  ['UTC', 'UTC+0'],
  ['America/New_York', 'UTC−5'],
] as const) {
  test(`due moments read in office time on a PC set to ${timezoneId}`, async ({ browser, host }) => {
    await host.setClock(FRIDAY_10);
    const context = await browser.newContext({ timezoneId, viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(FRIDAY_10));
    await seedOffice(page, host.url, { since: '2026-11-23' });

    await page.goto(host.url);
    const signIn = new SignInPage(page);
    await signIn.signIn(REP.username, REP.password);
    // This week's 走访表 are handed in by Sunday 24:00, never "Monday 00:00" or a foreign clock's hour.
    const todo = page.getByRole('table', { name: '待办报表' });
    const today = todo.getByRole('row', { name: /2026-11-27/ });
    await expect(today).toContainText('11月29日 周日 24:00');
    await expect(todo).not.toContainText('11月30日 周一 00:00');
    await signIn.signOut();

    await signIn.signIn(MANAGER.username, MANAGER.password);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByText('月度报送').click();
    // The page opens on October, whose forms reached 销售部 before the 5th: 24:00 of 5 November.
    await expect(page.getByText(/报销售部截止.11月5日 周四 24:00/)).toBeVisible();

    await nav.getByText('办事处设置').click();
    const zone = page.getByLabel('办事处时间');
    await expect(zone).toHaveValue('北京时间(UTC+8)');
    if (pcZone) await expect(page.getByText(`本机时钟为 ${pcZone}`)).toBeVisible();
    else await expect(page.getByText(/本机时钟为/)).toHaveCount(0);
    await context.close();
  });
}
