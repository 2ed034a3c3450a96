// `npx tsx scripts/corpus/import.ts STAGING_DIR`: brings writers' JSONL files (STAGING_DIR/<split>/<writer>.jsonl,
// written blind from a brief, issue #12) into tests/fixtures/corpus/<split>/<writer>.jsonl with ids and the writer,
// drops exact and near-duplicates (within a file, and across splits: test wins over dev, dev over train), and locks
// the test split (sha256 per file in test.lock.json). Prints counts only, never text: the test split stays unread.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bodyOf, nearDuplicates, type ItemBody } from '../../tests/corpus/near-duplicates';

const SPLITS = ['test', 'dev', 'train'] as const;
const OUT = path.resolve(import.meta.dirname, '../../tests/fixtures/corpus');
const staging = process.argv[2];
if (!staging) throw new Error('usage: import.ts STAGING_DIR');

type Item = Record<string, unknown> & ItemBody;

const kept: Record<string, string[]> = { test: [], dev: [], train: [] };
for (const split of SPLITS) {
  const dir = path.join(staging, split);
  if (!fs.existsSync(dir)) continue;
  fs.mkdirSync(path.join(OUT, split), { recursive: true });
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const writer = file.replace(/\.jsonl$/, '');
    const items: Item[] = fs
      .readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .flatMap((l, n) => {
        if (!l.trim()) return [];
        try {
          return [JSON.parse(l) as Item];
        } catch {
          // JSON.parse's own message quotes the line: a test file's text must not reach the terminal.
          throw new Error(`${split}/${file}:${n + 1}: not JSON`);
        }
      });
    const bodies = items.map(bodyOf);
    const drop = new Set<number>();
    // Within the file: the first of a near-duplicate pair stays.
    for (const [i, j] of nearDuplicates(bodies, bodies)) if (i < j) drop.add(j);
    // Across splits: what a later-priority split already holds wins.
    const earlier = SPLITS.slice(0, SPLITS.indexOf(split)).flatMap((s) => kept[s]!);
    for (const [, j] of nearDuplicates(earlier, bodies)) drop.add(j);
    const lines: string[] = [];
    items.forEach((item, n) => {
      if (drop.has(n)) return;
      kept[split]!.push(bodies[n]!);
      const { lang, kind, labels, hard, everyday, risk, text, messages, page } = item;
      const id = `${writer}-${String(n + 1).padStart(4, '0')}`;
      const ordered = { id, writer, lang, kind, labels, hard, everyday, risk, text, messages, page };
      lines.push(JSON.stringify(ordered));
    });
    fs.writeFileSync(path.join(OUT, split, file), `${lines.join('\n')}\n`);
    console.log(`${split}/${file}: ${lines.length} kept, ${drop.size} near-duplicates dropped`);
  }
}
const lock: Record<string, string> = {};
const testDir = path.join(OUT, 'test');
if (fs.existsSync(testDir)) {
  for (const f of fs
    .readdirSync(testDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    lock[f] = crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(testDir, f)))
      .digest('hex');
  }
  fs.writeFileSync(path.join(OUT, 'test.lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
}
