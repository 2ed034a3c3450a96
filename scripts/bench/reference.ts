/**
 * The bars of issue #3, measured in a process of their own: the engine with the full pack + 2,000 extra phrases on
 * 1 MB, a RegExp alternation of the same phrases, and a plain loop over the char codes, all on the same text.
 *
 * Why its own process: a page holds one detector, and V8 optimises the engine's functions for the one detector it
 * has seen. A process that has created several detectors (the main bench, the background) runs the same scan about
 * a tenth slower; `engineRows` prints that figure too. Here the three are measured in turns, round after round, so
 * a busy moment on the shared machine slows all of them alike; each figure is the best CPU time of its runs.
 *
 * Prints one JSON line: { engine, regex, loop, phrases } (MB/s, and the number of phrases in the alternation).
 */
import { buildPack, detectorFromPack } from '../../lib/detection';
import { alternationOf, charLoop, extraPhrases } from './engine';
import { bestMs } from './rows';
import { benchText } from './text';

const MB = 1_000_000;
const ROUNDS = 5;

const detector = detectorFromPack(buildPack(extraPhrases(2000)));
const text = benchText(MB);
const { alternation, phrases } = alternationOf(extraPhrases(2000));
const scan = () => detector.scan({ text, kind: 'page' });
const regex = () => {
  alternation.lastIndex = 0;
  while (alternation.exec(text)) {
    // count nothing: the scan is what is measured
  }
};
const loop = () => charLoop(text);

let engineMs = Infinity;
let regexMs = Infinity;
let loopMs = Infinity;
for (let round = 0; round < ROUNDS; round++) {
  engineMs = Math.min(engineMs, bestMs(scan, 5));
  regexMs = Math.min(regexMs, bestMs(regex, 1));
  loopMs = Math.min(loopMs, bestMs(loop, 5));
}
const rate = (ms: number) => text.length / MB / (ms / 1000);
console.log(
  JSON.stringify({
    engine: rate(engineMs),
    regex: rate(regexMs),
    loop: rate(loopMs),
    phrases,
  }),
);
