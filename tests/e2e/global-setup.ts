import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the renderer once; every test then starts its own host on it. */
export default function globalSetup(): void {
  const root = resolve(__dirname, '../..');
  const r = spawnSync(
    process.execPath,
    [
      resolve(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'vite.renderer.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('renderer build failed');
}
