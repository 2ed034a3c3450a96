import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { createDetector, pageText, type Detector, type ScanResult } from '@/lib/detection';
import { LEXICON } from '@/lib/detection/lexicon';
import { RULES } from '@/lib/detection/rules';
import { INPUT_KINDS } from '@/lib/detection/types';
import { extraPhrases } from '../../scripts/bench/engine';

/**
 * The engine's output, recorded (issue #16: "same packs, same results"): for every labelled corpus item, every rule
 * example, 2,000 extra phrases and a few thousand seeded word salads, the risk, categories and each finding's rule id,
 * span and severity, in every input kind and the way the product runs the item (a conversation, `scanPage`). A change
 * to the matcher or the compiler that changes any of them fails here, naming the keys that differ.
 *
 * The snapshot holds ids and outputs only, never a text (the held-out split's text is never read by a person). After
 * an intended change (a rule edited), rewrite it with `UPDATE_GOLDEN=1 npx vitest run tests/unit/engine-golden.test.ts`
 * and read the diff.
 */

const GOLDEN = path.resolve(import.meta.dirname, 'engine-golden.json');
const TEXTS = path.resolve(import.meta.dirname, '../fixtures/texts');

interface Item {
  id: string;
  kind: 'chat' | 'page' | 'search' | 'typed' | 'ui';
  text?: string;
  messages?: ['in' | 'out' | 'ui', string][];
  page?: { url: string; title: string; headings: string[]; text: string };
}

/** The labelled items of `tests/fixtures/texts` (read here, not through the corpus loader, so the record stays put). */
function items(): Item[] {
  return fs
    .readdirSync(TEXTS)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      fs
        .readFileSync(path.join(TEXTS, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Item),
    );
}

/** One result as a short line: `risk categories reason | ruleId@start-end:severity[~weak] …`. */
function line(r: ScanResult): string {
  if (r.risk === 'none' && r.findings.length === 0) return '-';
  const findings = r.findings.map((f) => `${f.ruleId}@${f.start}-${f.end}:${f.severity}${f.weak ? '~weak' : ''}`);
  return `${r.risk} ${r.categories.join(',')} ${r.reason} | ${findings.join(' ')}`;
}

/** A text in every input kind: one line per kind that finds something. */
function everyKind(detector: Detector, text: string): string[] {
  return INPUT_KINDS.map((kind) => `${kind}: ${line(detector.scan({ text, kind }))}`).filter((l) => !l.endsWith(': -'));
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Word salads of rule words, lexicon forms and filler, with the normaliser's favourite tricks mixed in. */
function salads(count: number): string[] {
  // Sorted, so that moving or merging rules (same words) keeps the same salads.
  const words = [
    ...new Set([
      ...RULES.flatMap((r) => [...r.patterns, ...(r.unless ?? [])])
        .flatMap((p) => p.split(/\s+/))
        .flatMap((p) => p.split('|'))
        .filter((w) => !w.startsWith('*'))
        .map((w) => w.replace(/_/g, ' ').replace(/\?$/, '')),
      ...LEXICON.flatMap((e) => [e.to, ...e.from]),
      'fotomu',
      'kusebar',
      'dihapus',
      'kirimin',
      'omahe',
      'takkirim',
      'v c s',
      'p.a.p',
      'p4p',
      'pappp',
      'siapa2',
      '0812-3456-7890',
      '+62 812 3456 7890',
      '08-12-2024',
      '😀',
      '📸',
      'ｐａｐ',
      '𝗽𝗮𝗽',
      'ja\u200bngan',
      'makan',
      'tugas',
      'besok',
      'the',
      'and',
    ]),
  ].sort();
  const seps = [' ', ' ', ' ', ', ', '\n', '. ', '  ', '-'];
  const next = seeded(16);
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(next() * 12);
    let text = '';
    for (let i = 0; i < n; i++) {
      text += words[Math.floor(next() * words.length)]!;
      if (i < n - 1) text += seps[Math.floor(next() * seps.length)]!;
    }
    return text;
  });
}

function record(): Record<string, string[]> {
  const detector = createDetector();
  const out: Record<string, string[]> = {};
  for (const item of items()) {
    if (item.page) {
      out[`corpus/${item.id}`] = [
        `scanPage: ${line(detector.scanPage({ ...item.page }))}`,
        ...everyKind(detector, pageText({ ...item.page })),
      ];
    } else if (item.messages) {
      const chat = detector.conversation();
      out[`corpus/${item.id}`] = item.messages.flatMap(([dir, text], i) => [
        `#${i} ${dir} conversation: ${line(
          dir === 'ui'
            ? chat.scan({ text, kind: 'ui' })
            : chat.scan({ text, kind: 'chat', direction: dir === 'out' ? 'outgoing' : 'incoming' }),
        )}`,
        ...everyKind(detector, text).map((l) => `#${i} ${l}`),
      ]);
    } else {
      out[`corpus/${item.id}`] = everyKind(detector, item.text!);
    }
  }
  for (const rule of RULES) {
    for (const [which, texts] of Object.entries(rule.examples)) {
      texts.forEach((text: string, i: number) => {
        out[`rule/${rule.id}/${which}/${i}`] = everyKind(detector, text);
      });
    }
  }
  const phrases = extraPhrases(2000);
  const withPhrases = createDetector({ extraPhrases: phrases });
  phrases.forEach((p, i) => {
    out[`extra/${i}`] = everyKind(withPhrases, `ayo ${p.phrase} ya`);
  });
  salads(3000).forEach((text, i) => {
    out[`salad/${i}`] = [...everyKind(detector, text), ...everyKind(withPhrases, text).map((l) => `+2000 ${l}`)];
  });
  return out;
}

test('the engine gives the recorded results for the corpus, the rule examples, extra phrases and word salads', () => {
  const actual = record();
  if (process.env.UPDATE_GOLDEN) {
    fs.writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 0).replace(/\],"/g, '],\n"')}\n`);
  }
  const golden = JSON.parse(fs.readFileSync(GOLDEN, 'utf8')) as Record<string, string[]>;
  const keys = [...new Set([...Object.keys(golden), ...Object.keys(actual)])];
  const differing = keys.filter((k) => JSON.stringify(golden[k]) !== JSON.stringify(actual[k]));
  const shown = differing.slice(0, 10).map((k) => ({ key: k, golden: golden[k], actual: actual[k] }));
  expect({ differing: differing.length, first: shown }).toEqual({ differing: 0, first: [] });
});
