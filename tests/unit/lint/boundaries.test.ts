import { describe, expect, it } from 'vitest';
import { ruleIdsFor } from './run-eslint';

const BOUNDARY = 'boundaries/dependencies';

// Each case lints a probe file placed (virtually) inside the tree; the imports it makes are real
// files, so the resolver sees exactly what a real import would.
describe('module and feature boundaries', () => {
  it('refuses a deep import into another core module and accepts its index', async () => {
    const probe = 'src-main/core/modules/people/lint-probe.ts';
    expect(await ruleIdsFor(probe, "export { reportRepo } from '../reports/report-repo';\n")).toContain(
      BOUNDARY,
    );
    expect(await ruleIdsFor(probe, "export * as reports from '../reports';\n")).toEqual([]);
  });

  it('leaves imports inside one module free', async () => {
    const probe = 'src-main/core/modules/reports/lint-probe.ts';
    expect(await ruleIdsFor(probe, "export * as repo from './report-repo';\n")).toEqual([]);
  });

  it('refuses a deep import into another renderer feature and accepts its index', async () => {
    const probe = 'src-renderer/features/board/LintProbe.tsx';
    expect(await ruleIdsFor(probe, "export { ReportTable } from '../reports/ReportTable';\n")).toContain(
      BOUNDARY,
    );
    expect(await ruleIdsFor(probe, "export { ReportTable } from '../reports';\n")).toEqual([]);
  });

  it('keeps platform, db, documents and the core root away from modules', async () => {
    const platform = 'src-main/core/platform/lint-probe.ts';
    expect(await ruleIdsFor(platform, "export * as reports from '../modules/reports';\n")).toContain(
      BOUNDARY,
    );
    expect(await ruleIdsFor(platform, "export * as audit from './audit';\n")).toEqual([]);
    expect(await ruleIdsFor(platform, "export * as db from '../db/database';\n")).toEqual([]);

    expect(
      await ruleIdsFor('src-main/core/db/lint-probe.ts', "export * as reports from '../modules/reports';\n"),
    ).toContain(BOUNDARY);
    expect(
      await ruleIdsFor(
        'src-main/core/documents/lint-probe.ts',
        "export * as people from '../modules/people';\n",
      ),
    ).toContain(BOUNDARY);
    // A file beside dispatch.ts may not reach the registry either, though they share a folder.
    expect(
      await ruleIdsFor('src-main/core/lint-probe.ts', "export * as registry from './modules';\n"),
    ).toContain(BOUNDARY);
  });

  it('lets only the composition root import the registry and module indexes', async () => {
    const root = 'src-main/core/index.ts';
    expect(await ruleIdsFor(root, "export * as registry from './modules';\n")).toEqual([]);
    expect(await ruleIdsFor(root, "export * as auth from './modules/auth';\n")).toEqual([]);
    expect(await ruleIdsFor(root, "export * as repo from './modules/reports/report-repo';\n")).toContain(
      BOUNDARY,
    );

    const shell = 'src-main/electron/lint-probe.ts';
    expect(await ruleIdsFor(shell, "export * as bundles from '../core/modules/bundles';\n")).toContain(
      BOUNDARY,
    );
    expect(await ruleIdsFor(shell, "export * as core from '../core';\n")).toEqual([]);
  });
});

describe('layer rules', () => {
  it('keeps src-shared pure', async () => {
    const probe = 'src-shared/lint-probe.ts';
    expect(await ruleIdsFor(probe, "export * as fs from 'node:fs';\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor(probe, "export * as errors from './errors';\n")).toEqual([]);
  });

  it('keeps the core free of shells and the host free of Electron', async () => {
    expect(
      await ruleIdsFor('src-main/core/platform/lint-probe.ts', "export * as e from 'electron';\n"),
    ).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src-main/host/lint-probe.ts', "export * as e from 'electron';\n")).toContain(
      'no-restricted-imports',
    );
  });
});
