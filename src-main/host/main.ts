import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError, openCore } from '../core';
import { loopbackOnly } from './client-guards';
import { LanListener } from './lan-listener';
import { createHostServer } from './server';

const HELP = `RegionDesk 浏览器版主机 (browser host)
用法: npm run serve -- [--port 5719] [--https-port 5720] [--data-dir 路径] [--lan] [--database postgres://…]
  --port       本机 http:// 端口,默认 5719;只在 127.0.0.1 上提供
  --https-port 局域网 https:// 端口,默认为 --port 加 1(--port 0 时任选空闲端口)
  --data-dir   数据目录,默认 $REGIONDESK_DATA_DIR 或 ~/.regiondesk
  --lan        开启局域网访问 (HTTPS),不论“办事处设置”中的开关
  --database   销售部(总部)使用的 PostgreSQL 数据库地址;默认读取数据目录中的 database.json,没有则用本机 SQLite
  --test-clock 允许测试调整时钟(仅用于自动化测试)`;

/**
 * Whether this is the built host (out/host/main.cjs, as `npm run serve` runs it) rather than the
 * source under tsx (as the tests run it): the render worker and the window's files are found
 * from where this file is.
 */
const BUNDLED = __filename.endsWith('.cjs');

/** How often the host looks at the LAN setting and this PC's addresses. */
const LAN_SYNC_MS = 2_000;

const parsePort = (text: string, name: string) => {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} 端口无效:${text}`);
  return port;
};

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5719' },
      'https-port': { type: 'string' },
      'data-dir': { type: 'string' },
      database: { type: 'string' },
      lan: { type: 'boolean', default: false },
      'test-clock': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const port = parsePort(values.port, '--port');
  const httpsPort = values['https-port']
    ? parsePort(values['https-port'], '--https-port')
    : port === 0
      ? 0
      : parsePort(String(port + 1), '--https-port');
  const dataDir = resolve(
    values['data-dir'] ?? process.env.REGIONDESK_DATA_DIR ?? join(homedir(), '.regiondesk'),
  );

  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  const core = await openCore({
    dataDir,
    now,
    ...(values.database ? { database: values.database } : {}),
    worker: BUNDLED
      ? { workerPath: resolve(__dirname, 'worker.cjs') }
      : // From source under tsx, Node 20 workers load TypeScript through tsx's require hook.
        {
          workerPath: resolve(__dirname, '../core/worker.ts'),
          execArgv: ['--require', 'tsx/cjs'],
        },
  });
  const served = {
    core,
    staticDir: BUNDLED ? resolve(__dirname, '../renderer') : resolve(__dirname, '../../out/renderer'),
    ...(values['test-clock']
      ? { testClock: { set: (iso: string) => (offsetMs = Date.parse(iso) - Date.now()) } }
      : {}),
  };
  const lan = new LanListener({ dataDir, port: httpsPort, forced: values.lan, now, host: served });
  // Plain HTTP carries passwords and session cookies in the clear: only this PC may use it.
  const server = createHostServer({
    ...served,
    refuseClient: loopbackOnly(() => lan.port()),
    lanCertificate: () => lan.certificate()?.certPem ?? null,
  });
  let lastProblem = '';
  const syncLan = () =>
    lan.sync().then(
      () => (lastProblem = ''),
      (err: unknown) => {
        // Said once, not every tick: the HTTP side goes on serving this PC meanwhile.
        const problem = lanProblem(err, httpsPort);
        if (problem !== lastProblem) console.error(problem);
        lastProblem = problem;
      },
    );
  await syncLan();
  server.listen(port, '127.0.0.1', () => {
    const addr = server.address();
    const actual = typeof addr === 'object' && addr ? addr.port : port;
    console.log(`RegionDesk 已启动: http://127.0.0.1:${actual}/  (数据目录 ${dataDir})`);
  });
  const timer = setInterval(() => void syncLan(), LAN_SYNC_MS);
  const stop = () => {
    clearInterval(timer);
    server.close();
    void lan.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Whatever escapes a request still lands in the data folder's log with an id.
  process.on('unhandledRejection', (err) => {
    core.logError('host unhandledRejection', err);
  });
  process.on('uncaughtException', (err) => {
    console.error(
      `RegionDesk 出现意外错误(错误编号 ${core.logError('host uncaughtException', err)}),已停止;请重新启动。`,
    );
    core.close();
    process.exit(1);
  });
}

function lanProblem(err: unknown, httpsPort: number): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EADDRINUSE'
    ? `局域网访问无法开启:端口 ${httpsPort} 已被其他程序占用。请关闭占用它的程序,或用 --https-port 换一个端口。`
    : `局域网访问无法开启:${err instanceof Error ? err.message : String(err)}`;
}

main().catch((err: unknown) => {
  if (err instanceof DatabaseOpenError) console.error(`无法打开数据库:${err.message}`);
  else console.error(err);
  process.exit(1);
});
