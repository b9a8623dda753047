import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // better-sqlite3 is native and must stay a runtime require.
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/electron/main.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/electron/preload.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      rollupOptions: {
        ...rendererConfig.build?.rollupOptions,
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
      },
    },
  },
});
