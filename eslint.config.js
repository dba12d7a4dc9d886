import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Layers import only downward: renderer → shared; main/preload → core → shared. */
const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: patterns.includes('electron') ? [{ name: 'electron', message }] : [],
        patterns: [{ group: patterns.filter((p) => p !== 'electron'), message }],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'e2e/artifacts/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
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
    ['electron/preload/**/*.ts'],
    ['**/core/**', '**/main/*', '**/renderer/**'],
    'The preload only bridges the API contract over IPC.',
  ),
);
