import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LEXICON } from '../lexicon';
import { respell, type Variation } from './augment';

const NONE: Variation = { lexicon: 0, vowels: 0, typo: 0, drop: 0 };
const jangan = LEXICON.find((e) => e.to === 'jangan')!;
const forms = [jangan.to, ...jangan.from];

describe('training respellings (issue #12)', () => {
  test('are the same for the same text and copy, and differ between copies', () => {
    const text = 'jangan bilang siapa siapa ya, nanti aku kirim hadiahnya sekarang juga';
    expect(respell(text, 1)).toBe(respell(text, 1));
    const copies = new Set([1, 2, 3, 4, 5].map((k) => respell(text, k)));
    expect(copies.size).toBeGreaterThan(1);
  });

  test('change nothing with no variation, and keep spaces, punctuation, digits and emoji', () => {
    const text = 'Jangan bilang mama ya!! 😊 besok jam 7, oke?\nsiap';
    expect(respell(text, 1, NONE)).toBe(text);
    const dropped = respell(text, 1, { ...NONE, drop: 1 });
    expect(dropped).toBe('   !! 😊   7, ?\n');
  });

  test('swap a lexicon word for another of its forms', () => {
    const out = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((k) => respell('jangan', k, { ...NONE, lexicon: 1 })));
    for (const o of out) expect(forms).toContain(o);
    expect(out.size).toBeGreaterThan(1);
  });

  test('shorten words as children do: inner vowels dropped, first and last letters kept', () => {
    expect(respell('sekarang', 1, { ...NONE, vowels: 1 })).toBe('skrng');
    expect(respell('ya', 1, { ...NONE, vowels: 1 })).toBe('ya');
  });

  test('any text: the line breaks stay, and a typo changes a word by at most one letter', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 5 }), (text, copy) => {
        const out = respell(text, copy, { ...NONE, typo: 1 });
        expect(out.split('\n').length).toBe(text.split('\n').length);
        const words = text.match(/[A-Za-z]+/g) ?? [];
        const outWords = out.match(/[A-Za-z]+/g) ?? [];
        expect(outWords.length).toBe(words.length);
        outWords.forEach((w, i) => expect(Math.abs(w.length - words[i]!.length)).toBeLessThanOrEqual(1));
      }),
    );
  });
});
