import { defineConfig } from 'vitest/config';

/**
 * Head office may run on PostgreSQL, so its tests run twice: with every other test on SQLite, and
 * again with head office's database on a throwaway PostgreSQL cluster the globalSetup starts.
 * SQLite-only files (migration steps of the SQLite chain) stay out of the second run.
 */
const HEAD_OFFICE_TESTS = [
  'tests/unit/head-office/**/*.test.ts',
  'tests/unit/reference-bundles/**/*.test.ts',
  'tests/unit/training/training-section.test.ts',
  'tests/unit/reference/catalog-import.test.ts',
  'tests/unit/reference/reference-data.test.ts',
  'tests/unit/reference/shipment-import.test.ts',
  'tests/unit/postgres/**/*.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 20000,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/postgres/**'] },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: HEAD_OFFICE_TESTS,
          // sanctions-down seeds head office's reference rows through the SQLite file (channel-office.ts).
          exclude: [
            'tests/unit/head-office/migration-*.test.ts',
            'tests/unit/reference-bundles/sanctions-down.test.ts',
          ],
          env: { REGIONDESK_TEST_DATABASE: 'postgres' },
          globalSetup: ['tests/helpers/postgres-global-setup.ts'],
        },
      },
    ],
  },
});
