/**
 * The labelled corpus (`tests/fixtures/texts/*.jsonl`) and the quality metrics of issue #3. Shared by
 * `npm run eval` (prints them) and `corpus.test.ts` (asserts the bars). `heldout.jsonl` was written before the rules
 * and is never used while writing them, so its numbers stay honest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CATEGORIES, RISKS, riskRank, type Category, type Detector, type Risk } from '../../lib/detection';

export const TEXTS_DIR = path.resolve(import.meta.dirname, '../fixtures/texts');
export const HELDOUT_FILE = 'heldout.jsonl';

const text = z.string().min(1).max(5000);
export const corpusItemSchema = z
  .strictObject({
    id: z.string().min(1),
    lang: z.enum(['id', 'en', 'mixed', 'jv']),
    kind: z.enum(['chat', 'page', 'search', 'typed', 'ui']),
    /** Categories a child-protection trainer expects; empty for a harmless text. */
    labels: z.array(z.enum(CATEGORIES)),
    /** A harmless text that looks like a risky one (food photos, a surprise party, a VPN lesson). */
    hard: z.boolean().optional(),
    /** The least risk the trainer expects, for texts where escalation matters. */
    risk: z.enum(['low', 'medium', 'high']).optional(),
    text: text.optional(),
    messages: z.array(z.tuple([z.enum(['in', 'out', 'ui']), text])).optional(),
    page: z
      .strictObject({ url: z.string(), title: z.string(), headings: z.array(z.string()), text: z.string() })
      .optional(),
  })
  .refine((i) => [i.text, i.messages, i.page].filter(Boolean).length === 1, 'exactly one of text, messages, page')
  .refine((i) => !(i.hard && i.labels.length), 'only harmless items are "hard" look-alikes');
export type CorpusItem = z.infer<typeof corpusItemSchema> & { split: 'dev' | 'heldout' };

