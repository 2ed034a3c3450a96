/**
 * The bars of issues #3 and #16, measured side by side in one process of their own, on the same 1 MB of mixed chat
 * text with the full pack + 2,000 extra phrases: the engine, a RegExp alternation of the same phrases, a plain loop
 * over the char codes (`h = (h * 31 + c) | 0`), the time per 60-character chat message, and how many of the 2,000
 * extra phrases are found when planted in chat messages.
 *
 * Why its own process: a page holds one detector, and V8 optimises the engine's functions for the one detector it
 * has seen. A process that has created several detectors (the main bench, the background) runs the same scan a
 * little slower; `engineRows` prints that figure too. The three throughputs are measured in turns, round after
 * round, so a busy moment on the shared machine slows all of them alike; each is the best CPU time of its runs.
 *
 * Prints one JSON line: { engine, regex, loop (MB/s), phrases (in the alternation), messageUs, planted, plantedOf }.
 */
import { buildPack, detectorFromPack, type ExtraPhrase } from '../../lib/detection';
import { extraPhraseRule } from '../../lib/detection/extra-phrases';
import { alternationOf, charLoop, extraPhrases, runAlternation } from './engine';
import { bestMs } from './rows';
import { benchText } from './text';

const MB = 1_000_000;
const ROUNDS = 5;
/** The length of a typical chat message (issue #16). */
const MESSAGE = 60;

const extra = extraPhrases(2000);
const detector = detectorFromPack(buildPack(extra));
const text = benchText(MB);
const { alternation, phrases } = alternationOf(extra);
const scan = () => detector.scan({ text, kind: 'page' });
const regex = () => runAlternation(alternation, text);
const loop = () => charLoop(text);

/** The same text cut into chat messages of 60 characters, scanned one by one as a chat site delivers them. */
const messages: string[] = [];
for (let i = 0; i + MESSAGE <= text.length; i += MESSAGE) messages.push(text.slice(i, i + MESSAGE));
const chat = () => {
  for (const message of messages) detector.scan({ text: message, kind: 'chat' });
};

let engineMs = Infinity;
let regexMs = Infinity;
let loopMs = Infinity;
let chatMs = Infinity;
for (let round = 0; round < ROUNDS; round++) {
  engineMs = Math.min(engineMs, bestMs(scan, 5));
  regexMs = Math.min(regexMs, bestMs(regex, 1));
  loopMs = Math.min(loopMs, bestMs(loop, 5));
  chatMs = Math.min(chatMs, bestMs(chat, 3));
}

/**
 * Each extra phrase planted in the middle of a chat message (between two words), scanned in its category's first
 * context: found when a finding of its category covers it.
 */
function planted(list: readonly ExtraPhrase[]): number {
  let found = 0;
  list.forEach((p, i) => {
    const host = messages[(i * 7919) % messages.length]!;
    const cut = Math.max(0, host.indexOf(' ', MESSAGE / 2));
    const before = `${host.slice(0, cut)} `;
    const message = `${before}${p.phrase} ${host.slice(cut)}`;
    const kind = extraPhraseRule(p.category).contexts[0]!;
    const start = before.length;
    const end = start + p.phrase.length;
    const r = detector.scan({ text: message, kind });
    if (r.findings.some((f) => f.category === p.category && f.start < end && start < f.end)) found++;
  });
  return found;
}

const rate = (ms: number) => text.length / MB / (ms / 1000);
console.log(
  JSON.stringify({
    engine: rate(engineMs),
    regex: rate(regexMs),
    loop: rate(loopMs),
    phrases,
    messageUs: (chatMs * 1000) / messages.length,
    planted: planted(extra),
    plantedOf: extra.length,
  }),
);
