import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createDetector, pageText, type ScanResult } from '@/lib/detection';
import { CATEGORIES, INPUT_KINDS, riskRank } from '@/lib/detection/types';

/**
 * The detection engine against arbitrary input (docs/security.md#hostile-pages: a hostile page must not break it): it
 * never throws, its spans stay inside the text on whole characters for any Unicode, it is deterministic, and its time
 * grows linearly with the text. Timing uses CPU time, best of several runs, and a wide margin (a linear scan of 16× the
 * text takes ~16× the time; a quadratic one 256×), so a busy machine cannot make it flaky.
 */

const detector = createDetector();

/** Words the rules are made of (and their look-alikes), so random text hits partial and overlapping matches. */
const RULE_WORDS = [
  'jangan',
  'jgn',
  'bilang',
  'blg',
  'ortu',
  'mama',
  'pap',
  'p4p',
  'pappp',
  'dong',
  'kirim',
  'foto',
  'fotomu',
  'vcs',
  'v c s',
  'wa',
  'telegram',
  'pindah',
  'ketemu',
  'kopdar',
  'diamond',
  'robux',
  'pulsa',
  'rahasia',
  'sendirian',
  'rumah',
  'sekolah',
  'kusebar',
  'sebar',
  "don't",
  'tell',
  'your',
  'parents',
  'send',
  'pic',
  'secret',
  'meet',
  'vpn',
  'gratis',
  'akun',
  'kedua',
  'omegle',
  '0812-3456-7890',
  '+62 812',
  '08',
  '📸',
  '🤫',
  '💎',
  'ｐａｐ',
  'pаp',
  '𝗽𝗮𝗽',
  '\u200b',
  '\u202e',
  '\u200f',
  '\ud83d',
  '\udc00',
  '\ufeff',
  'é',
  'e\u0301',
  '.',
  ',',
  '!',
  '?',
  '\n',
  '  ',
];

const textArb = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...RULE_WORDS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 8 }) },
    ),
    { maxLength: 60 },
  )
  .chain((parts) => fc.constantFrom(' ', '', '\u200b', '\n').map((sep) => parts.join(sep)));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Every finding is a non-empty span inside `text` that does not cut a surrogate pair in half. */
function expectSpansInside(text: string, result: ScanResult): void {
  expect(['none', 'low', 'medium', 'high']).toContain(result.risk);
  for (const f of result.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end), JSON.stringify(f)).toBe(true);
    expect(0 <= f.start && f.start < f.end && f.end <= text.length, JSON.stringify(f)).toBe(true);
    expect(isLow(text.charCodeAt(f.start)) && isHigh(text.charCodeAt(f.start - 1)), `start splits a pair`).toBe(false);
    expect(isHigh(text.charCodeAt(f.end - 1)) && isLow(text.charCodeAt(f.end)), `end splits a pair`).toBe(false);
    expect(CATEGORIES).toContain(f.category);
  }
  for (const c of result.categories) expect(CATEGORIES).toContain(c);
}

