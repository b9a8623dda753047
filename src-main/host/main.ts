import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError, openCore } from '../core';
import { createHostServer } from './server';

const HELP = `RegionDesk 浏览器版主机 (browser host)
用法: npm run serve -- [--port 5719] [--data-dir 路径] [--lan] [--database postgres://…]
  --port       端口,默认 5719
  --data-dir   数据目录,默认 $REGIONDESK_DATA_DIR 或 ~/.regiondesk
  --lan        允许局域网内其他电脑访问(默认只允许本机 127.0.0.1)
  --database   销售部(总部)使用的 PostgreSQL 数据库地址;默认读取数据目录中的 database.json,没有则用本机 SQLite
  --test-clock 允许测试调整时钟(仅用于自动化测试)`;

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5719' },
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
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效:${values.port}`);
  const dataDir = resolve(
    values['data-dir'] ?? process.env.REGIONDESK_DATA_DIR ?? join(homedir(), '.regiondesk'),
  );

  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  // The host runs from source under tsx; Node 20 workers load TypeScript through tsx's require hook.
  const core = await openCore({
    dataDir,
    now,
    ...(values.database ? { database: values.database } : {}),
    renderWorker: {
      workerPath: resolve(__dirname, '../core/platform/render-worker.ts'),
      execArgv: ['--require', 'tsx/cjs'],
    },
  });
  const server = createHostServer({
    core,
    staticDir: resolve(__dirname, '../../out/renderer'),
    ...(values['test-clock']
      ? { testClock: { set: (iso: string) => (offsetMs = Date.parse(iso) - Date.now()) } }
      : {}),
  });
  const host = values.lan ? '0.0.0.0' : '127.0.0.1';
  server.listen(port, host, () => {
    const addr = server.address();
    const actual = typeof addr === 'object' && addr ? addr.port : port;
    console.log(`RegionDesk 已启动: http://127.0.0.1:${actual}/  (数据目录 ${dataDir})`);
  });
  const stop = () => {
    server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof DatabaseOpenError) console.error(`无法打开数据库:${err.message}`);
  else console.error(err);
  process.exit(1);
});
