import { expect, test } from 'vitest';
import { CATEGORIES } from '../../lib/detection/types';
import { CHILD_LANGS, LANGS } from '../../locales';
import { categoryWords } from '../../locales/categories';

// Every export of every locales/ file that is keyed by language is an "area" and must be complete in each language
// it has. Parent and school areas speak id and en; every child area also speaks Javanese (issue #14).
const modules = import.meta.glob<Record<string, unknown>>('../../locales/**/*.ts', { eager: true });
const areas = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, value]) => value && typeof value === 'object' && LANGS.every((l) => l in (value as object)))
    .map(([name, value]) => [`${file.replace('../../', '')}#${name}`, value] as const),
);

/** The areas a child reads: each must exist in Javanese too. */
const CHILD_AREAS = [
  'locales/blocked.ts#blockedWords',
  'locales/categories.ts#categoryWords',
  'locales/child.ts#childWords',
  'locales/left.ts#leftWords',
  'locales/popup.ts#popupWords',
  'locales/prompt.ts#promptWords',
  'locales/report.ts#directoryWords',
  'locales/report.ts#platformWords',
  'locales/report.ts#reportMenuWords',
  'locales/report.ts#reportWords',
  'locales/stories/index.ts#storyWords',
  'locales/tips/index.ts#tips',
];

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

test('locales are found', () => {
  expect(areas.length).toBeGreaterThanOrEqual(2);
});

test('every child area speaks Javanese, and only child areas need to', () => {
  const withJavanese = areas.filter(([, area]) => 'jv' in (area as object)).map(([name]) => name);
  expect(withJavanese.sort()).toEqual([...CHILD_AREAS].sort());
});

test.each(areas)('%s has the same non-empty keys in every language', (_name, area) => {
  const langs = CHILD_LANGS.filter((l) => l in (area as object));
  const [first, ...rest] = langs.map((lang) => leaves((area as Record<string, unknown>)[lang]));
  for (const [i, other] of rest.entries()) {
    expect(
      other.map(([k]) => k),
      langs[i + 1],
    ).toEqual(first!.map(([k]) => k));
  }
  for (const lang of langs) {
    for (const [key, text] of leaves((area as Record<string, unknown>)[lang])) {
      if (typeof text === 'number' || typeof text === 'boolean') continue;
      expect(typeof text === 'string' && text.trim().length > 0, `${lang}.${key}`).toBe(true);
    }
  }
});

test('every category has child words', () => {
  for (const lang of CHILD_LANGS) expect(Object.keys(categoryWords[lang]).sort()).toEqual([...CATEGORIES].sort());
});
