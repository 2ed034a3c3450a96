/**
 * The engine section of `npm run bench` (issue #3): throughput of the full pack, with 2,000 and 10,000 extra
 * phrases, on 100 KB, 1 MB and 10 MB of mixed chat/page text; compile time; pack size; heap; bad input; and two
 * references on the same text: one RegExp alternation of the same phrases, and a plain loop over the char codes.
 */
import { execFileSync } from 'node:child_process';
import { buildPack, detectorFromPack, type Detector, type ExtraPhrase } from '../../lib/detection';
import { RULES } from '../../lib/detection/rules';
import { parsePattern } from '../../lib/detection/pattern';
import { bestMs, cpuMs, type BenchRow } from './rows';
import { benchText, rng } from './text';

const MB = 1_000_000;

/** Local-slang-like phrases a parent or school might add: two or three words, mostly unusual ones. */
export function extraPhrases(count: number, seed = 7): ExtraPhrase[] {
  const syllables = [
    'ka',
    'ri',
    'mo',
    'tu',
    'lan',
    'sa',
    'pe',
    'do',
    'gi',
    'ra',
    'bu',
    'ne',
    'ko',
    'ta',
    'ja',
    'wi',
    'ng',
    'ce',
  ];
  const common = ['mau', 'kasih', 'gratis', 'ayo', 'sini', 'nanti', 'kirim', 'main', 'yuk', 'dong'];
  const categories = ['gifts', 'secrecy', 'meet_offline', 'sexual_request', 'move_private', 'vpn_bypass'] as const;
  const next = rng(seed);
  const word = () => {
    if (next() < 0.25) return common[Math.floor(next() * common.length)]!;
    let w = '';
    const n = 2 + Math.floor(next() * 2);
    for (let i = 0; i < n; i++) w += syllables[Math.floor(next() * syllables.length)];
    return w;
  };
  return Array.from({ length: count }, () => ({
    category: categories[Math.floor(next() * categories.length)]!,
    phrase: Array.from({ length: 2 + Math.floor(next() * 2) }, word).join(' '),
  }));
}

/** The plain phrases behind the pack, for the RegExp reference: each pattern with its first alternatives, no gaps. */
function plainPhrases(extra: readonly ExtraPhrase[]): string[] {
  const phrases = RULES.flatMap((r) => r.patterns).map((p) =>
    parsePattern(p)
      .segments.flatMap((s) => s.positions.map((alts) => alts[0]!.replace(/_/g, ' ')))
      .join(' ')
      .replace(/[{}]/g, ''),
  );
  return [...phrases, ...extra.map((e) => e.phrase)];
}

/** What most code would do: one case-insensitive alternation of the phrases, run over the raw text. */
export function alternationOf(extra: readonly ExtraPhrase[]): { alternation: RegExp; phrases: number } {
  const escaped = plainPhrases(extra).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { alternation: new RegExp(escaped.join('|'), 'gi'), phrases: escaped.length };
}

/** Runs a RegExp alternation over all of `text`, finding every match (what the reference measures). */
export function runAlternation(alternation: RegExp, text: string): void {
  alternation.lastIndex = 0;
  while (alternation.exec(text)) {
    // count nothing: the scan is what is measured
  }
}

