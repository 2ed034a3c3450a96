import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CORPUS_DIR, corpusFiles, loadCorpus, writersBySplit, type CorpusItem } from '../corpus/corpus';
import { bodyOf, nearDuplicates } from '../corpus/near-duplicates';

// The locked test split (issue #12): its files are read here only to hash and compare them; no assertion message
// carries their text, only file names and item ids.
const lockFile = path.join(CORPUS_DIR, 'test.lock.json');
const testDir = path.join(CORPUS_DIR, 'test');
const testFiles = fs.existsSync(testDir)
  ? fs
      .readdirSync(testDir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
  : [];

describe('the locked test split', () => {
  test('every test file matches its SHA-256 in test.lock.json, and nothing is unlocked or missing', () => {
    const lock = fs.existsSync(lockFile)
      ? (JSON.parse(fs.readFileSync(lockFile, 'utf8')) as Record<string, string>)
      : {};
    expect(Object.keys(lock).sort()).toEqual(testFiles);
    for (const f of testFiles) {
      const sha = crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(testDir, f)))
        .digest('hex');
      expect(sha, `${f} changed since it was locked`).toBe(lock[f]);
    }
  });

  test('each file belongs to a writer of its split in writers.json; test writers write nothing else', () => {
    const registry = writersBySplit();
    for (const f of corpusFiles()) {
      if (f.writer === 'team') continue;
      expect(registry[f.split], `${f.split}/${path.basename(f.file)}`).toContain(f.writer);
    }
    const trainDev = new Set(corpusFiles(['train', 'dev']).map((f) => f.writer));
    for (const w of registry.test) expect(trainDev.has(w), w).toBe(false);
  });
});

// ~5 s on a 2-core CI machine (10,000+ items, two comparisons), so it gets its own budget.
test('no near-duplicates across splits (test vs dev and train, dev vs train)', { timeout: 60_000 }, () => {
  const bySplit = {
    train: loadCorpus(['train']),
    dev: loadCorpus(['dev']),
    test: loadCorpus(['test']),
  };
  const leaks: string[] = [];
  const check = (later: CorpusItem[], earlier: CorpusItem[]) => {
    for (const [i, j] of nearDuplicates(later.map(bodyOf), earlier.map(bodyOf))) {
      leaks.push(`${later[i]!.id} ~ ${earlier[j]!.id}`);
    }
  };
  check(bySplit.test, [...bySplit.dev, ...bySplit.train]);
  check(bySplit.dev, bySplit.train);
  expect(leaks).toEqual([]);
});
