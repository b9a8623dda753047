import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SHIPMENT_FIELD_LABELS, SHIPMENT_FIELDS } from '../../src-shared/contract/reference';
import { erpSheet } from '../helpers/erp-sheet';
import { call, HQ_ADMIN, MANAGER, REP, seedHeadOffice, seedOffice } from './api-seed';
import { expect, test } from './host-fixture';
import { OFFICE, SignInPage } from './pages/app-pages';
import { HqChannelPage } from './pages/hq-channel-page';
import { screenshot } from './pages/screenshots';

/** Tuesday 8 December 2026 and Wednesday 6 January 2027 (after December's F10s were due), 10:00 in the office. */
const DEC_8 = '2026-12-08T02:00:00.000Z';
const JAN_6 = '2027-01-06T02:00:00.000Z';

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

async function download(page: Page, url: string, fileId: string) {
  const res = await page.request.get(`${url}/files/${fileId}`);
  expect(res.ok()).toBe(true);
  return Buffer.from(await res.body());
}

test('a case found in 华东 with a batch shipped to HD-03 shows under both regions and in the matrix', async ({
  page,
  host,
  headOfficeHost,
}) => {
  const hq = headOfficeHost.url;
  // Head office: KJ-100 at 130.00 元, batch 20261102 shipped to 苏州华康医药 in region HD-03.
  await headOfficeHost.setClock(DEC_8);
  await seedHeadOffice(page, hq);
  await call(page, hq, 'auth.signIn', { username: HQ_ADMIN.username, password: HQ_ADMIN.password });
  await call(page, hq, 'reference.saveProduct', {
    code: 'KJ-100',
    name: '康健牌血糖试纸',
    spec: '50片/盒',
    unit: '盒',
  });
  await call(page, hq, 'reference.savePrice', {
    productCode: 'KJ-100',
    effectiveFrom: '2026-01-01',
    priceFen: 13_000,
  });
  await call(page, hq, 'reference.saveDealer', {
    code: 'D-SZ01',
    name: '苏州华康医药',
    regionCode: 'HD-03',
    agreementNo: 'XY-2026-001',
    agreementStatus: 'active',
  });
  // A radiating dealer of the office's region that will send no 商品流向单 for December.
  await call(page, hq, 'reference.saveDealer', {
    code: 'D-NJ02',
    name: '南京百信医药',
    regionCode: OFFICE.regionCode,
    agreementNo: 'XY-2026-002',
    agreementStatus: 'active',
    radiates: true,
  });
  const sheet = await erpSheet(
    [['FH-1102', 1, '2026-11-03', 'D-SZ01', 'HD-03', 'KJ-100', '20261102', 'C0002000', 'C0002199', 200, 110]],
    SHIPMENT_FIELDS.map((f) => SHIPMENT_FIELD_LABELS[f]),
  );
  await call(page, hq, 'reference.importShipments', {
    uploadId: await upload(page, hq, '发货明细.xlsx', sheet),
  });
  const published = (await call(page, hq, 'refBundles.publish', { mode: 'full' })) as {
    fileId: string;
    fileName: string;
  };
  const reference = await download(page, hq, published.fileId);
  await call(page, hq, 'auth.signOut', {});

  // The office (华东, HD-01) takes the reference data, then its rep reports 40 boxes sold below price.
  await host.setClock(DEC_8);
  await seedOffice(page, host.url, { since: '2026-11-02' });
  await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  const refUpload = await upload(page, host.url, published.fileName, reference);
  const seen = (await call(page, host.url, 'refBundles.inspect', { uploadId: refUpload })) as {
    fingerprint: string;
  };
  await call(page, host.url, 'refBundles.import', {
    uploadId: refUpload,
    trustFingerprint: seen.fingerprint,
  });
  const people = (await call(page, host.url, 'people.list', {})) as { id: number; displayName: string }[];
  const rep = people.find((p) => p.displayName === REP.name)!;
  const registered = (await call(page, host.url, 'channel.register', {
    foundOn: '2026-11-25',
    saleDate: '2026-11-20',
    place: '南京市鼓楼区康乐药店',
    productCode: 'KJ-100',
    batchNo: '20261102',
    quantity: 40,
    salePriceFen: 11_990,
    partyId: rep.id,
  })) as { case: { id: number; sourceRegionCode: string } };
  expect(registered.case.sourceRegionCode).toBe('HD-03');
  await call(page, host.url, 'channel.move', { id: registered.case.id, to: 'verifying' });
  await call(page, host.url, 'channel.decide', {
    id: registered.case.id,
    outcome: 'confirmed',
    verification: '药店购进票据属实。',
    decision: '罚款;苏州华康医药停止发货。',
    sanctions: [{ dealerCode: 'D-SZ01', kind: 'stop_shipment', fromDay: '2026-12-08' }],
  });
  const { fingerprint } = (await call(page, host.url, 'keys.info', {})) as { fingerprint: string };
  await call(page, host.url, 'auth.signOut', {});

  // January: the office sends December (the month of the decision); head office imports it.
  await host.setClock(JAN_6);
  await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
  const out = (await call(page, host.url, 'bundles.export', { month: '2026-12' })) as {
    files: { fileName: string }[];
    outboxDir: string;
  };
  const zip = readFileSync(join(out.outboxDir, out.files[0]!.fileName));
  await call(page, host.url, 'auth.signOut', {});
  await headOfficeHost.setClock(JAN_6);
  await call(page, hq, 'auth.signIn', { username: HQ_ADMIN.username, password: HQ_ADMIN.password });
  await call(page, hq, 'hq.import.run', {
    uploadIds: [await upload(page, hq, out.files[0]!.fileName, zip)],
    trustFingerprint: fingerprint,
  });
  await call(page, hq, 'auth.signOut', {});

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.clock.setFixedTime(new Date(JAN_6));
  await page.goto(hq);
  await new SignInPage(page).signIn(HQ_ADMIN.username, HQ_ADMIN.password);
  const channel = new HqChannelPage(page);
  await channel.open();

  // One case, counted under the region it was found in and the region its batch went to.
  await expect(channel.cell(OFFICE.regionName, '2026年11月')).toHaveAccessibleName(/ 1 件$/);
  await expect(channel.cell('HD-03', '2026年11月')).toHaveAccessibleName(/ 1 件$/);
  await expect(channel.caseRows).toHaveCount(1);
  await expect(channel.caseRows.first()).toContainText('跨区域');
  await expect(channel.caseRows.first()).toContainText('苏州华康医药');
  await expect(channel.caseRows.first()).toContainText('4,040.00');
  await expect(channel.sanctions.getByRole('row', { name: /苏州华康医药/ })).toContainText('停止发货');
  await expect(channel.sanctions.getByRole('row', { name: /苏州华康医药/ })).toContainText('待下发');
  await screenshot(page, 'hq-channel');
  await channel.sanctions.scrollIntoViewIfNeeded();
  await screenshot(page, 'hq-channel-sanctions');
  // December's F10 was due on 5 January: the office listed the dealer under 建议停止发货.
  const stopAdvice = page.getByRole('table', { name: '建议停止发货' });
  await expect(stopAdvice.getByRole('row', { name: /南京百信医药/ })).toContainText('商品流向单未提交');
  await stopAdvice.scrollIntoViewIfNeeded();
  await screenshot(page, 'hq-channel-stop-advice');

  // Either region, chosen from the keyboard, lists it.
  for (const region of [`${OFFICE.regionName}(${OFFICE.regionCode})`, 'HD-03']) {
    await channel.chooseRegion(region);
    await expect(channel.caseRows).toHaveCount(1);
    await expect(channel.caseRows.first()).toContainText('20261102');
  }

  // A matrix cell narrows the list to its region and month.
  await channel.clearFilter();
  await channel.cell('HD-03', '2026年11月').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '案件 · HD-03 · 2026年11月' })).toBeVisible();
  await expect(channel.cell('HD-03', '2026年11月')).toHaveAttribute('aria-pressed', 'true');
  await expect(channel.caseRows).toHaveCount(1);
  await screenshot(page, 'hq-channel-cell');

  // The bundle's own page sums up its channel section.
  await page.getByRole('navigation', { name: '主导航' }).getByText('汇总').click();
  await page
    .getByRole('table', { name: '各区域报送汇总' })
    .getByRole('button', { name: new RegExp(`${OFFICE.regionName}.*2026-12`) })
    .click();
  const summary = page.getByRole('region', { name: '渠道管控' });
  await expect(summary).toContainText('窜货/低价案件 1 件');
  await expect(summary).toContainText('跨区域 1 件');
  await expect(summary).toContainText('建议停止发货 1 家经销商');
  await summary.scrollIntoViewIfNeeded();
  await screenshot(page, 'hq-channel-bundle');
});
