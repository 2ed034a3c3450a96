import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../../lib/detection/rules';

const dir = path.resolve('lib/detection/rules');

test('every rule file is registered and named after its id', () => {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  expect(RULES.map((r) => r.id).sort()).toEqual(files);
});

test('rule ids are unique', () => {
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
});
