// Lint keeps the architecture honest: who may import whom (STYLE.md), and no JS newer than Chrome 109 runs.
import js from '@eslint/js';
import esX from 'eslint-plugin-es-x';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

const zones = [
  // The engine is pure: no browser glue, no storage, no UI.
  { target: './lib/detection', from: './entrypoints' },
  { target: './lib/detection', from: './lib/db' },
  { target: './lib/detection', from: './components' },
  { target: './lib', from: './entrypoints' },
  { target: './lib', from: './components' },
  { target: './components', from: './entrypoints' },
  { target: './components', from: './lib/db' },
  // The per-page guard script talks by message: no Dexie, no zod schemas, no React.
  { target: './entrypoints/guard.content', from: './lib/db' },
  { target: './entrypoints/guard.content', from: './lib/messages/schemas.ts' },
  { target: './entrypoints/guard.content', from: './components' },
  { target: './entrypoints/chat-sites.content', from: './lib/db' },
  { target: './entrypoints/chat-sites.content', from: './lib/messages/schemas.ts' },
  { target: './entrypoints/chat-sites.content', from: './components' },
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
      'import-x/no-restricted-paths': ['error', { zones }],
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
    // Zod is for the background and extension pages; the per-page script must stay tiny (notes/wxt-mv3.md §4).
    files: ['entrypoints/guard.content/**', 'entrypoints/chat-sites.content/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['zod', 'zod/mini', 'react', 'react-dom', 'dexie'] }],
    },
  },
);
