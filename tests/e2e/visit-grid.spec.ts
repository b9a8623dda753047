import type { Locator } from '@playwright/test';
import { call, MANAGER, REP, seedOffice } from './api-seed';
import { expect, type Host, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { screenshot } from './pages/screenshots';
import { type TypedVisit, VisitGridPage } from './pages/visit-grid-page';

/** The typical office PC: 1366 × 768. */
test.use({ viewport: { width: 1366, height: 768 } });

/** Friday 27 November 2026, 10:00 in the office (UTC+8). */
const NOW = '2026-11-27T02:00:00.000Z';

const CUSTOMERS = [
  {
    name: '南京苏宁易家电器连锁有限公司',
    type: '商超',
    contact: '周海涛',
    contactTitle: '采购经理',
    phone: '138 0251 6624',
  },
  {
    name: '江宁区金陵五金建材批发部',
    type: '经销商',
    contact: '陈建国',
    contactTitle: '老板',
    phone: '025-5218 3390',
  },
  {
    name: '鼓楼区康居物业服务中心',
    type: '企业',
    contact: '刘芳',
    contactTitle: '行政主管',
    phone: '139 1590 4478',
  },
];

/** A rep's day: eight visits, typed as people type times (0830, 930, 13:30). */
const DAY: TypedVisit[] = [
  {
    start: '0830',
    end: '0940',
    customer: { existing: CUSTOMERS[0]!.name },
    method: '现场',
    purpose: '订单跟进',
    details: {
      result: '确认12月备货订单,K5型320台。',
      needs: '希望元旦档期提供堆头支持。',
      nextStep: '申请档期费用。',
      nextVisit: '2026-12-03',
    },
  },
  {
    start: '1010',
    end: '1100',
    customer: { existing: CUSTOMERS[1]!.name },
    method: '现场',
    purpose: '回款',
    details: { result: '对方承诺30日前转账6.4万元。' },
  },
  {
    start: '1120',
    end: '1145',
    customer: { existing: CUSTOMERS[2]!.name },
    method: '电话',
    purpose: '开发新客户',
    details: { result: '约下周现场看样。' },
  },
  // No long texts: Enter on the last row adds the next one straight away.
  {
    start: '930',
    end: '1215',
    customer: { existing: CUSTOMERS[0]!.name },
    method: '线上',
    purpose: '售后服务',
  },
  {
    start: '13:30',
    end: '14:20',
    customer: { new: '浦口区星火五金店', contact: '王海', phone: '13770001234' },
    method: '现场',
    purpose: '开发新客户',
    details: { result: '介绍K5型,对方有意试销。', nextStep: '下周送样机。' },
  },
  {
    start: '1440',
    end: '1510',
    customer: { existing: CUSTOMERS[1]!.name },
    method: '来访',
    purpose: '客情维护',
    details: { result: '陪同参观样板间。' },
  },
  {
    start: '1530',
    end: '1600',
    customer: { existing: CUSTOMERS[2]!.name },
    method: '线上',
    purpose: '市场调研',
    details: { result: '了解物业采购流程。' },
  },
  {
    start: '1620',
    end: '1730',
    customer: { existing: CUSTOMERS[0]!.name },
    method: '现场',
    purpose: '订单跟进',
    details: { result: '核对到仓日期。' },
  },
];

/** The stored times of DAY, as the form keeps them (HH:mm). */
const STORED_TIMES = [
  ['08:30', '09:40'],
  ['10:10', '11:00'],
  ['11:20', '11:45'],
  ['09:30', '12:15'],
  ['13:30', '14:20'],
  ['14:40', '15:10'],
  ['15:30', '16:00'],
  ['16:20', '17:30'],
];

async function signInRep(page: import('@playwright/test').Page, host: Host, customers = false) {
  await host.setClock(NOW);
  await page.clock.setFixedTime(new Date(NOW));
  await seedOffice(page, host.url);
  if (customers) {
    await call(page, host.url, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
    for (const c of CUSTOMERS) {
      const people = [{ name: c.contact, title: c.contactTitle, phones: c.phone }];
      await call(page, host.url, 'customers.create', {
        name: c.name,
        type: c.type,
        people,
        grade: 'A',
        address: '',
        ownerId: null,
      });
    }
    await call(page, host.url, 'auth.signOut', {});
  }
  await page.goto(host.url);
  await new SignInPage(page).signIn(REP.username, REP.password);
}

/** Whether two boxes overlap. */
function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(l: Locator) {
  const b = await l.boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

test('a rep types eight visits in the dense table with the keyboard alone, save state and 提交 in sight, and submits', async ({
  page,
  host,
}) => {
  await signInRep(page, host, true);
  const grid = new VisitGridPage(page);
  await grid.openToday();

  // On a 1366 px screen the dense table is the default, and says how to add a row.
  await expect(grid.table).toBeVisible();
  await expect(page.getByRole('radio', { name: '表格' })).toBeChecked();
  await expect(page.getByRole('button', { name: '添加拜访' })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+Enter',
  );
  await expect(page.getByRole('button', { name: '添加拜访' })).toContainText('Ctrl+Enter');
  await grid.expectChromeInView();

  for (const [i, visit] of DAY.entries()) {
    const n = i + 1;
    // Ctrl+Enter adds a row from anywhere; after a row without details, Enter on it already did.
    if (i === 0 || DAY[i - 1]!.details) await page.keyboard.press('Control+Enter');
    else await page.keyboard.press('Enter');
    await expect(grid.row(n)).toBeVisible();
    await grid.typeVisit(n, visit);
    // The row typed before this one has folded its details away: one line per visit.
    if (n > 1) await expect(grid.detailsToggle(n - 1)).toHaveAttribute('aria-expanded', 'false');
    await grid.expectChromeInView();
  }

  await expect(grid.table.getByRole('rowgroup', { name: /^拜访 \d+$/ })).toHaveCount(8);
  await expect(page.getByLabel('实际拜访数')).toHaveValue('8');
  await expect(grid.row(4).getByLabel('开始时间')).toHaveValue('09:30');
  await expect(grid.saveState()).toContainText('已自动保存');
  await grid.expectChromeInView();
  await page.mouse.wheel(0, -2000);
  await expect(page.getByRole('heading', { name: '走访表(F01)' })).toBeInViewport();
  await screenshot(page, 'f01-grid-8-visits');

  // A row's long texts open in place, by keyboard: Tab to its 详情 and press Space.
  await grid.detailsToggle(2).focus();
  await page.keyboard.press('Space');
  await expect(grid.detailsToggle(2)).toHaveAttribute('aria-expanded', 'true');
  await screenshot(page, 'f01-grid-details-open');
  await expect(grid.row(2).getByLabel('洽谈内容及结果')).toHaveValue('对方承诺30日前转账6.4万元。');
  await page.keyboard.press('Tab');
  await expect(grid.row(2).getByLabel('洽谈内容及结果')).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('由财务刘会计确认。');
  await grid.expectChromeInView();

  await grid.submitButton().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('已提交', { exact: true }).first()).toBeVisible();

  // What was stored is what the form's validation expects: HH:mm on a 24-hour clock.
  const report = (await call(page, host.url, 'reports.find', {
    formCode: 'F01',
    periodKey: '2026-11-27',
  })) as { status: string; data: { visits: Record<string, unknown>[] } };
  expect(report.status).toBe('submitted');
  expect(report.data.visits.map((v) => [v.start, v.end])).toEqual(STORED_TIMES);
  expect(report.data.visits[1]!.result).toBe('对方承诺30日前转账6.4万元。由财务刘会计确认。');
  expect(report.data.visits[0]!.nextVisit).toBe('2026-12-03');
  expect(report.data.visits[4]).toMatchObject({ customerName: '浦口区星火五金店', phone: '13770001234' });
  expect(report.data.visits[0]).toMatchObject({ customerType: '商超', phone: '138 0251 6624' });
});

test('times are typed on a 24-hour clock and checked at the field; missing values are marked in Chinese', async ({
  page,
  host,
}) => {
  await signInRep(page, host);
  const grid = new VisitGridPage(page);
  await grid.openToday();
  await page.keyboard.press('Control+Enter');
  const row = grid.row(1);
  const start = row.getByLabel('开始时间');
  const end = row.getByLabel('结束时间');

  // A plain text field: no --:-- -- and no AM/PM, whatever the browser's locale.
  await expect(start).toHaveAttribute('placeholder', '时:分');
  for (const [typed, stored] of [
    ['0930', '09:30'],
    ['9:30', '09:30'],
    ['930', '09:30'],
    ['14', '14:00'],
    ['9点半', '09:30'],
    ['下午2:30', '14:30'],
  ]) {
    await start.fill('');
    await start.pressSequentially(typed!);
    await start.press('Tab');
    await expect(start).toHaveValue(stored!);
  }
  await expect(start).not.toHaveValue(/AM|PM|上午|下午/);

  await end.fill('25:00');
  await end.press('Tab');
  await expect(row).toContainText('结束时间应为24小时制,如 09:30');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await end.fill('1300');
  await expect(end).toHaveValue('13:00');
  await expect(row).not.toContainText('24小时制');
  // An end before the start is pointed out.
  await expect(row).toContainText('结束时间早于开始时间');
  await end.fill('15:00');
  await expect(row).not.toContainText('早于');

  // Submitting without 客户名称, 拜访方式 and 拜访目的 marks each of them in its cell.
  await expect(grid.saveState()).toContainText('已自动保存');
  await grid.submitButton().click();
  await expect(row.getByLabel('拜访方式')).toHaveAttribute('aria-invalid', 'true');
  await expect(row.getByLabel('拜访目的')).toHaveAttribute('aria-invalid', 'true');
  await expect(row.getByLabel('客户名称')).toHaveAttribute('aria-invalid', 'true');
  await expect(row).toContainText('请选择');
  await expect(row).toContainText('请填写');
  await expect(row.getByLabel('客户名称')).toBeFocused();
  // A mark goes once its field is filled in; the others stay.
  await row.getByLabel('拜访方式').click();
  await page.getByRole('option', { name: '电话', exact: true }).click();
  await expect(row.getByLabel('拜访方式')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(row.getByLabel('拜访目的')).toHaveAttribute('aria-invalid', 'true');
});

test('the new-customer suggestion leaves the 客户名称 label visible, and narrow screens get cards, or the view chosen', async ({
  page,
  host,
}) => {
  await signInRep(page, host);
  const grid = new VisitGridPage(page);
  await grid.openToday();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Enter');

  // In the table: the suggestion never covers the column head, even from a row low in the window.
  const head = grid.table.getByRole('columnheader', { name: /^客户名称/ });
  for (const n of [1, 5]) {
    const customer = grid.row(n).getByLabel('客户名称');
    await customer.fill(`新客户${n}`);
    const suggestion = page.getByRole('listbox');
    await expect(page.getByRole('option', { name: `+ 新建客户:新客户${n}` })).toBeVisible();
    expect(overlaps(await box(suggestion), await box(head))).toBe(false);
    expect(overlaps(await box(suggestion), await box(customer))).toBe(false);
    await customer.press('Escape');
  }

  // A row's actions are one Tab stop: removing a row can be undone.
  await grid.row(5).getByRole('button', { name: '第 5 条拜访的操作' }).press('Enter');
  await page.getByRole('menuitem', { name: '删除' }).click();
  await expect(grid.table.getByRole('rowgroup', { name: /^拜访 \d+$/ })).toHaveCount(4);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(grid.table.getByRole('rowgroup', { name: /^拜访 \d+$/ })).toHaveCount(5);

  // Cards: the label sits above the field, and the suggestion opens below or beside it.
  await page.getByText('卡片', { exact: true }).click();
  const card = page.getByRole('group', { name: '拜访 5', exact: true });
  await expect(card).toBeVisible();
  const customer = card.getByLabel('客户名称');
  const label = card.locator('label').filter({ hasText: /^客户名称/ });
  for (const place of ['center', 'end'] as const) {
    await customer.evaluate(
      (el, block) =>
        (el as unknown as { scrollIntoView(o: { block: string }): void }).scrollIntoView({ block }),
      place,
    );
    await customer.fill(`新客户${place}`);
    await expect(page.getByRole('option', { name: `+ 新建客户:新客户${place}` })).toBeVisible();
    const suggestion = await box(page.getByRole('listbox'));
    expect(overlaps(suggestion, await box(label))).toBe(false);
    expect(overlaps(suggestion, await box(customer))).toBe(false);
    await customer.press('Escape');
  }

  // The choice of view is remembered on this computer.
  await expect(grid.saveState()).toContainText('已自动保存');
  await page.reload();
  await expect(page.getByRole('group', { name: '拜访 1', exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: '卡片' })).toBeChecked();
  await page.getByText('表格', { exact: true }).click();
  await expect(grid.row(1)).toBeVisible();

  // Without a choice, a narrow screen shows cards.
  await page.evaluate("localStorage.removeItem('regiondesk:table-view:visits')");
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.reload();
  await expect(page.getByRole('group', { name: '拜访 1', exact: true })).toBeVisible();
  await expect(grid.table).toBeHidden();
  await expect(page.getByRole('button', { name: '提交', exact: true })).toBeInViewport();
  await screenshot(page, 'f01-cards-1024');
});
