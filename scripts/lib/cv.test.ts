import { describe, expect, test } from 'vitest';
import { createDetector } from '../../lib/detection';
import { MODEL_CATEGORIES } from '../../lib/detection/model/model';
import { TRAIN_OPTIONS } from '../../lib/detection/model/train';
import type { CorpusItem } from '../../tests/corpus/corpus';
import { crossCalibrated, outOfFold, rankingFigures, writerFolds } from './cv';

const item = (id: string, writer: string, text: string, labels: CorpusItem['labels'] = []): CorpusItem => ({
  id,
  writer,
  split: 'train',
  lang: 'id',
  kind: 'chat',
  labels,
  text,
});

// Four writers, each with risky and harmless lines in their own spelling.
const RISKY = ['jangan bilang mama ya', 'rahasia kita berdua aja', 'hapus chat ini ya', 'ini rahasia kita ok'];
const HARMLESS = ['besok ulangan matematika', 'mama masak nasi goreng', 'ayo main bola sore', 'pr bahasa sudah belum'];
const WRITERS = ['a', 'b', 'c', 'd'];
const pool = WRITERS.flatMap((w, n) => [
  ...RISKY.map((t, k) => item(`${w}r${k}`, w, `${t} ${'x'.repeat(n + 1)}`, ['secrecy'])),
  ...HARMLESS.map((t, k) => item(`${w}h${k}`, w, `${t} ${'y'.repeat(n + 1)}`)),
]);
const small = { ...TRAIN_OPTIONS, bucketsLog2: 10, epochs: 4 };

describe('leave-writer-out validation (npm run cv)', () => {
  test('deals writers into folds in name order, keeps a writer whole, never holds out a kept writer', () => {
    const items = [...pool, item('t1', 'team', 'apa kabar')];
    expect(writerFolds(items, 2)).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
    // More folds than writers: one writer per fold.
    expect(writerFolds(items, 9)).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(writerFolds(items, 2, ['team', 'b'])).toEqual([['a', 'd'], ['c']]);
  });

  test('scores every item once, by a model that never read its writer, and the same way every run', () => {
    const folds = writerFolds(pool, 4);
    const first = outOfFold(pool, folds, small);
    const second = outOfFold(pool, folds, small);
    expect(first.scores.map((s) => s.item.id).sort()).toEqual(pool.map((i) => i.id).sort());
    expect(first.scores.map((s) => [...s.max])).toEqual(second.scores.map((s) => [...s.max]));
    // A model that read the writer scores its own lines differently from the one that did not.
    const all = outOfFold(pool, [], small, pool);
    expect(all.scores.map((s) => [...s.max])).not.toEqual(first.scores.map((s) => [...s.max]));
  });

  test('ranks the left-out writers’ risky lines above their harmless ones, and runs them end to end', () => {
    const oof = outOfFold(pool, writerFolds(pool, 4), small);
    const ranking = rankingFigures(oof.scores);
    const secrecy = ranking.perCategory.secrecy!;
    expect(secrecy).toBeGreaterThan(0.9);
    // Categories no item carries have no figure and do not count in the mean.
    expect(Number.isNaN(ranking.perCategory.gifts!)).toBe(true);
    expect(Object.keys(ranking.perCategory)).toEqual([...MODEL_CATEGORIES]);
    expect(ranking.mean).toBeCloseTo(secrecy);
    const metrics = crossCalibrated(oof, oof.scores, oof.scores, createDetector());
    expect(metrics.recallLow.of).toBe(RISKY.length * WRITERS.length);
  });
});
