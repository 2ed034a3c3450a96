import { expect, test } from 'vitest';
import { CATEGORIES } from '../../lib/detection/types';
import { LANGS } from '../../locales';
import { categoryWords } from '../../locales/categories';

// Every export of every locales/ file that is keyed by language is an "area" and must be complete in each.
const modules = import.meta.glob<Record<string, unknown>>('../../locales/**/*.ts', { eager: true });
const areas = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, value]) => value && typeof value === 'object' && LANGS.every((l) => l in (value as object)))
    .map(([name, value]) => [`${file.replace('../../', '')}#${name}`, value] as const),
);

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

test('locales are found', () => {
  expect(areas.length).toBeGreaterThanOrEqual(2);
});

test.each(areas)('%s has the same non-empty keys in every language', (_name, area) => {
  const [first, ...rest] = LANGS.map((lang) => leaves((area as Record<string, unknown>)[lang]));
  for (const other of rest) expect(other.map(([k]) => k)).toEqual(first!.map(([k]) => k));
  for (const lang of LANGS) {
    for (const [key, text] of leaves((area as Record<string, unknown>)[lang])) {
      if (typeof text === 'number' || typeof text === 'boolean') continue;
      expect(typeof text === 'string' && text.trim().length > 0, `${lang}.${key}`).toBe(true);
    }
  }
});

test('every category has child words', () => {
  for (const lang of LANGS) expect(Object.keys(categoryWords[lang]).sort()).toEqual([...CATEGORIES].sort());
});
