import { expect, test } from 'vitest';
import { CATEGORIES } from '../../lib/detection/types';
import { LANGS } from '../../locales';
import { categoryWords } from '../../locales/categories';
import { promptWords } from '../../locales/prompt';

const areas = { categoryWords, promptWords };

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

test.each(Object.entries(areas))('%s has the same non-empty keys in every language', (_name, area) => {
  const [first, ...rest] = LANGS.map((lang) => leaves((area as Record<string, unknown>)[lang]));
  for (const other of rest) expect(other.map(([k]) => k)).toEqual(first!.map(([k]) => k));
  for (const lang of LANGS) {
    for (const [key, text] of leaves((area as Record<string, unknown>)[lang])) {
      expect(typeof text === 'string' && text.trim().length > 0, `${lang}.${key}`).toBe(true);
    }
  }
});

test('every category has child words', () => {
  for (const lang of LANGS) expect(Object.keys(categoryWords[lang]).sort()).toEqual([...CATEGORIES].sort());
});