export function loadCorpus(dir = TEXTS_DIR): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const split = file === HELDOUT_FILE ? 'heldout' : 'dev';
    fs.readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, n) => {
        if (!line.trim()) return;
        const parsed = corpusItemSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${file}:${n + 1}: ${z.prettifyError(parsed.error)}`);
        items.push({ ...parsed.data, split });
      });
  }
  return items;
}

export interface Outcome {
  risk: Risk;
  categories: Category[];
}

/** Runs one item the way the product would: a conversation for chats, `scanPage` for pages, `scan` otherwise. */
export function runItem(detector: Detector, item: CorpusItem): Outcome {
  if (item.page) {
    const r = detector.scanPage({ ...item.page });
    return { risk: r.risk, categories: r.risk === 'none' ? [] : r.categories };
  }
  if (item.kind !== 'chat') {
    const r = detector.scan({ text: item.text!, kind: item.kind });
    return { risk: r.risk, categories: r.risk === 'none' ? [] : r.categories };
  }
  const chat = detector.conversation();
  const messages = item.messages ?? [['in', item.text!] as const];
  let risk: Risk = 'none';
  const categories = new Set<Category>();
  for (const [dir, message] of messages) {
    const r =
      dir === 'ui'
        ? chat.scan({ text: message, kind: 'ui' })
        : chat.scan({ text: message, kind: 'chat', direction: dir === 'out' ? 'outgoing' : 'incoming' });
    if (r.risk === 'none') continue;
    if (riskRank(r.risk) > riskRank(risk)) risk = r.risk;
    for (const c of r.categories) categories.add(c);
  }
  return { risk, categories: [...categories] };
}

export interface Rate {
  hits: number;
  of: number;
  value: number;
}
const rate = (hits: number, of: number): Rate => ({ hits, of, value: of === 0 ? NaN : hits / of });

export interface Metrics {
  items: number;
  positives: number;
  benign: number;
  hard: number;
  recallLow: Rate;
  recallMedium: Rate;
  falseAlarmLow: Rate;
  falseAlarmMedium: Rate;
  hardFalseAlarmMedium: Rate;
  /** Expected minimum risk reached, for items that state one. */
  escalation: Rate;
  perCategory: { category: Category; recall: Rate; precision: Rate; falseAlarm: Rate }[];
  perLang: { lang: string; recallLow: Rate; falseAlarmMedium: Rate }[];
  misses: { item: CorpusItem; outcome: Outcome; why: string }[];
}

export function evaluate(detector: Detector, items: readonly CorpusItem[]): Metrics {
  const outcomes = items.map((item) => ({ item, outcome: runItem(detector, item) }));
  const flagged = (o: Outcome, at: Risk) => riskRank(o.risk) >= riskRank(at);
  const pos = outcomes.filter((x) => x.item.labels.length > 0);
  const ben = outcomes.filter((x) => x.item.labels.length === 0);
  const misses: Metrics['misses'] = [];
  for (const x of pos) {
    const missing = x.item.labels.filter((c) => !x.outcome.categories.includes(c));
    if (!flagged(x.outcome, 'low')) misses.push({ ...x, why: 'not flagged' });
    else if (missing.length) misses.push({ ...x, why: `missing ${missing.join(', ')}` });
    else if (x.item.risk && !flagged(x.outcome, x.item.risk)) misses.push({ ...x, why: `below ${x.item.risk}` });
  }
  for (const x of ben) if (flagged(x.outcome, 'low')) misses.push({ ...x, why: `false alarm (${x.outcome.risk})` });
  const byLang = [...new Set(items.map((i) => i.lang))].sort();
  return {
    items: items.length,
    positives: pos.length,
    benign: ben.length,
    hard: ben.filter((x) => x.item.hard).length,
    recallLow: rate(pos.filter((x) => flagged(x.outcome, 'low')).length, pos.length),
    recallMedium: rate(pos.filter((x) => flagged(x.outcome, 'medium')).length, pos.length),
    falseAlarmLow: rate(ben.filter((x) => flagged(x.outcome, 'low')).length, ben.length),
    falseAlarmMedium: rate(ben.filter((x) => flagged(x.outcome, 'medium')).length, ben.length),
    hardFalseAlarmMedium: rate(
      ben.filter((x) => x.item.hard && flagged(x.outcome, 'medium')).length,
      ben.filter((x) => x.item.hard).length,
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
        precision: rate(found.filter((x) => x.item.labels.includes(category)).length, found.length),
        falseAlarm: rate(ben.filter((x) => x.outcome.categories.includes(category)).length, ben.length),
      };
    }),
    perLang: byLang.map((lang) => {
      const p = pos.filter((x) => x.item.lang === lang);
      const b = ben.filter((x) => x.item.lang === lang);
      return {
        lang,
        recallLow: rate(p.filter((x) => flagged(x.outcome, 'low')).length, p.length),
        falseAlarmMedium: rate(b.filter((x) => flagged(x.outcome, 'medium')).length, b.length),
      };
    }),
    misses,
  };
}

/** The bars of issue #3: recall ≥ 0.90 at ≥ low, benign false alarms ≤ 5 % at ≥ medium, every category ≥ 0.80. */
export const BARS = { recallLow: 0.9, falseAlarmMedium: 0.05, categoryRecall: 0.8 } as const;

export function barFailures(m: Metrics): string[] {
  const failures: string[] = [];
  if (!(m.recallLow.value >= BARS.recallLow)) failures.push(`recall at >= low ${m.recallLow.value.toFixed(3)}`);
  if (!(m.falseAlarmMedium.value <= BARS.falseAlarmMedium)) {
    failures.push(`benign false alarms at >= medium ${m.falseAlarmMedium.value.toFixed(3)}`);
  }
  for (const c of m.perCategory) {
    if (c.recall.of > 0 && !(c.recall.value >= BARS.categoryRecall)) {
      failures.push(`${c.category} recall ${c.recall.value.toFixed(3)}`);
    }
  }
  return failures;
}

export { RISKS };
