import crypto from 'node:crypto';
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, createDetector, type Category } from '../../lib/detection';
import { combineFindings } from '../../lib/detection/combine';
import { askModel, decideItem } from '../../lib/detection/model/decide';
import { hashFeatures, MAX_CHARS } from '../../lib/detection/model/features';
import { MODEL_CATEGORIES, opinionOf, parseModel, scoreText, THRESHOLD_GROUPS } from '../../lib/detection/model/model';
import { TRAIN_OPTIONS } from '../../lib/detection/model/train';
import { loadModel, loadModelBytes, readMeta } from '../../scripts/lib/load-model';
import { MODEL_FILE } from '../../scripts/lib/model-files';
import { trainModel } from '../../scripts/lib/train-model';
import { corpusHash, loadCorpus } from './corpus';

const meta = readMeta();
const bytes = new Uint8Array(fs.readFileSync(MODEL_FILE));
const { model } = loadModel();
const detector = createDetector();

describe('the committed model (issue #12)', () => {
  test('is the one trained on the corpus as it is now (run `npm run train` after the corpus changes)', () => {
    expect(meta.corpus, 'model-meta.json is stale for the corpus: npm run train').toBe(corpusHash());
    expect(model!.header.corpus).toBe(meta.corpus);
  });

  test('matches model-meta.json (format, SHA-256, size) and stays within 2 MB', () => {
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(meta.sha256);
    expect(bytes.length).toBe(meta.bytes);
    expect(bytes.length).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(model!.header.format).toBe(meta.format);
  });

  test('judges the categories of text the guard hands it, with thresholds for each', () => {
    expect(model!.header.categories).toEqual([...MODEL_CATEGORIES]);
    for (const group of THRESHOLD_GROUPS) {
      for (const c of MODEL_CATEGORIES) {
        const t = model!.header.thresholds[group][c]!;
        expect(t.damp).toBeLessThanOrEqual(t.low);
        expect(t.low).toBeLessThanOrEqual(t.medium);
      }
    }
  });
});

test('training is deterministic: the same corpus gives the same model bytes', () => {
  // A small slice and a small table keep this quick; the code path is the one `npm run train` runs.
  const corpus = loadCorpus(['train', 'dev']).filter((_, i) => i % 16 === 0);
  const options = { ...TRAIN_OPTIONS, bucketsLog2: 12, epochs: 3 };
  const a = trainModel(corpus, 'hash', options, detector).bytes;
  const b = trainModel(corpus, 'hash', options, detector).bytes;
  expect(a.length).toBeGreaterThan(4096);
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
}, 120_000);

describe('a missing, truncated or tampered model file: the rules work alone, nothing throws', () => {
  const flipped = bytes.slice();
  flipped[flipped.length - 10] = flipped[flipped.length - 10]! ^ 0x55;
  const badHeader = bytes.slice();
  badHeader[14] = 0x7b;
  test.each([
    ['missing', new Uint8Array(0), 'missing'],
    ['truncated', bytes.slice(0, bytes.length >> 1), 'truncated'],
    ['cut in its header', bytes.slice(0, 20), 'truncated'],
    ['a weight changed', flipped, 'tampered'],
    ['a damaged header', badHeader, 'tampered'],
    ['another file', new TextEncoder().encode('<html>not a model</html>'), 'tampered'],
  ])('%s', (_, input, problem) => {
    const loaded = loadModelBytes(input, meta.sha256);
    expect(loaded.model).toBeNull();
    expect(loaded.problem).toBe(problem);
    const item = { kind: 'chat' as const, text: 'jangan bilang ortu ya, ini rahasia kita' };
    expect(decideItem({ detector, model: loaded.model }, item)).toEqual([detector.scan({ ...item })]);
  });

  test('another format is refused', () => {
    const other = bytes.slice();
    other[4] = 99;
    expect(() => parseModel(other)).toThrow(/format/);
  });
});

