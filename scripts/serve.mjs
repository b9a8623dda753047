// Starts the browser host: builds the renderer and the host (scripts/build-host.mjs) when their
// sources are newer than the build, then runs the host with the given arguments (--port,
// --https-port, --data-dir, --lan).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHost, HOST_BUNDLE, newest } from './build-host.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const built = join(root, 'out/renderer/index.html');

const sourcesChanged =
  !existsSync(built) ||
  Math.max(newest(join(root, 'src-renderer')), newest(join(root, 'src-shared'))) > statSync(built).mtimeMs;
if (sourcesChanged && !process.argv.includes('--no-build')) {
  console.log('正在构建界面 (building the renderer)…');
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'vite.renderer.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!process.argv.includes('--no-build')) await buildHost();

const args = process.argv.slice(2).filter((a) => a !== '--no-build');
const child = spawn(process.execPath, ['--enable-source-maps', HOST_BUNDLE, ...args], {
  cwd: root,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
