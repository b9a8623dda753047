import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers point one way: renderer -> shared <- core <- electron/host (ARCHITECTURE.md).
const noNode = {
  group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'better-sqlite3', 'kysely', 'electron'],
  message: 'src-shared and the renderer are pure: no Node, database or Electron imports.',
};

const SOURCES = ['src-main/**/*.{ts,tsx}', 'src-shared/**/*.{ts,tsx}', 'src-renderer/**/*.{ts,tsx}'];
const TS_PROJECTS = ['tsconfig.node.json', 'tsconfig.web.json'];

// The rules below judge resolved files, not import strings, so '../reports/report-repo' and
// '../../modules/reports/report-repo' are caught alike.
const architecture = {
  // A module or feature folder is one element: imports inside it are free, imports into it
  // from anywhere else must go through its index.
  'boundaries/elements': [
    { type: 'core-module', pattern: 'src-main/core/modules/*', capture: ['module'], partialMatch: false },
    // What is left of modules/ once each module folder is taken: the registry, modules/index.ts.
    { type: 'module-registry', pattern: 'src-main/core/modules', partialMatch: false },
    { type: 'core-platform', pattern: 'src-main/core/platform', partialMatch: false },
    { type: 'core-db', pattern: 'src-main/core/db', partialMatch: false },
    { type: 'core-documents', pattern: 'src-main/core/documents', partialMatch: false },
    { type: 'core', pattern: 'src-main/core', partialMatch: false },
    { type: 'electron', pattern: 'src-main/electron', partialMatch: false },
    { type: 'host', pattern: 'src-main/host', partialMatch: false },
    { type: 'shared', pattern: 'src-shared', partialMatch: false },
    { type: 'feature', pattern: 'src-renderer/features/*', capture: ['feature'], partialMatch: false },
    { type: 'renderer', pattern: 'src-renderer', partialMatch: false },
  ],
  // The composition root shares the core folder with dispatch.ts and friends, which must never
  // reach the modules; a file category tells it apart.
  // The worker thread's entry and its task table join the modules for their thread the same way.
  'boundaries/files': [
    {
      category: 'composition-root',
      pattern: ['src-main/core/index.ts', 'src-main/core/worker.ts', 'src-main/core/off-thread.ts'],
    },
  ],
  'import/resolver': { typescript: { project: TS_PROJECTS, noWarnOnMultipleProjects: true } },
};

const INDEX = 'index.{ts,tsx}';
// Who may import module indexes: other modules, the registry and the composition root.
const MODULE_AWARE = [
  { element: { types: { anyOf: ['core-module', 'module-registry'] } } },
  { file: { categories: 'composition-root' } },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'native/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      // Deliberately broken code for the lint rules' own tests.
      'tests/fixtures/lint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The lint fixtures are ignored above; tests/unit/lint reads them with ignores off.
    files: [...SOURCES, 'tests/fixtures/lint/**/*.ts'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      ...architecture,
      // Without these import-x reads only .js files and no-cycle passes TypeScript silently.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: TS_PROJECTS, noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          // Policies are read in order and the last one that matches decides.
          policies: [
            {
              disallow: { to: { element: { types: { anyOf: ['core-module', 'module-registry'] } } } },
              message:
                'Only src-main/core/index.ts knows the modules (registry and module indexes); go through the composition root.',
            },
            {
              from: MODULE_AWARE,
              allow: { to: { element: { type: 'core-module', fileInternalPath: INDEX } } },
            },
            {
              from: { file: { categories: 'composition-root' } },
              allow: { to: { element: { type: 'module-registry' } } },
            },
            {
              from: MODULE_AWARE,
              disallow: { to: { element: { type: 'core-module', fileInternalPath: `!${INDEX}` } } },
              message:
                'Import another module only through its index (modules/{{to.element.captured.module}}).',
            },
            {
              // A module's work for the worker threads has an entry of its own, so a worker loads
              // that work and not the module's handlers.
              from: { file: { categories: 'composition-root' } },
              allow: { to: { element: { type: 'core-module', fileInternalPath: 'worker-tasks.ts' } } },
            },
            {
              disallow: { to: { element: { type: 'feature', fileInternalPath: `!${INDEX}` } } },
              message:
                'Import another feature only through its index (features/{{to.element.captured.feature}}).',
            },
          ],
        },
      ],
      // import-x leaves type-only imports out of the cycle search (they vanish from the build);
      // the boundary policies above still count them.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            {
              group: ['**/src-main/**', '../../src-main/*'],
              message: 'The renderer talks to the core only through the API client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            {
              group: ['**/src-main/**', '**/src-renderer/**'],
              message: 'src-shared depends on nothing else in the project.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/electron/**', '**/host/**', '**/src-renderer/**'],
              message: 'The core never depends on a shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', '**/electron/*'], message: 'The browser host never loads Electron.' },
          ],
        },
      ],
    },
  },
);
