import { expect, test } from 'vitest';
import { CATEGORIES } from '../../lib/detection/types';
import { LANGS } from '../../locales';
import { categoryWords } from '../../locales/categories';
import { CHAT_CATEGORIES } from '../../locales/tips';

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

// Javanese (jv) is an extra language for the chat categories' tips only: where an area has it, it must be complete
// for every chat category, with the same keys as Indonesian.
const withJavanese = areas.filter(([, area]) => 'jv' in (area as object));

test('the Javanese tips exist', () => {
  expect(withJavanese.map(([name]) => name)).toContain('locales/tips/index.ts#tips');
});

test.each(withJavanese)('%s has complete Javanese for the chat categories', (_name, area) => {
  const { id, jv } = area as Record<string, Record<string, unknown>>;
  for (const category of CHAT_CATEGORIES) {
    expect(jv![category], `jv.${category}`).toBeDefined();
    const want = leaves(id![category]).map(([k]) => k);
    const got = leaves(jv![category]);
    expect(
      got.map(([k]) => k),
      `jv.${category}`,
    ).toEqual(want);
    for (const [key, text] of got)
      expect(typeof text === 'string' && text.trim().length > 0, `jv.${category}.${key}`).toBe(true);
  }
});
