import { describe, expect, test } from 'vitest';
import { CATEGORIES, createDetector } from '../../lib/detection';
import { loadModel } from '../../scripts/lib/load-model';
import { BARS, evaluate, loadCorpus } from './corpus';

const corpus = loadCorpus(['train', 'dev']);
const detector = createDetector();
const loaded = loadModel();

test('the corpus parses, ids are unique, and every item names its writer', () => {
  expect(new Set(corpus.map((i) => i.id)).size).toBe(corpus.length);
  expect(corpus.every((i) => i.writer.length > 0)).toBe(true);
  // The team's 632, less the few that nearly repeat a blind dev or test item.
  expect(corpus.filter((i) => i.writer === 'team').length).toBeGreaterThan(600);
});

describe('the rule author’s own items (writer team): the rules alone keep the bars of issue #3', () => {
  const team = corpus.filter((i) => i.writer === 'team');
  const m = evaluate({ detector, model: null }, team);
  test('recall >= 0.90 at >= low, harmless flagged <= 5 % at >= medium, every category recall >= 0.80', () => {
    expect(m.recallLow.value).toBeGreaterThanOrEqual(0.9);
    expect(m.falseAlarmMedium.value).toBeLessThanOrEqual(0.05);
    for (const c of m.perCategory)
      if (c.recall.of) expect([c.category, c.recall.value >= 0.8]).toEqual([c.category, true]);
  });
});

describe('rules and the learned layer together', () => {
  test('the shipped model loads', () => {
    expect(loaded.problem).toBeNull();
  });

  const dev = corpus.filter((i) => i.split === 'dev');
  const items = dev.length ? dev : corpus;
  const m = evaluate({ detector, model: loaded.model }, items);
  const alone = evaluate({ detector, model: null }, items);

  test('every metric is computed (a number for every group that has items)', () => {
    for (const r of [m.recallLow, m.recallMedium, m.falseAlarmLow, m.falseAlarmMedium]) {
      expect(Number.isFinite(r.value)).toBe(true);
    }
    expect(m.perCategory.map((c) => c.category)).toEqual([...CATEGORIES]);
    expect(m.perWriter.length).toBeGreaterThan(0);
    expect(m.perLang.every((g) => g.positives + g.benign > 0)).toBe(true);
  });

  // Sanity floors, far below the bars (those are printed by `npm run eval`): a broken model or a broken combination
  // shows here; a change in quality shows in the eval.
  test('on dev: recall >= 0.6 at >= low, harmless flagged <= 10 % at >= medium, and no worse than the rules alone', () => {
    expect(m.recallLow.value).toBeGreaterThanOrEqual(0.6);
    expect(m.falseAlarmMedium.value).toBeLessThanOrEqual(0.1);
    expect(m.recallLow.value).toBeGreaterThanOrEqual(alone.recallLow.value);
    expect(m.everydayMedium.of === 0 || m.everydayMedium.value * 1000 <= BARS.everydayMediumPerMille * 5).toBe(true);
  });
});