/** The ceiling: a plain loop that hashes the text's char codes (issue #16's reference), as tight as it gets. */
export function charLoop(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

function throughput(detector: Detector, text: string, runs: number): number {
  const ms = bestMs(() => detector.scan({ text, kind: 'page' }), runs);
  return text.length / MB / (ms / 1000);
}

export async function engineRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  const extra2k = extraPhrases(2000);
  const extra10k = extraPhrases(10_000);

  // Compile time and size.
  for (const [label, extra] of [
    ['full pack', []],
    ['+ 2,000 phrases', extra2k],
    ['+ 10,000 phrases', extra10k],
  ] as const) {
    buildPack(extra);
    const ms = bestMs(() => buildPack(extra), 3);
    rows.push({ group: 'engine', metric: `compile ${label}`, value: ms, unit: 'ms' });
    rows.push({
      group: 'engine',
      metric: `pack size ${label} (JSON)`,
      value: JSON.stringify(buildPack(extra)).length / 1024,
      unit: 'KB',
    });
  }

  // Heap of the loaded default pack (typed arrays, hash tables and matcher state).
  const pack = buildPack();
  if (gc) {
    gc();
    const before = process.memoryUsage();
    const detector = detectorFromPack(pack);
    detector.scan({ text: 'warm up', kind: 'chat' });
    gc();
    const after = process.memoryUsage();
    const bytes = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
    rows.push({
      group: 'engine',
      metric: 'heap of the loaded default pack',
      value: bytes / 1024 / 1024,
      unit: 'MB',
      budget: '≤ 2 MB',
      ok: bytes <= 2 * 1024 * 1024,
    });
  } else {
    rows.push({ group: 'engine', metric: 'heap (run with node --expose-gc)', value: NaN, unit: 'MB' });
  }

  // Throughput.
  const detectors = {
    'full pack': detectorFromPack(pack),
    '+ 2,000 phrases': detectorFromPack(buildPack(extra2k)),
    '+ 10,000 phrases': detectorFromPack(buildPack(extra10k)),
  };
  const texts = { '100 KB': benchText(100_000), '1 MB': benchText(MB), '10 MB': benchText(10 * MB) };
  for (const [packLabel, detector] of Object.entries(detectors)) {
    for (const [sizeLabel, text] of Object.entries(texts)) {
      const runs = text.length > 5 * MB ? 3 : 10;
      rows.push({
        group: 'engine',
        metric: `scan ${sizeLabel}, ${packLabel}`,
        value: throughput(detector, text, runs),
        unit: 'MB/s',
      });
    }
  }
  const dense = benchText(MB, 1, true);
  rows.push({
    group: 'engine',
    metric: 'scan 1 MB of corpus texts only, + 2,000 phrases',
    value: throughput(detectors['+ 2,000 phrases'], dense, 10),
    unit: 'MB/s',
  });

  // The bars (issue #16): the engine against a RegExp alternation of the same phrases and a plain char-code loop, on
  // the same 1 MB with the full pack + 2,000 phrases, the time per 60-character chat message, and the planted extra
  // phrases found, measured side by side in a process that holds one detector, as a page does (`reference.ts`).
  const bars = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/reference.ts'], { encoding: 'utf8' }),
  ) as {
    engine: number;
    regex: number;
    loop: number;
    phrases: number;
    messageUs: number;
    planted: number;
    plantedOf: number;
  };
  const text = texts['1 MB'];
  const { alternation: alternation10k, phrases: phrases10k } = alternationOf(extra10k);
  const regex10kMs = bestMs(() => runAlternation(alternation10k, text), 2);
  rows.push(
    { group: 'reference', metric: 'engine, 1 MB, + 2,000 phrases (one detector)', value: bars.engine, unit: 'MB/s' },
    {
      group: 'reference',
      metric: `RegExp alternation of the same ${bars.phrases} phrases`,
      value: bars.regex,
      unit: 'MB/s',
    },
    { group: 'reference', metric: 'plain loop over char codes (h = h * 31 + c)', value: bars.loop, unit: 'MB/s' },
    {
      group: 'bars',
      metric: 'engine ÷ RegExp alternation',
      value: bars.engine / bars.regex,
      unit: '×',
      budget: '≥ 20×',
      ok: bars.engine / bars.regex >= 20,
    },
    {
      group: 'bars',
      metric: 'engine ÷ char-code loop',
      value: (bars.engine / bars.loop) * 100,
      unit: '%',
      budget: '≥ 30 %',
      ok: bars.engine / bars.loop >= 0.3,
    },
    {
      group: 'bars',
      metric: 'one 60-character chat message',
      value: bars.messageUs,
      unit: 'µs',
      budget: '≤ 0.8 µs',
      ok: bars.messageUs <= 0.8,
    },
    {
      group: 'bars',
      metric: 'planted extra phrases found',
      value: (bars.planted / bars.plantedOf) * 100,
      unit: `% of ${bars.plantedOf}`,
      budget: '≥ 95 %',
      ok: bars.planted / bars.plantedOf >= 0.95,
    },
    {
      group: 'reference',
      metric: 'engine, same scan, in this process (3 detectors)',
      value: throughput(detectors['+ 2,000 phrases'], text, 15),
      unit: 'MB/s',
    },
    // An alternation slows down as phrases are added; the automaton does not.
    {
      group: 'reference',
      metric: `RegExp alternation of ${phrases10k} phrases (+ 10,000)`,
      value: text.length / MB / (regex10kMs / 1000),
      unit: 'MB/s',
    },
    {
      group: 'reference',
      metric: 'engine, 1 MB, + 10,000 phrases',
      value: throughput(detectors['+ 10,000 phrases'], text, 10),
      unit: 'MB/s',
    },
  );

  // Bad input: no throw, linear time.
  const full = detectors['+ 2,000 phrases'];
  const bad: [string, string][] = [
    ['50 MB of text', benchText(50 * MB)],
    ['1 MB binary-looking', Array.from({ length: MB }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['100,000 repeated characters', 'a'.repeat(100_000)],
    ['1 MB of one repeated phrase', 'pap dong '.repeat(MB / 9)],
    ['1 MB HTML-looking', '<div class="msg"><b>hai</b> &nbsp; <a href="#">link</a></div>\n'.repeat(MB / 60)],
    ['1 MB lone surrogates and RTL marks', '\ud800\u202ex\u200f '.repeat(MB / 5)],
  ];
  for (const [label, input] of bad) {
    const ms = cpuMs(() => full.scan({ text: input, kind: 'page' }));
    rows.push({ group: 'bad input', metric: label, value: ms, unit: 'ms' });
  }
  return rows;
}
