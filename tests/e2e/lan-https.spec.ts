import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './host-fixture';
import { call, MANAGER, REP, seedOffice } from './api-seed';
import { SignInPage } from './pages/app-pages';
import { screenshot } from './pages/screenshots';

/** This machine's first non-loopback IPv4 address: where another PC of the office would connect. */
const lanAddress = Object.values(networkInterfaces())
  .flatMap((list) => list ?? [])
  .find((entry) => entry.family === 'IPv4' && !entry.internal)?.address;

/** A request that trusts exactly the office certificate, as a PC that installed it does. */
function trustedGet(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { ca, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** What a request to the office's HTTPS address gets: its status, or why no answer came. */
const httpsOutcome = (url: string, ca: string) =>
  trustedGet(url, ca).then(
    (res) => res.status,
    (err: NodeJS.ErrnoException) => err.code ?? err.message,
  );

test.describe('started with --lan', () => {
  test.use({ hostArgs: ['--lan'] });

  test('another PC reaches the office over HTTPS only, from allowed networks, and its sign-in is audited', async ({
    page,
    host,
    playwright,
    launchOptions,
  }) => {
    if (!lanAddress) console.log('lan-https: this machine has no non-loopback IPv4 address; nothing to test');
    test.skip(!lanAddress, 'this machine has no non-loopback IPv4 address');
    await page.setViewportSize({ width: 1366, height: 900 });
    await seedOffice(page, host.url);

    const httpsPort = Number(/局域网访问 \(HTTPS\) 已开启,端口 (\d+)/.exec(host.output())?.[1]);
    expect(httpsPort).toBeGreaterThan(0);
    const httpPort = Number(new URL(host.url).port);
    const lanUrl = `https://${lanAddress}:${httpsPort}`;
    const certPem = readFileSync(join(host.dataDir, 'lan', 'office-cert.pem'), 'utf8');
    const cert = new X509Certificate(certPem);
    expect(cert.checkIP(lanAddress!)).toBe(lanAddress);
    expect(host.output()).toContain(cert.fingerprint256);

    // The machine's address is a documentation range (192.0.2.x), not a private one: refused until allowed.
    if (!/^(10|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(lanAddress!)) {
      const refused = await trustedGet(`${lanUrl}/`, certPem);
      expect(refused.status).toBe(403);
      expect(refused.body).toContain(`此电脑(${lanAddress})不在办事处允许访问的网段内`);
    }

    // The manager, on the office PC itself, allows the office network and compares the fingerprint.
    const office = new SignInPage(page);
    await page.goto(host.url);
    await office.signIn(MANAGER.username, MANAGER.password);
    await page.getByRole('navigation', { name: '主导航' }).getByText('办事处设置').click();
    const lan = page.getByRole('region', { name: '局域网访问' });
    await expect(lan.getByLabel('证书指纹')).toHaveText(cert.fingerprint256);
    await expect(lan.getByText('本机服务以 --lan 参数启动')).toBeVisible();
    await lan.getByLabel('允许办事处其他电脑访问').check();
    await lan.getByLabel('允许访问的网段').fill(`${lanAddress!.split('.').slice(0, 3).join('.')}.0/24`);
    await lan.getByRole('button', { name: '保存局域网设置' }).click();
    await expect(page.getByText('局域网访问已开启,几秒钟内生效。')).toBeVisible();
    await expect(lan.getByRole('list', { name: '局域网访问地址' })).toContainText(`${lanUrl}/`);
    await expect
      .poll(async () => (await trustedGet(`${lanUrl}/office-cert.crt`, certPem)).body, { timeout: 15_000 })
      .toBe(certPem);

    // Plain HTTP is this PC's alone: on the LAN address nothing listens.
    const plain = await fetch(`http://${lanAddress}:${httpPort}/`).then(
      (res) => `HTTP ${res.status}`,
      (err: Error & { cause?: { code?: string } }) => err.cause?.code ?? err.message,
    );
    expect(plain).toBe('ECONNREFUSED');

    // Another PC's browser that trusts the office certificate (its public key) and nothing else.
    const spki = createHash('sha256')
      .update(cert.publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64');
    const browser = await playwright.chromium.launch({
      ...launchOptions,
      args: [...(launchOptions.args ?? []), `--ignore-certificate-errors-spki-list=${spki}`],
    });
    try {
      const context = await browser.newContext({ ignoreHTTPSErrors: false, locale: 'zh-CN' });
      const rep = await context.newPage();
      await rep.goto(`${lanUrl}/`);
      await new SignInPage(rep).signIn(REP.username, REP.password);
      await screenshot(rep, 'lan-https-rep-signed-in');
      const session = (await context.cookies()).find((c) => c.name === 'rd_session');
      expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    } finally {
      await browser.close();
    }

    // The manager sees who signed in from which address.
    await page.reload();
    const signIns = page.getByRole('table', { name: '最近登录记录' });
    const repRow = signIns.getByRole('row', { name: new RegExp(REP.username) });
    await expect(repRow).toContainText(REP.name);
    await expect(repRow).toContainText(lanAddress!);
    await expect(signIns.getByRole('row', { name: new RegExp(MANAGER.username) }).first()).toContainText(
      '127.0.0.1(本机)',
    );
    await lan.scrollIntoViewIfNeeded();
    await screenshot(page, 'lan-https-office-page');
  });
});

test('the manager turns LAN access on and off in 办事处设置 and the running host follows', async ({
  page,
  host,
}) => {
  test.skip(!lanAddress, 'this machine has no non-loopback IPv4 address');
  await seedOffice(page, host.url);
  expect(host.output()).not.toContain('局域网访问 (HTTPS) 已开启');
  await page.goto(host.url);
  await new SignInPage(page).signIn(MANAGER.username, MANAGER.password);
  await page.getByRole('navigation', { name: '主导航' }).getByText('办事处设置').click();
  const lan = page.getByRole('region', { name: '局域网访问' });
  await expect(lan.getByLabel('证书指纹')).toBeVisible();
  await expect(lan.getByRole('list', { name: '局域网访问地址' })).toHaveCount(0);

  const subnets = lan.getByLabel('允许访问的网段');
  await subnets.fill('192.168.1.0/24\n192.168.1.300/24');
  await lan.getByLabel('允许办事处其他电脑访问').check();
  await lan.getByRole('button', { name: '保存局域网设置' }).click();
  await expect(lan.getByText('第 2 行“192.168.1.300/24”不是有效的网段')).toBeVisible();

  await subnets.fill(`${lanAddress}/32`);
  await lan.getByRole('button', { name: '保存局域网设置' }).click();
  await expect(page.getByText('局域网访问已开启,几秒钟内生效。')).toBeVisible();
  const lanStatus = () => call(page, host.url, 'office.lan', {}) as Promise<{ httpsPort: number | null }>;
  await expect.poll(async () => (await lanStatus()).httpsPort, { timeout: 15_000 }).not.toBeNull();
  const port = (await lanStatus()).httpsPort!;
  const ca = readFileSync(join(host.dataDir, 'lan', 'office-cert.pem'), 'utf8');
  expect(await httpsOutcome(`https://${lanAddress}:${port}/office-cert.crt`, ca)).toBe(200);

  await lan.getByLabel('允许办事处其他电脑访问').uncheck();
  await lan.getByRole('button', { name: '保存局域网设置' }).click();
  await expect(page.getByText('局域网访问已关闭,几秒钟内只剩本机可以打开。')).toBeVisible();
  await expect
    .poll(() => httpsOutcome(`https://${lanAddress}:${port}/office-cert.crt`, ca), { timeout: 15_000 })
    .toBe('ECONNREFUSED');
});
