import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Layers import only downward: renderer → shared; main/preload → core → shared. */
const layer = (files, patterns, message, { ignores = [], regex = null } = {}) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: patterns.includes('electron') ? [{ name: 'electron', message }] : [],
        patterns: [{ group: patterns.filter((p) => p !== 'electron'), message }, ...(regex ? [{ regex, message }] : [])],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'e2e/artifacts/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Each environment gets its own globals: no `window` in Node code, no `process` in the page.
  {
    files: ['electron/**', 'bench/**', 'eval/**', 'test/**', 'resources/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  { files: ['renderer/**'], languageOptions: { globals: globals.browser } },
  // End-to-end tests run in Node and hand functions to the page (page.evaluate).
  { files: ['e2e/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // Type-aware rules where a forgotten or misused promise would lose a caller's words or an error.
  {
    files: ['electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.ts', 'eval/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  prettier,
  layer(
    ['electron/core/**/*.ts'],
    ['electron', '**/main/*', '**/preload/*', '**/renderer/**'],
    'electron/core is plain Node: it must not import Electron, the shell or the renderer.',
  ),
  layer(
    ['electron/shared/**/*.ts'],
    ['electron', '**/core/**', '**/main/*', '**/preload/*', '**/renderer/**', 'node:*'],
    'electron/shared is the contract both sides use: no Node, no Electron, no core.',
  ),
  layer(
    ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ['electron', '**/electron/core/**', '**/electron/main/**', '**/electron/preload/**', 'node:*'],
    'The renderer talks to the core only through the API contract in electron/shared.',
  ),
  layer(
    ['electron/main/**/*.ts'],
    ['**/preload/**', '**/renderer/**'],
    'electron/main hosts the core through core/host (and its pure domain); it does not reach into the core, the preload or the renderer.',
    {
      // Tests drive whole cores and pages.
      ignores: ['electron/main/**/*.test.ts'],
      regex: '(^|/)core/(?!host/|domain/|connections/secretStore$)',
    },
  ),
  layer(
    ['electron/preload/**/*.ts'],
    ['**/core/**', '**/main/*', '**/renderer/**'],
    'The preload only bridges the API contract over IPC.',
  ),
);
