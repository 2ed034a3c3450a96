import { describe, expect, test } from 'vitest';
import { createDetector } from '../../lib/detection';
import { barFailures, evaluate, loadCorpus } from './corpus';

const corpus = loadCorpus();
const detector = createDetector();

test('the corpus is big enough, in every language, with enough hard look-alikes', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(600);
  expect(new Set(corpus.map((i) => i.lang))).toEqual(new Set(['id', 'en', 'mixed', 'jv']));
  expect(corpus.filter((i) => i.hard).length / corpus.length).toBeGreaterThanOrEqual(0.4);
  expect(new Set(corpus.map((i) => i.id)).size).toBe(corpus.length);
  expect(corpus.filter((i) => i.split === 'heldout').length).toBeGreaterThanOrEqual(150);
});

describe.each(['dev', 'heldout', 'all'] as const)('quality bars of issue #3 on the %s split', (split) => {
  const items = split === 'all' ? corpus : corpus.filter((i) => i.split === split);
  test('recall >= 0.90 at >= low, benign false alarms <= 5% at >= medium, every category recall >= 0.80', () => {
    expect(barFailures(evaluate(detector, items))).toEqual([]);
  });
});