describe('bounded work on any input (fast-check)', () => {
  test('features are bounded and the opinion never throws, for any text of any script', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 3000 }),
        fc.constantFrom('chat', 'page', 'search'),
        (text, kind) => {
          const f = hashFeatures(text, kind as 'chat', 17);
          // At most a word, a bigram and three character n-grams per character read, and one kind feature.
          expect(f.index.length).toBeLessThanOrEqual(8 * Math.min(text.length, MAX_CHARS) + 8);
          const o = opinionOf(model!, scoreText(model!, text, kind as 'chat'), kind as 'chat');
          for (const x of o.found) expect(MODEL_CATEGORIES).toContain(x.category);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a huge message costs no more than its first MAX_CHARS characters', () => {
    const huge = 'kirim foto 📸 '.repeat(200_000);
    const f = hashFeatures(huge, 'chat', 17);
    expect(f.index).toEqual(hashFeatures(huge.slice(0, MAX_CHARS), 'chat', 17).index);
  });

  test('next to a rule finding, only a fairly sure model category is added (a low one would turn a tip into a warning)', () => {
    const secrecy = { category: 'secrecy' as const, ruleId: 'r', start: 0, end: 5, severity: 'low' as const };
    const low = { found: [{ category: 'move_private' as const, severity: 'low' as const }], damp: [] };
    const medium = { found: [{ category: 'move_private' as const, severity: 'medium' as const }], damp: [] };
    expect(combineFindings([secrecy], low).map((f) => f.category)).toEqual(['secrecy']);
    expect(combineFindings([secrecy], medium).map((f) => f.category)).toEqual(['secrecy', 'move_private']);
    // Alone, the model's low opinion is what it is there for: a paraphrase no rule knows still gets a tip.
    expect(combineFindings([], low).map((f) => [f.category, f.severity])).toEqual([['move_private', 'low']]);
    // A weak rule finding (it counts only with others) does not hold the model back.
    expect(combineFindings([{ ...secrecy, weak: true }], low)).toHaveLength(2);
  });

  test('in a search (gentle) the model softens a rule finding but never silences it', () => {
    const vpn = { category: 'vpn_bypass' as const, ruleId: 'r', start: 0, end: 8, severity: 'low' as const };
    const damp = { found: [], damp: ['vpn_bypass' as const] };
    expect(combineFindings([vpn], damp)[0]).toMatchObject({ weak: true, damped: true });
    expect(combineFindings([vpn], { ...damp, gentle: true })[0]).toEqual(vpn);
    expect(combineFindings([{ ...vpn, severity: 'medium' }], { ...damp, gentle: true })[0]).toMatchObject({
      severity: 'low',
      damped: true,
    });
  });

  test('ordinary lines before "jangan bilang ortu" do not let the model damp it: damping needs the message alone too', () => {
    const detector = createDetector();
    const earlier = ['besok ada PR matematika 97', 'main lagi yuk nanti malam 98'];
    for (const text of ['jangan bilang ortu ya (99)', 'jangan bilang ortu ya (399)', 'jangan bilang ortu ya (999)']) {
      const opinion = askModel(model, { kind: 'chat', text, earlier });
      const result = detector.scan({ text, kind: 'chat', direction: 'incoming', model: opinion });
      expect(result.categories, text).toContain('secrecy');
    }
  });

  test('any opinion combines with any rule findings without throwing; high rule findings are never lowered', () => {
    const category = fc.constantFrom(...CATEGORIES);
    const severity = fc.constantFrom('low' as const, 'medium' as const, 'high' as const);
    fc.assert(
      fc.property(
        fc.array(fc.record({ category, severity, weak: fc.boolean() }), { maxLength: 6 }),
        fc.array(fc.record({ category, severity: fc.constantFrom('low' as const, 'medium' as const) }), {
          maxLength: 6,
        }),
        fc.array(category, { maxLength: 6 }),
        (rules, found, damp) => {
          const findings = rules.map((r, i) => ({ ...r, ruleId: `r${i}`, start: 0, end: 1 }));
          const out = combineFindings(findings, { found, damp: damp as Category[] });
          for (const f of findings.filter((x) => x.severity === 'high')) expect(out).toContainEqual(f);
          expect(out.length).toBeLessThanOrEqual(findings.length + found.length);
        },
      ),
    );
  });
});
