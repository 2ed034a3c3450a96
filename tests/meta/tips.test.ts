import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../lib/detection/types';
import { CHILD_LANGS } from '../../locales';
import { AGE_BANDS, tips, type Tip } from '../../locales/tips';

const modules = import.meta.glob<Record<string, unknown>>('../../locales/**/*.ts', { eager: true });

function texts(tip: Tip): string[] {
  return [tip.what, tip.why, tip.todo];
}

/**
 * Words that frighten small children. Tips for 6–9 explain without them (issue #5): "a grown-up can help", not
 * "danger". Older bands may name a crime or a threat plainly.
 */
const FEAR_WORDS: Record<'id' | 'en' | 'jv', RegExp> = {
  en: /\b(danger\w*|scar(y|e|ed)|kidnap\w*|predator\w*|abus\w*|rape\w*|kill\w*|die|dead|death|threat\w*|crime\w*|criminal\w*|hurt\w*|attack\w*|evil|bad (man|men|people))\b/i,
  id: /\b(bahaya|berbahaya|seram|menakutkan|takut\w*|culik|penculik\w*|diculik|predator|pelecehan|perkosa\w*|bunuh|mati|kematian|ancam\w*|mengancam|kejahatan|jahat|penjahat|menyakiti|serang\w*)\b/i,
  jv: /\b(bebaya|medeni|wedi|nyulik|diculik|mateni|mati|ngancam|diancam|kejahatan|jahat|nglarani|nyerang)\b/i,
};

describe('the tips library', () => {
  test.each(CHILD_LANGS)('%s: every category has at least five distinct tips for every age band', (lang) => {
    for (const category of CATEGORIES) {
      for (const band of AGE_BANDS) {
        const list = tips[lang][category][band];
        expect(list.length, `${lang} ${category} ${band}`).toBeGreaterThanOrEqual(5);
        expect(new Set(list.map((t) => t.what)).size, `${lang} ${category} ${band}: repeated tips`).toBe(list.length);
        for (const tip of list) expect(Object.keys(tip).sort()).toEqual(['todo', 'what', 'why']);
      }
    }
  });

  test('no tip says the same thing twice anywhere in a language', () => {
    for (const lang of ['id', 'en', 'jv'] as const) {
      const seen = new Map<string, string>();
      for (const [category, bands] of Object.entries(tips[lang])) {
        for (const [band, list] of Object.entries(bands as Record<string, Tip[]>)) {
          for (const tip of list) {
            const where = `${category} ${band}`;
            expect(seen.get(tip.what), `"${tip.what}" in ${where} and ${seen.get(tip.what)}`).toBeUndefined();
            seen.set(tip.what, where);
          }
        }
      }
    }
  });

  test.each(['id', 'en', 'jv'] as const)('%s: tips for 6–9 use no fear words', (lang) => {
    for (const [category, bands] of Object.entries(tips[lang])) {
      for (const tip of (bands as Record<string, Tip[]>)['6-9']!) {
        for (const text of texts(tip)) expect(text, `${lang} ${category} 6-9`).not.toMatch(FEAR_WORDS[lang]);
      }
    }
  });

  test('secrets and VPNs are explained by their risk, never just forbidden', () => {
    for (const lang of CHILD_LANGS) {
      for (const category of ['vpn_bypass', 'hidden_account'] as const) {
        for (const band of AGE_BANDS) {
          for (const tip of tips[lang][category][band]) {
            expect(tip.why, `${lang} ${category} ${band}`).not.toMatch(
              /\b(forbidden|not allowed|dilarang|terlarang|gak oleh)\b/i,
            );
          }
        }
      }
    }
  });
});

/** Every phone number and web address child words mention comes from DESIGN.md §7; nothing is invented. */
const KNOWN_CONTACTS = [
  '129',
  '08111-129-129',
  '1500-771',
  'report.iwf.org.uk/id',
  'takeitdown.ncmec.org',
  'aduankonten.id',
  'patrolisiber.id',
];

test('locales mention only the help numbers and sites of DESIGN.md §7', () => {
  const strings: string[] = [];
  const collect = (value: unknown) => {
    // Sentences only: ids such as the age band "10-12" are not phone numbers.
    if (typeof value === 'string' && value.includes(' ')) strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  Object.values(modules).forEach(collect);
  for (const text of strings) {
    for (const number of text.match(/\+?\d[\d -]{2,}\d/g) ?? []) {
      expect(KNOWN_CONTACTS, `"${number}" in "${text}"`).toContain(number.trim());
    }
    for (const site of text.match(/\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(id|org|com|uk|net)(\/[\w/]*)?\b/gi) ?? []) {
      // RFC 2606 reserved names are safe examples: they can never be someone's real site.
      if (/(^|\.)example\.(com|org|net)$/i.test(site)) continue;
      expect(KNOWN_CONTACTS, `"${site}" in "${text}"`).toContain(site);
    }
  }
});
