import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { MANAGER, REP, seedOffice } from './api-seed';

test('the board flags a missing 走访表 as overdue once its deadline passes', async ({ page, host }) => {
  // Friday 27 November 2026, 10:00 in the office (UTC+8), for the app and the browser alike.
  await host.setClock('2026-11-27T02:00:00.000Z');
  await page.clock.setFixedTime(new Date('2026-11-27T02:00:00.000Z'));
  // The office has worked in RegionDesk since the start of the month.
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('报表看板').click();

  const board = page.getByRole('table', { name: '走访表看板' });
  const monday = board.getByRole('button', {
    name: new RegExp(`^${REP.name} 2026年11月23日.* (未开始|逾期)$`),
  });
  await expect(monday).toHaveAccessibleName(/未开始$/);

  // Monday 30 November: Sunday 24:00 has passed with nothing handed in.
  await host.setClock('2026-11-30T02:00:00.000Z');
  await page.clock.setFixedTime(new Date('2026-11-30T02:00:00.000Z'));
  await page.reload();
  // Three days later the idle session has ended; the manager signs in again and returns to the
  // board, which opens on 本月 and so still holds the week of the 23rd.
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await expect(monday).toHaveAccessibleName(/逾期$/);
  // Punctuality counts the missed days: five working days of last week are overdue.
  await expect(board.getByRole('row', { name: new RegExp(REP.name) })).toContainText('0%');
});
