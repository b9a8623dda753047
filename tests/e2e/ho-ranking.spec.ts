import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { erpSheet } from '../helpers/erp-sheet';
import { call, HQ_ADMIN, MANAGER, REP, seedHeadOffice, seedOffice } from './api-seed';
import { expect, test } from './host-fixture';
import { OFFICE, SignInPage } from './pages/app-pages';
import { HoRankingPage } from './pages/ho-ranking-page';
import { screenshot } from './pages/screenshots';

/** Wednesday 2 December 2026, 10:00 in the office: November is assessed and sent. */
const DEC_2 = '2026-12-02T02:00:00.000Z';

/** Hands a file to a host as its upload screens do, returning the upload id. */
async function upload(page: Page, url: string, name: string, bytes: Buffer) {
  const res = await page.request.post(`${url}/upload`, {
    data: bytes,
    headers: {
      'Content-Type': 'application/octet-stream',
      'X-File-Name': encodeURIComponent(name),
      Origin: url,
    },
  });
  const body = (await res.json()) as {
    ok: boolean;
    value?: { uploadId: string };
    error?: { message: string };
  };
  if (!body.ok) throw new Error(`upload: ${body.error?.message}`);
  return body.value!.uploadId;
}

test('an office sends November with its KPIs and approved bonus; head office ranks its rep', async ({
  page,
  host,
  headOfficeHost,
}) => {
  // The office: a 100,000 monthly target, 93,800 sold in November, the bonus approved, the month exported.
  await host.setClock(DEC_2);
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  const people = (await call(page, host.url, 'people.list', {})) as { id: number; displayName: string }[];
  const rep = people.find((p) => p.displayName === REP.name)!;
  await call(page, host.url, 'targets.set', {
    year: 2026,
    scope: 'rep',
    userId: rep.id,
    metric: 'sales',
    annual: 1_200_000,
    method: 'equal',
  });
  const sheet = await upload(
    page,
    host.url,
    '11月.xlsx',
    await erpSheet([[REP.name, '2026-11', 93_800, 60_000]]),
  );
  await call(page, host.url, 'sales.importActuals', { uploadId: sheet });
  await call(page, host.url, 'bonus.approve', { month: '2026-11' });
  const { fingerprint } = (await call(page, host.url, 'keys.info', {})) as { fingerprint: string };
  const out = (await call(page, host.url, 'bundles.export', { month: '2026-11' })) as {
    files: { fileName: string }[];
    outboxDir: string;
  };
  const zip = readFileSync(join(out.outboxDir, out.files[0]!.fileName));
  await call(page, host.url, 'auth.signOut', {});

  // Head office imports it, trusting the office on its first bundle.
  await headOfficeHost.setClock(DEC_2);
  await seedHeadOffice(page, headOfficeHost.url);
  await call(page, headOfficeHost.url, 'auth.signIn', {
    username: HQ_ADMIN.username,
    password: HQ_ADMIN.password,
  });
  const uploadId = await upload(page, headOfficeHost.url, out.files[0]!.fileName, zip);
  await call(page, headOfficeHost.url, 'hq.import.run', {
    uploadIds: [uploadId],
    trustFingerprint: fingerprint,
  });
  await call(page, headOfficeHost.url, 'auth.signOut', {});

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date(DEC_2));
  await page.goto(headOfficeHost.url);
  await new SignInPage(page).signIn(HQ_ADMIN.username, HQ_ADMIN.password);
  const ranking = new HoRankingPage(page);
  await ranking.open();
  await expect(ranking.period).toHaveText('2026年11月');
  const row = ranking.rep(REP.name);
  await expect(row).toContainText(OFFICE.regionName);
  await expect(row).toContainText('93.8%');
  await expect(row.getByRole('cell').first()).toHaveText('1');
  await expect(ranking.regions.getByRole('row', { name: new RegExp(OFFICE.regionName) })).toContainText(
    '齐全',
  );
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await screenshot(page, 'ho-ranking-november');

  // The quarter: October never came, so it is flagged; the keyboard steps back to the third quarter.
  await ranking.choose('季');
  await expect(ranking.period).toHaveText('2026年第4季度');
  await expect(ranking.regions).toContainText('缺 2026-10');
  await expect(ranking.rep(REP.name)).toContainText('93.8%');
  await screenshot(page, 'ho-ranking-quarter');
  await ranking.previousByKeyboard();
  await expect(ranking.period).toHaveText('2026年第3季度');
  await expect(page.getByText('本期没有收到任何营销代表的绩效数据。')).toBeVisible();

  // The bundle itself shows the office's targets of the year.
  await page.getByRole('navigation', { name: '主导航' }).getByText('汇总').click();
  await page
    .getByRole('table', { name: '各区域报送汇总' })
    .getByRole('button', { name: new RegExp(`${OFFICE.regionName}.*2026-11`) })
    .click();
  const targets = page.getByRole('table', { name: '销售目标' });
  await expect(targets.getByRole('row', { name: new RegExp(REP.name) })).toContainText('1,200,000.00');
  await targets.scrollIntoViewIfNeeded();
  await screenshot(page, 'ho-bundle-targets');
});