describe('arbitrary Unicode', () => {
  test('scan never throws, and spans stay inside the text, for every kind and direction', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.constantFrom(...INPUT_KINDS),
        fc.constantFrom(undefined, 'incoming', 'outgoing'),
        fc.constantFrom(undefined, 'id', 'en', 'jv'),
        (text, kind, direction, lang) => {
          const result = detector.scan({ text, kind, direction, lang } as Parameters<typeof detector.scan>[0]);
          expectSpansInside(text, result);
          // Pure: the same input gives the same answer.
          expect(detector.scan({ text, kind, direction, lang } as Parameters<typeof detector.scan>[0])).toEqual(result);
        },
      ),
      { numRuns: 600 },
    );
  });

  test('scanPage: offsets point into pageText(page) whatever the title, headings, text and address hold', () => {
    fc.assert(
      fc.property(
        fc.record({
          url: fc.oneof(fc.webUrl(), textArb),
          title: textArb,
          headings: fc.array(textArb, { maxLength: 4 }),
          text: textArb,
        }),
        (page) => expectSpansInside(pageText(page), detector.scanPage(page)),
      ),
      { numRuns: 300 },
    );
  });

  test('a conversation never throws; one sender’s risk never goes down as risky messages arrive', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(textArb, fc.constantFrom('A', 'B', 'A'), fc.constantFrom('incoming', 'outgoing', 'ui')), {
          maxLength: 15,
        }),
        (messages) => {
          const conversation = detector.conversation();
          let riskOfA = 0;
          for (const [text, sender, how] of messages) {
            const result =
              how === 'ui'
                ? conversation.scan({ text, kind: 'ui' })
                : conversation.scan({ text, kind: 'chat', direction: how, sender });
            expectSpansInside(text, result);
            // A message with no finding answers `none` (nothing new); one with findings answers the sender's total.
            if (sender === 'A' && how !== 'ui' && result.findings.length > 0) {
              expect(riskRank(result.risk)).toBeGreaterThanOrEqual(riskOfA);
              riskOfA = riskRank(result.risk);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('extra phrases made of words compile, and scanning with them stays sane', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            category: fc.constantFrom(...CATEGORIES),
            phrase: fc
              .array(
                fc.oneof(
                  fc.constantFrom(...RULE_WORDS.filter((w) => /[\p{L}\p{N}]/u.test(w))),
                  fc.stringMatching(/^[a-z0-9]{1,12}$/),
                  fc.constantFrom('😈', '🍆', '💎', 'ä', 'ngopi', 'mabar', 'gw'),
                ),
                { minLength: 1, maxLength: 6 },
              )
              .map((words) => words.join(' ').slice(0, 100))
              .filter((p) => p.trim().length >= 2),
            lang: fc.constantFrom(undefined, 'id', 'en', 'jv'),
          }),
          { maxLength: 12 },
        ),
        textArb,
        (extraPhrases, text) => {
          const custom = createDetector({ extraPhrases: extraPhrases as never });
          expectSpansInside(text, custom.scan({ text, kind: 'chat' }));
          for (const { phrase } of extraPhrases) expectSpansInside(phrase, custom.scan({ text: phrase, kind: 'chat' }));
        },
      ),
      { numRuns: 25 },
    );
  });

  // KNOWN BUG, reported to the owner of lib/detection (issue #9 report): the settings accept any 2–100 characters as
  // an extra phrase, but a phrase with a "word" the engine cannot read (`++`, `@@`, `𐀀`) makes compilePack throw, so
  // the pack is not rebuilt and the parent's (or school's) phrases silently do nothing. When the engine skips such a
  // phrase instead, this test fails: turn it into a plain `test`.
  test.fails('an extra phrase the engine cannot read does not stop the pack from compiling', () => {
    for (const phrase of ['++', '@@', '𐀀']) createDetector({ extraPhrases: [{ category: 'secrecy', phrase }] });
  });
});

/** CPU time of `fn` in ms, best of `runs` (wall time on a shared machine measures the neighbours too). */
function cpuMs(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const repeatTo = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length);

describe('linear time', () => {
  // 16× the text may take at most 48× the time (linear: ~16×; quadratic: ~256×). The small size is big enough
  // (tens of ms) that timer resolution and a stray GC don't decide the ratio.
  const SMALL = 100_000;
  const FACTOR = 16;
  const SLACK = 3;

  test('adversarial repetitions of rule words, partial matches and odd Unicode scale linearly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...RULE_WORDS), { minLength: 1, maxLength: 8 }).map((w) => `${w.join(' ')} `),
        fc.constantFrom<'chat' | 'page'>('chat', 'page'),
        (unit, kind) => {
          const small = repeatTo(unit, SMALL);
          const large = repeatTo(unit, SMALL * FACTOR);
          const tSmall = Math.max(
            1,
            cpuMs(() => detector.scan({ text: small, kind })),
          );
          const tLarge = cpuMs(() => detector.scan({ text: large, kind }));
          expect(tLarge / tSmall, `${JSON.stringify(unit)}: ${tSmall} ms → ${tLarge} ms`).toBeLessThan(FACTOR * SLACK);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  test('one long conversation costs linear time in its messages', () => {
    const run = (messages: number) =>
      cpuMs(() => {
        const conversation = detector.conversation();
        for (let i = 0; i < messages; i++) {
          conversation.scan({
            text: `pesan ${i} jangan bilang ortu kirim pap dong`,
            kind: 'chat',
            sender: `s${i % 7}`,
          });
        }
      }, 2);
    const tSmall = Math.max(1, run(2_000));
    const tLarge = run(2_000 * FACTOR);
    expect(tLarge / tSmall).toBeLessThan(FACTOR * SLACK);
  }, 120_000);
});
