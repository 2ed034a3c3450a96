/**
 * The labelled corpus of issue #12 and its quality metrics, shared by `npm run train`, `npm run eval`, the scan CLI's
 * tests and `corpus.test.ts`.
 *
 * - `tests/fixtures/corpus/<split>/<writer>.jsonl`: written blind from `BRIEF.md` by the writers of `writers.json`;
 *   `train` and `dev` are for learning and calibrating, `test` is locked (its text is never printed; `test.lock.json`).
 * - `tests/fixtures/texts/*.jsonl`: the 632 items the rule author wrote (not blind), folded into `train` as writer
 *   `team` (`heldout.jsonl` too, unread).
 *
 * `runItem` runs an item the way the extension does (`decide.ts`): a conversation for chats, the page for pages, the
 * query for searches, rules and the learned layer together.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CATEGORIES, riskRank, type Category, type Risk } from '../../lib/detection';
import { decideItem, type Engine } from '../../lib/detection/model/decide';
import { bodyOf, nearDuplicates } from './near-duplicates';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const CORPUS_DIR = path.join(FIXTURES, 'corpus');
export const TEXTS_DIR = path.join(FIXTURES, 'texts');
export const SPLITS = ['train', 'dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

const text = z.string().min(1).max(20000);
export const corpusItemSchema = z
  .strictObject({
    id: z.string().min(1),
    writer: z.string().min(1).optional(),
    lang: z.enum(['id', 'en', 'mixed', 'jv']),
    kind: z.enum(['chat', 'page', 'search', 'typed', 'ui']),
    /** Categories a child-protection trainer expects; empty for a harmless text. */
    labels: z.array(z.enum(CATEGORIES)),
    /** A harmless text that looks like a risky one (food photos, a surprise party, a VPN lesson). */
    hard: z.boolean().optional(),
    /** Ordinary everyday chat with nothing tricky in it (the "nagging" set). */
    everyday: z.boolean().optional(),
    /** The least risk the trainer expects. */
    risk: z.enum(['low', 'medium', 'high']).optional(),
    text: text.optional(),
    messages: z
      .array(z.tuple([z.enum(['in', 'out', 'ui']), text]))
      .min(1)
      .optional(),
    page: z
      .strictObject({
        url: z.string(),
        title: z.string(),
        headings: z.array(z.string()),
        text: z.string(),
      })
      .optional(),
  })
  .refine((i) => [i.text, i.messages, i.page].filter(Boolean).length === 1, 'exactly one of text, messages, page')
  .refine((i) => !(i.hard && i.labels.length), 'only harmless items are "hard" look-alikes');
export type CorpusItem = z.infer<typeof corpusItemSchema> & { split: Split; writer: string };

export interface CorpusFile {
  split: Split;
  writer: string;
  file: string;
}

/** The corpus files, in a fixed order: the blind writers' per split, then the team's (train). */
export function corpusFiles(splits: readonly Split[] = SPLITS): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const split of splits) {
    const dir = path.join(CORPUS_DIR, split);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs
      .readdirSync(dir)
      .filter((x) => x.endsWith('.jsonl'))
      .sort()) {
      files.push({ split, writer: f.replace(/\.jsonl$/, ''), file: path.join(dir, f) });
    }
  }
  if (splits.includes('train') && fs.existsSync(TEXTS_DIR)) {
    for (const f of fs
      .readdirSync(TEXTS_DIR)
      .filter((x) => x.endsWith('.jsonl'))
      .sort()) {
      files.push({ split: 'train', writer: 'team', file: path.join(TEXTS_DIR, f) });
    }
  }
  return files;
}

function readFile(f: CorpusFile): CorpusItem[] {
  const items: CorpusItem[] = [];
  fs.readFileSync(f.file, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      if (!line.trim()) return;
      // The locked split's errors name the line, never its text (JSON.parse's own message quotes the line).
      const where = `${path.relative(FIXTURES, f.file)}:${n + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`${where}: not JSON`);
      }
      const parsed = corpusItemSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${where}: not a corpus item`);
      const id = f.writer === 'team' ? `team:${parsed.data.id}` : parsed.data.id;
      items.push({ ...parsed.data, id, split: f.split, writer: f.writer });
    });
  return items;
}

