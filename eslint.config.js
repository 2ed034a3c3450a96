// Lint keeps the architecture honest: who may import whom (STYLE.md), and no JS newer than Chrome 109 runs.
import js from '@eslint/js';
import esX from 'eslint-plugin-es-x';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

// Each entrypoint is its own bundle in its own context: code two of them share lives in `lib/` or `components/`.
export const ENTRYPOINTS = readdirSync(path.join(root, 'entrypoints'), { withFileTypes: true }).map((entry) =>
  entry.isDirectory() ? entry.name : entry.name.replace(/\.[^.]+$/, ''),
);

// The scripts that run inside web pages: the always-on guard, the chat-site adapters and the child's card.
export const PAGE_SCRIPTS = ['./entrypoints/guard.content', './entrypoints/chat-sites', './entrypoints/prompt.content'];
// The two that every page (or every chat page) carries: ≤ 30 KB, so no React, no zod, no Dexie.
export const ALWAYS_ON_SCRIPTS = ['./entrypoints/guard.content', './entrypoints/chat-sites'];

/**
 * Who may import whom (`import-x/no-restricted-paths`). Every path here must exist (`tests/meta/lint-zones.test.ts`):
 * a zone whose path is gone stops nothing. Type imports count too (the rule cannot tell them apart).
 */
export const zones = [
  // The engine is pure and stands alone: it runs in a page, the background, Node and the CLI alike, so it imports
  // nothing from the rest of `lib/` (no storage, no settings, no messages), nor any glue or UI.
  {
    target: './lib/detection',
    from: './lib',
    except: ['./detection'],
    message: 'The detection engine stands alone: it imports nothing from the rest of lib/.',
  },
  { target: './lib/detection', from: './locales', message: 'The engine knows category ids, never words.' },
  // `lib/` is logic: no browser glue, no UI.
  { target: './lib', from: './entrypoints' },
  { target: './lib', from: './components' },
  { target: './components', from: './entrypoints' },
  { target: './components', from: './lib/db' },
  // Scripts in web pages talk to the background by message. IndexedDB opened there would be the web page's own
  // database, and zod schemas are for the receivers (the background and extension pages).
  ...PAGE_SCRIPTS.flatMap((target) => [
    { target, from: './lib/db', message: 'A content script opening IndexedDB writes into the web page’s origin.' },
    { target, from: './lib/messages/schemas', message: 'Schemas belong to the receiver (background, pages).' },
    { target, from: './lib/settings/store.ts', message: 'Content scripts read the page config, never the settings.' },
    { target, from: './lib/transfer' },
    { target, from: './lib/zod-jitless.ts' },
  ]),
  ...ALWAYS_ON_SCRIPTS.map((target) => ({
    target,
    from: './components',
    message: 'No React in the always-on scripts.',
  })),
  // No entrypoint imports another: each is its own bundle and context.
  ...ENTRYPOINTS.map((name) => ({
    target: `./entrypoints/${name}`,
    from: './entrypoints',
    except: [`./${name}`],
    message: 'One entrypoint never imports another: move what both need to lib/ or components/.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/pages/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones, basePath: root }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Code that ships in the extension: ES2022 is what Chrome 109 runs; findLast (Chrome 97) is fine too.
    files: ['entrypoints/**', 'lib/**', 'components/**', 'locales/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/__tests__/**'],
    plugins: { 'es-x': esX },
    rules: {
      ...esX.configs['flat/restrict-to-es2022'].rules,
      'es-x/no-array-prototype-findlast-findlastindex': 'off',
    },
  },
  {
    // Zod is for the background and extension pages; the per-page scripts must stay tiny (docs/design.md#the-guard).
    files: ALWAYS_ON_SCRIPTS.map((dir) => `${dir.slice(2)}/**`),
    rules: {
      'no-restricted-imports': ['error', { paths: ['zod', 'zod/mini', 'react', 'react-dom', 'dexie'] }],
    },
  },
);
