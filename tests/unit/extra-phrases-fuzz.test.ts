import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildPack, detectorFromPack, type Category } from '@/lib/detection';
import { extraPhraseRule } from '@/lib/detection/extra-phrases';
import { CATEGORIES } from '@/lib/detection/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { effectiveSettings, parsePolicy } from '@/lib/settings/policy';
import { repairSettings } from '@/lib/settings/repair';

/**
 * Extra phrases are data, never a kill switch (issue #15): whatever a school policy or a stored settings object holds
 * in `extraPhrases` (odd punctuation, emoji, pattern syntax, huge or empty strings, wrong types), reading it never
 * throws, compiling the effective phrases never throws, the built-in rules still find what they find without them,
 * and a good phrase placed next to the bad ones still works.
 */

const BUILT_IN: [text: string, kind: 'chat' | 'search', category: Category][] = [
  ['jangan bilang ortu ya', 'chat', 'secrecy'],
  ['pap dong', 'chat', 'sexual_request'],
  ['nanti fotomu kusebar', 'chat', 'sextortion'],
  ['cara buka situs yang diblokir', 'search', 'vpn_bypass'],
];

/** A phrase nobody's rules use, so finding it proves the extra phrase itself works. */
const GOOD = { category: 'gifts' as const, phrase: 'koin zamrud gratisan' };

const oddPhrase = fc.oneof(
  fc.constantFrom(
    '++',
    '@@',
    '𐀀',
    '©©®',
    '✨✨',
    '😀😀',
    'ok ++ ok',
    '|||',
    '* *',
    '{phone}',
    '   ',
    '',
    '\u200b\u200b',
    '\t\n\u00a0\u3000',
    ' ok\tok ',
    '\u202eok ok\u202c',
    'e\u0301e\u0301',
    '\ud800ok',
  ),
  // Huge strings: the schema's length cap, a whole page pasted in, a run of emoji.
  fc.constantFrom('ok '.repeat(4_000), 'a'.repeat(50_000), '😀'.repeat(10_000), 'ok ++ '.repeat(2_000)),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('+', '-', '.', '|', '*', '{', '}', '_', '?', ' ', '!', '#'), maxLength: 30 }),
  fc.array(fc.constantFrom('a', 'b', 'ok', 'ya', '++', '😀'), { maxLength: 40 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 120 }),
);

const phraseEntry = fc.oneof(
  fc.record({
    category: fc.constantFrom(...CATEGORIES),
    phrase: oddPhrase,
    lang: fc.constantFrom(undefined, 'id', 'en', 'jv'),
  }),
  // Wrong shapes a hand-written policy file may hold.
  fc.anything({ maxDepth: 1 }),
);

/** The good phrase somewhere among odd ones. */
const phraseList = fc
  .tuple(fc.array(phraseEntry, { maxLength: 12 }), fc.nat())
  .map(([odd, at]) => [...odd.slice(0, at % (odd.length + 1)), GOOD, ...odd.slice(at % (odd.length + 1))]);

function expectBuiltInsAndGoodPhrase(extraPhrases: typeof DEFAULT_SETTINGS.extraPhrases): void {
  const detector = detectorFromPack(buildPack(extraPhrases));
  for (const [text, kind, category] of BUILT_IN) {
    expect(detector.scan({ text, kind }).categories).toContain(category);
  }
  const kind = extraPhraseRule(GOOD.category).contexts[0]!;
  expect(detector.scan({ text: `mau ${GOOD.phrase} nggak?`, kind }).categories).toContain(GOOD.category);
}

describe('odd extra phrases never switch protection off', () => {
  test('a school policy: parsed, merged and compiled without a throw; built-in rules and the good phrase work', () => {
    fc.assert(
      fc.property(
        phraseList,
        fc.dictionary(fc.constantFrom('guidanceLevel', 'labMode', 'bogus', 'ageBand'), fc.anything({ maxDepth: 1 })),
        (extraPhrases, others) => {
          const { policy, problems } = parsePolicy({ ...others, extraPhrases });
          const { settings } = effectiveSettings(DEFAULT_SETTINGS, policy, problems);
          expect(settings.extraPhrases).toContainEqual(GOOD);
          // Every phrase left out is listed for the admin, with the reason.
          const skipped = problems.filter((p) => p.code === 'phrase-skipped');
          expect(skipped.length + settings.extraPhrases.length).toBe(extraPhrases.length);
          expectBuiltInsAndGoodPhrase(settings.extraPhrases);
        },
      ),
      { numRuns: 20 },
    );
  });

  test("a parent's stored settings: repaired without a throw, the good phrase kept; it all compiles", () => {
    fc.assert(
      fc.property(phraseList, (extraPhrases) => {
        const { settings } = repairSettings({ ...DEFAULT_SETTINGS, extraPhrases });
        expect(settings.extraPhrases).toContainEqual(GOOD);
        expectBuiltInsAndGoodPhrase(settings.extraPhrases);
      }),
      { numRuns: 15 },
    );
  });

  test('even phrases no schema checked (an older stored pack, a bug) compile: the bad ones are skipped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ category: fc.constantFrom(...CATEGORIES), phrase: oddPhrase }), { maxLength: 12 }),
        (odd) => {
          const skipped: string[] = [];
          const pack = buildPack([...odd, GOOD], (problem) => skipped.push(problem.phrase));
          expect(pack.rules.id).toContain(`extra-phrase-${odd.length + 1}`);
          expect(skipped.every((phrase) => odd.some((p) => p.phrase === phrase))).toBe(true);
          expectBuiltInsAndGoodPhrase([...odd, GOOD]);
        },
      ),
      { numRuns: 15 },
    );
  });
});
