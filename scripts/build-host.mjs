// Builds the browser host (src-main/host/main.ts) and its Word render worker into out/host as
// two bundled CommonJS files, so `npm run serve` starts from two files instead of compiling a few
// hundred TypeScript modules at every start. Libraries stay in node_modules (not bundled).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(import.meta.url), '../..');
export const HOST_BUNDLE = join(root, 'out/host/main.cjs');

/** The newest modification time of any file under a folder. */
export function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return latest;
}

/** Whether the sources or this script changed since the host was last built. */
export function hostOutdated() {
  if (!existsSync(HOST_BUNDLE)) return true;
  const sources = Math.max(
    newest(join(root, 'src-main')),
    newest(join(root, 'src-shared')),
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
  );
  return sources > statSync(HOST_BUNDLE).mtimeMs;
}

/** Builds out/host/main.cjs and out/host/worker.cjs (when outdated, or always with force). */
export async function buildHost({ force = false } = {}) {
  if (!force && !hostOutdated()) return false;
  await build({
    entryPoints: {
      main: join(root, 'src-main/host/main.ts'),
      worker: join(root, 'src-main/core/worker.ts'),
    },
    outdir: join(root, 'out/host'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildHost({ force: true });
  console.log(`built ${HOST_BUNDLE}`);
}