/**
 * The corpus items of the given splits (by default `train` and `dev`: the locked `test` split is read only by
 * `npm run eval`, for its figures).
 */
export function loadCorpus(splits: readonly Split[] = ['train', 'dev']): CorpusItem[] {
  const items = corpusFiles(splits).flatMap(readFile);
  if (!splits.includes('train')) return items;
  const leaks = teamLeaks();
  return items.filter((i) => !leaks.has(i.id));
}

let leaked: Set<string> | null = null;
/**
 * The team's items that nearly repeat a blind writer's dev or test item (short interface lines, mostly): left out
 * of training, as the import script leaves out a train item that repeats a later split's — the later split wins.
 */
function teamLeaks(): Set<string> {
  if (leaked) return leaked;
  const team = corpusFiles(['train'])
    .filter((f) => f.writer === 'team')
    .flatMap(readFile);
  const later = corpusFiles(['dev', 'test']).flatMap(readFile);
  leaked = new Set(nearDuplicates(later.map(bodyOf), team.map(bodyOf)).map(([, j]) => team[j]!.id));
  return leaked;
}

/**
 * SHA-256 of what a model is trained and calibrated on: every `train` and `dev` file (and the team's), by name and
 * bytes, and the test split's lock (its SHA-256s, never its text). The committed model carries it; a test fails when the corpus changed and the model was not trained again.
 */
export function corpusHash(): string {
  const hash = crypto.createHash('sha256');
  for (const f of corpusFiles(['train', 'dev'])) {
    hash.update(`${f.split}/${f.writer}/${path.basename(f.file)}\n`);
    hash.update(fs.readFileSync(f.file));
    hash.update('\n');
  }
  // The locked split's hashes: what it holds decides which team items are left out as its near-duplicates.
  const lock = path.join(CORPUS_DIR, 'test.lock.json');
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
  return hash.digest('hex');
}

/** The writers of `writers.json` by split. */
export function writersBySplit(): Record<Split, string[]> {
  const registry = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'writers.json'), 'utf8')) as Record<
    string,
    { split: Split }
  >;
  const out: Record<Split, string[]> = { train: [], dev: [], test: [] };
  for (const [writer, { split }] of Object.entries(registry)) out[split].push(writer);
  return out;
}

export interface Outcome {
  risk: Risk;
  categories: Category[];
  /** For a conversation: its messages from the other side, and how many of those raised a finding. */
  messages: number;
  flaggedLow: number;
  flaggedMedium: number;
  /** Categories only the model found. */
  byModel: Category[];
}

/** Runs one item the way the extension decides it: rules and, when loaded, the learned layer. */
export function runItem(engine: Engine, item: CorpusItem): Outcome {
  const steps = decideItem(engine, item);
  let risk: Risk = 'none';
  const categories = new Set<Category>();
  const byModel = new Set<Category>();
  let flaggedLow = 0;
  let flaggedMedium = 0;
  for (const r of steps) {
    if (riskRank(r.risk) >= 1) flaggedLow++;
    if (riskRank(r.risk) >= 2) flaggedMedium++;
    if (r.risk === 'none') continue;
    if (riskRank(r.risk) > riskRank(risk)) risk = r.risk;
    for (const c of r.categories) categories.add(c);
    for (const f of r.findings) if (f.layer === 'model') byModel.add(f.category);
  }
  return {
    risk,
    categories: [...categories],
    messages: steps.length,
    flaggedLow,
    flaggedMedium,
    byModel: [...byModel].filter((c) => categories.has(c)),
  };
}

