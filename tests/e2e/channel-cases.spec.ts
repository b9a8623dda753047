import { CLERK, MANAGER, REP, seedOffice } from './api-seed';
import { BATCH_ELSEWHERE, CARTON_ELSEWHERE, PRODUCT, seedChannelReference } from './channel-seed';
import { expect, test } from './host-fixture';
import { SignInPage } from './pages/app-pages';
import { ChannelPage } from './pages/channel-page';
import { screenshot } from './pages/screenshots';

/** Tuesday 8 December 2026, 10:00 in the office. */
const DEC_8 = '2026-12-08T02:00:00.000Z';

// A 1×1 PNG: photos are checked by content, not by name.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('a scanned carton code from another region becomes an F11, the manager confirms it and the 5× fines reach rep and supervisor', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await host.setClock(DEC_8);
  await page.clock.setFixedTime(new Date(DEC_8));
  await seedOffice(page, host.url, { since: '2026-11-02' });
  seedChannelReference(host.dataDir);
  await page.goto(host.url);
  const signIn = new SignInPage(page);
  const channel = new ChannelPage(page);

  // The clerk, on the home page, presses F2 and scans: an unknown code first, then the carton.
  await signIn.signIn(CLERK.username, CLERK.password);
  await expect(page.getByRole('button', { name: '批号查询(F2)' })).toBeVisible();
  await channel.pressLookupKey();
  await channel.scan('X999');
  await expect(channel.answer).toContainText('未找到该批号/箱码');
  await screenshot(page, 'channel-lookup-unknown');
  await channel.scan(CARTON_ELSEWHERE);
  await expect(channel.answer).toContainText('杭州康达医药');
  await expect(channel.answer).toContainText(PRODUCT.name);
  await expect(channel.answer).toContainText('HD-03');
  await expect(channel.answer.getByText('非本区域', { exact: true })).toBeVisible();
  await expect(channel.answer).toContainText('自 2026-12-01 起停止发货');
  // The field is selected again: the next scan replaces the code.
  await expect(channel.lookupDialog.getByLabel('批号或箱码')).toHaveValue(CARTON_ELSEWHERE);
  await screenshot(page, 'channel-lookup-flagged');

  // 登记窜货/低价 opens the F11 with what the carton told.
  await channel.answer.getByRole('button', { name: '登记窜货/低价' }).click();
  const form = channel.registerDialog;
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: '产品编码', exact: true })).toHaveValue(PRODUCT.code);
  await expect(form.getByRole('textbox', { name: '批号', exact: true })).toHaveValue(BATCH_ELSEWHERE);
  await expect(form.getByRole('textbox', { name: '箱码', exact: true })).toHaveValue(CARTON_ELSEWHERE);
  await expect(form).toContainText('疑似来源');
  await expect(form).toContainText('杭州康达医药');
  await expect(form.getByRole('textbox', { name: '地点', exact: true })).toBeFocused();
  // Enter with the facts missing: each field says what it needs.
  await form.getByRole('textbox', { name: '地点', exact: true }).press('Enter');
  await expect(form.getByText('请填写发现地点')).toBeVisible();
  await expect(form.getByText('请填写数量')).toBeVisible();
  await form.getByRole('textbox', { name: '地点', exact: true }).fill('南京市鼓楼区湖南路康乐药店');
  await channel.fillDate(form, '销售日期', '2026-11-20');
  await form.getByRole('textbox', { name: '数量', exact: true }).fill('40');
  await form.getByRole('textbox', { name: '售价(元)', exact: true }).fill('119.90');
  await expect(form.getByTestId('list-price')).toContainText('130.00 元');
  await expect(form).toContainText('低于规定价 10.10 元/单位,合计差价 404.00 元');
  await channel.pick(form, '举报人', REP.name);
  await screenshot(page, 'channel-register');
  await form.getByRole('textbox', { name: '数量', exact: true }).press('Enter');
  await expect(form).toBeHidden();

  // The case page: the facts looked up, then two photos as evidence.
  await expect(page.getByRole('heading', { name: /^案件第 \d+ 号$/ })).toBeVisible();
  await expect(channel.caseStatus).toHaveText('登记');
  const facts = page.getByRole('region', { name: '举报内容' });
  await expect(facts).toContainText('杭州康达医药(D-HZ01),HD-03 区域');
  await expect(facts).toContainText('130.00 元');
  await expect(facts).toContainText(REP.name);
  await channel.attach([
    { name: '货架照片.png', mimeType: 'image/png', buffer: PNG },
    { name: '购货小票.png', mimeType: 'image/png', buffer: PNG },
  ]);
  await expect(page.getByRole('table', { name: '证据文件' })).toContainText('购货小票.png');
  await expect(page.getByRole('button', { name: '转为核实中' })).toHaveCount(0);
  await signIn.signOut();

  // The manager takes it up, confirms it and sees the fines before they are charged.
  await signIn.signIn(MANAGER.username, MANAGER.password);
  await channel.openCases();
  await screenshot(page, 'channel-cases');
  await page.getByRole('table', { name: '案件列表' }).getByRole('row').nth(1).click();
  await channel.moveTo('转为核实中', '约谈药店,核对票据');
  await expect(channel.caseStatus).toHaveText('核实中');
  await page.getByRole('button', { name: '作出核实结论' }).click();
  const decide = page.getByRole('dialog', { name: /^核实结论/ });
  await decide.getByRole('textbox', { name: '核实结果', exact: true }).fill('经现场核对小票与纸箱箱码,属实');
  await decide
    .getByLabel('处理决定', { exact: true })
    .fill('按制度对当事人及直接主管处以差价5倍罚款,对经销商停止发货');
  await channel.pick(decide, '当事人', REP.name);
  const fines = decide.getByRole('table', { name: '将处罚款' });
  // (130.00 − 119.90) × 40 × 5 = 2,020.00 元, to each.
  await expect(fines.getByRole('row', { name: `当事人 ${REP.name} 2,020.00 元` })).toBeVisible();
  await expect(fines.getByRole('row', { name: `直接主管 ${MANAGER.name} 2,020.00 元` })).toBeVisible();
  await decide.getByRole('button', { name: '添加处罚' }).click();
  await expect(decide.getByRole('textbox', { name: '经销商编码', exact: true })).toHaveValue('D-HZ01');
  await channel.pick(decide, '处罚方式', '停止发货');
  await screenshot(page, 'channel-decision');
  await decide.getByRole('button', { name: '确认成立' }).click();
  await expect(decide).toBeHidden();
  await expect(channel.caseStatus).toHaveText('成立');

  const finesTable = page.getByRole('table', { name: '罚款' });
  await expect(finesTable).toContainText(REP.name);
  await expect(finesTable).toContainText(MANAGER.name);
  await expect(page.getByRole('table', { name: '经销商处罚' })).toContainText('停止发货');
  const log = page.getByRole('region', { name: '案件日志' });
  await expect(log).toContainText('哈希链校验通过');
  await expect(log.getByRole('row')).toHaveCount(6);
  await screenshot(page, 'channel-case');
  await log.scrollIntoViewIfNeeded();
  await screenshot(page, 'channel-case-log');

  for (const name of [REP.name, MANAGER.name]) {
    const notice = await channel.download(page.getByRole('button', { name: `下载${name}的罚款通知单` }));
    expect(notice.fileName).toMatch(/^罚款通知单-\d+-.+\.docx$/);
    expect(notice.text).toContain(name);
    expect(notice.text).toContain('2,020.00');
  }
  const file = await channel.download(page.getByRole('button', { name: '下载案件卷宗' }));
  expect(file.text).toContain('杭州康达医药');

  await page.getByRole('button', { name: '打印预览' }).click();
  const preview = page.getByRole('dialog', { name: /案件卷宗/ });
  await expect(preview).toContainText('杭州康达医药');
  await screenshot(page, 'channel-print');
  await preview.getByRole('button', { name: '关闭' }).click();

  await channel.moveTo('办结');
  await expect(channel.caseStatus).toHaveText('已处理');
  await expect(page.getByRole('button', { name: '上传证据' })).toHaveCount(0);
});
