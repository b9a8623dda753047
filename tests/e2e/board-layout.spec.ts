import type { Locator, Page } from '@playwright/test';
import { sampleF01Data } from '../fixtures/f01-sample';
import { call, MANAGER, REP, seedOffice } from './api-seed';
import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { screenshot } from './pages/screenshots';

/** The office PC the board must fit: 1366 × 768. */
test.use({ viewport: { width: 1366, height: 768 } });

/** Friday 27 November 2026, 10:00 in the office (UTC+8). */
const NOW = '2026-11-27T02:00:00.000Z';

/** What the tests read of a scrolling element. */
interface Scroller {
  scrollWidth: number;
  clientWidth: number;
  scrollLeft: number;
}

/** How far a region's content reaches beyond what it shows, in pixels. */
async function overflow(region: Locator): Promise<number> {
  return region.evaluate((el) => {
    const s = el as unknown as Scroller;
    return s.scrollWidth - s.clientWidth;
  });
}

async function openBoard(page: Page) {
  await page.getByRole('navigation', { name: '主导航' }).getByText('报表看板').click();
  await expect(page.getByRole('table', { name: '走访表看板' })).toBeVisible();
}

test('a month of 走访表 fits a 1366 px screen; twelve months scroll with the names kept in place', async ({
  page,
  host,
}) => {
  await host.setClock(NOW);
  await page.clock.setFixedTime(new Date(NOW));
  await seedOffice(page, host.url, { since: '2026-01-05' });
  // A few days of the month in different states: submitted, approved, a draft.
  await call(page, host.url, 'auth.signIn', { username: REP.username, password: REP.password });
  const ids: Record<string, number> = {};
  for (const day of ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']) {
    const draft = (await call(page, host.url, 'reports.saveDraft', {
      formCode: 'F01',
      periodKey: day,
      data: sampleF01Data(3),
      expectedVersion: null,
    })) as { id: number; version: number };
    ids[day] = draft.id;
    if (day !== '2026-11-26') {
      await call(page, host.url, 'reports.submit', { id: draft.id, expectedVersion: draft.version });
    }
  }
  await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  await call(page, host.url, 'reports.approve', { id: ids['2026-11-23'], comment: '' });
  await call(page, host.url, 'auth.signOut', {});

  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await openBoard(page);

  // 本月 (the default): every working day of November in view, nothing to scroll sideways.
  const region = page.getByRole('region', { name: '走访表看板区域' });
  const board = page.getByRole('table', { name: '走访表看板' });
  await expect(page.getByRole('radio', { name: '本月' })).toBeChecked();
  expect(await overflow(region)).toBeLessThanOrEqual(0);
  const last = board.getByRole('button', { name: new RegExp(`^${REP.name} 2026年11月30日`) });
  await expect(last).toBeInViewport({ ratio: 1 });
  await expect(board.getByRole('columnheader', { name: '按时率' })).toBeInViewport({ ratio: 1 });
  // Narrow columns show a mark per state, with the word in the name a screen reader reads.
  await expect(board.getByRole('button', { name: `${REP.name} 2026年11月23日(星期一) 已审核` })).toHaveText(
    '审',
  );
  await expect(board.getByRole('button', { name: /2026年11月24日.* 已提交$/ })).toHaveText('交');
  await expect(board.getByRole('button', { name: /2026年11月26日.* 草稿$/ })).toHaveText('草');
  await expect(page.getByRole('list', { name: '图例' })).toContainText('已审核');
  const name = board.getByRole('cell', { name: REP.name, exact: true });
  await expect(name).toHaveCSS('position', 'sticky');
  await screenshot(page, 'board-month-1366');

  // A mark opens its report.
  await board.getByRole('button', { name: /2026年11月24日.* 已提交$/ }).click();
  await expect(page.getByRole('heading', { name: '走访表(F01)' })).toBeVisible();
  await page.goBack();
  await expect(board).toBeVisible();

  // 近12个月: too many days for the window, so the board scrolls, opening on the recent days, and
  // the names stay put.
  await page.getByText('近12个月').click();
  await expect.poll(() => overflow(region)).toBeGreaterThan(0);
  await expect(board.getByRole('button', { name: /2026年11月24日.* 已提交$/ })).toBeInViewport();
  const regionBox = (await region.boundingBox())!;
  const nameBox = (await name.boundingBox())!;
  expect(Math.abs(nameBox.x - regionBox.x)).toBeLessThanOrEqual(2);
  await expect(name).toBeInViewport({ ratio: 1 });
  await expect(board.getByRole('row', { name: new RegExp(REP.name) })).toContainText('%');
});