export interface Rate {
  hits: number;
  of: number;
  value: number;
}
export const rate = (hits: number, of: number): Rate => ({ hits, of, value: of === 0 ? NaN : hits / of });

export interface Group {
  name: string;
  positives: number;
  benign: number;
  recallLow: Rate;
  recallMedium: Rate;
  falseAlarmLow: Rate;
  falseAlarmMedium: Rate;
}

export interface Metrics extends Group {
  items: number;
  hard: number;
  hardFalseAlarmMedium: Rate;
  /** Ordinary everyday chat: messages that got anything, per 1,000 messages. */
  everydayLow: Rate;
  everydayMedium: Rate;
  /** Page excerpts only (the "real pages" bar). */
  pages: Group;
  /** The expected least risk reached, for items that state one. */
  escalation: Rate;
  perCategory: { category: Category; recall: Rate; recallMedium: Rate; precision: Rate; falseAlarm: Rate }[];
  perLang: Group[];
  perWriter: Group[];
  perKind: Group[];
  misses: { item: CorpusItem; outcome: Outcome; why: string; weight: number }[];
}

type Scored = { item: CorpusItem; outcome: Outcome };
const flagged = (o: Outcome, at: Risk) => riskRank(o.risk) >= riskRank(at);

function group(name: string, xs: readonly Scored[]): Group {
  const pos = xs.filter((x) => x.item.labels.length > 0);
  const ben = xs.filter((x) => x.item.labels.length === 0);
  return {
    name,
    positives: pos.length,
    benign: ben.length,
    recallLow: rate(pos.filter((x) => flagged(x.outcome, 'low')).length, pos.length),
    recallMedium: rate(pos.filter((x) => flagged(x.outcome, 'medium')).length, pos.length),
    falseAlarmLow: rate(ben.filter((x) => flagged(x.outcome, 'low')).length, ben.length),
    falseAlarmMedium: rate(ben.filter((x) => flagged(x.outcome, 'medium')).length, ben.length),
  };
}

const groupsBy = (xs: readonly Scored[], key: (i: CorpusItem) => string): Group[] =>
  [...new Set(xs.map((x) => key(x.item)))].sort().map((k) =>
    group(
      k,
      xs.filter((x) => key(x.item) === k),
    ),
  );

export function evaluate(engine: Engine, items: readonly CorpusItem[]): Metrics {
  return metricsOf(items.map((item) => ({ item, outcome: runItem(engine, item) })));
}

export function metricsOf(outcomes: readonly Scored[]): Metrics {
  const pos = outcomes.filter((x) => x.item.labels.length > 0);
  const ben = outcomes.filter((x) => x.item.labels.length === 0);
  const everyday = outcomes.filter((x) => x.item.everyday);
  const sum = (xs: readonly Scored[], f: (o: Outcome) => number) => xs.reduce((n, x) => n + f(x.outcome), 0);
  const misses: Metrics['misses'] = [];
  for (const x of pos) {
    const missing = x.item.labels.filter((c) => !x.outcome.categories.includes(c));
    if (!flagged(x.outcome, 'low')) misses.push({ ...x, why: 'not flagged', weight: 3 });
    else if (missing.length) misses.push({ ...x, why: `missing ${missing.join(', ')}`, weight: 1 });
    else if (x.item.risk && !flagged(x.outcome, x.item.risk))
      misses.push({ ...x, why: `below ${x.item.risk}`, weight: 1 });
  }
  for (const x of ben) {
    if (flagged(x.outcome, 'low')) {
      misses.push({ ...x, why: `false alarm (${x.outcome.risk})`, weight: riskRank(x.outcome.risk) });
    }
  }
  misses.sort((a, b) => b.weight - a.weight || a.item.id.localeCompare(b.item.id));
  return {
    ...group('all', outcomes),
    items: outcomes.length,
    hard: ben.filter((x) => x.item.hard).length,
    hardFalseAlarmMedium: rate(
      ben.filter((x) => x.item.hard && flagged(x.outcome, 'medium')).length,
      ben.filter((x) => x.item.hard).length,
    ),
    everydayLow: rate(
      sum(everyday, (o) => o.flaggedLow),
      sum(everyday, (o) => o.messages),
    ),
    everydayMedium: rate(
      sum(everyday, (o) => o.flaggedMedium),
      sum(everyday, (o) => o.messages),
    ),
    pages: group(
      'page',
      outcomes.filter((x) => x.item.kind === 'page'),
    ),
    escalation: rate(
      pos.filter((x) => x.item.risk && flagged(x.outcome, x.item.risk)).length,
      pos.filter((x) => x.item.risk).length,
    ),
    perCategory: CATEGORIES.map((category) => {
      const labelled = outcomes.filter((x) => x.item.labels.includes(category));
      const found = outcomes.filter((x) => x.outcome.categories.includes(category));
      return {
        category,
        recall: rate(labelled.filter((x) => x.outcome.categories.includes(category)).length, labelled.length),
        recallMedium: rate(
          labelled.filter((x) => x.outcome.categories.includes(category) && flagged(x.outcome, 'medium')).length,
          labelled.length,
        ),
        precision: rate(found.filter((x) => x.item.labels.includes(category)).length, found.length),
        falseAlarm: rate(ben.filter((x) => x.outcome.categories.includes(category)).length, ben.length),
      };
    }),
    perLang: groupsBy(outcomes, (i) => i.lang),
    perWriter: groupsBy(outcomes, (i) => i.writer),
    perKind: groupsBy(outcomes, (i) => i.kind),
    misses,
  };
}

/**
 * The bars of issue #12, for unseen text: recall ≥ 0.85 at ≥ low with harmless lines flagged at ≥ medium ≤ 5 %;
 * pages recall ≥ 0.80 with ≤ 10 % false alarms at ≥ medium; everyday chat ≤ 10 per 1,000 at ≥ low and ≤ 2 at
 * ≥ medium; every category's recall ≥ 0.80.
 */
export const BARS = {
  recallLow: 0.85,
  falseAlarmMedium: 0.05,
  pageRecallLow: 0.8,
  pageFalseAlarmMedium: 0.1,
  everydayLowPerMille: 10,
  everydayMediumPerMille: 2,
  categoryRecall: 0.8,
} as const;

export function barFailures(m: Metrics): string[] {
  const failures: string[] = [];
  const below = (r: Rate, bar: number) => r.of > 0 && !(r.value >= bar);
  const above = (r: Rate, bar: number) => r.of > 0 && !(r.value <= bar);
  if (below(m.recallLow, BARS.recallLow)) failures.push(`recall at >= low ${m.recallLow.value.toFixed(3)}`);
  if (above(m.falseAlarmMedium, BARS.falseAlarmMedium)) {
    failures.push(`harmless flagged at >= medium ${m.falseAlarmMedium.value.toFixed(3)}`);
  }
  if (below(m.pages.recallLow, BARS.pageRecallLow)) failures.push(`page recall ${m.pages.recallLow.value.toFixed(3)}`);
  if (above(m.pages.falseAlarmMedium, BARS.pageFalseAlarmMedium)) {
    failures.push(`page false alarms at >= medium ${m.pages.falseAlarmMedium.value.toFixed(3)}`);
  }
  if (above(m.everydayLow, BARS.everydayLowPerMille / 1000)) {
    failures.push(`everyday chat at >= low ${(m.everydayLow.value * 1000).toFixed(1)} per 1,000`);
  }
  if (above(m.everydayMedium, BARS.everydayMediumPerMille / 1000)) {
    failures.push(`everyday chat at >= medium ${(m.everydayMedium.value * 1000).toFixed(1)} per 1,000`);
  }
  for (const c of m.perCategory) {
    if (below(c.recall, BARS.categoryRecall)) failures.push(`${c.category} recall ${c.recall.value.toFixed(3)}`);
  }
  return failures;
}
