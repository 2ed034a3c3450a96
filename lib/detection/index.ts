/**
 * The detection engine's public door (docs/engine.md#the-door, issue #3).
 *
 *   rules/*.ts + lexicon.ts + extra phrases ─▶ compilePack (once) ─▶ DetectionPack (JSON, versioned, hashed)
 *        ─▶ detectorFromPack ─▶ Detector { scan, scanPage, conversation }
 *
 * `createDetector()` does both steps and is the door for Node, tests and the CLI. The per-page script never
 * compiles: the background stores the pack (`entrypoints/background/detection-pack.ts`) and the page loads it
 * with `detectorFromPack` from `./runtime`, which carries no rules and no compiler.
 *
 * Pure TypeScript: no DOM, no browser APIs, no Node APIs; the same code runs in the page, the background, the CLI
 * and the tests.
 */
import { compilePack } from './compile';
import { LEXICON } from './lexicon';
import { createMatcher } from './matcher';
import type { DetectionPack } from './pack';
import { RULES } from './rules';
import { detectorFromPack } from './runtime';
import type { Detector, DetectorOptions, ExtraPhrase } from './types';

export * from './types';
export { detectorFromPack, pageText } from './runtime';
export { isPack, PACK_FORMAT, type DetectionPack } from './pack';

/**
 * Compiles the built-in rules and lexicon plus the parent's or school's extra phrases into a pack.
 * @example const pack = buildPack([{ category: 'gifts', phrase: 'skin gratis' }]); JSON.stringify(pack)
 */
export function buildPack(extraPhrases: readonly ExtraPhrase[] = []): DetectionPack {
  return compilePack({ rules: RULES, lexicon: LEXICON, extraPhrases });
}

/**
 * Compiles the built-in rules (plus any extra phrases) once and returns a detector to scan many texts.
 * @example createDetector().scan({ text: 'jangan bilang ortu ya', kind: 'chat' }).categories // ['secrecy']
 */
export function createDetector(options: DetectorOptions = {}): Detector {
  return detectorFromPack(buildPack(options.extraPhrases));
}

/**
 * The words the matcher sees in `text` after normalisation, abbreviations and suffixes (`·` = not in any rule):
 * the rule author's view, printed by `npm run scan -- --tokens`.
 * @example explainWords('jgn blg mamamu') // ['jangan', 'bilang', 'ortu', 'kamu']
 */
export function explainWords(text: string, extraPhrases: readonly ExtraPhrase[] = []): string[] {
  const pack = compilePack({ rules: RULES, lexicon: LEXICON, extraPhrases, withNames: true });
  const trace: number[] = [];
  createMatcher(pack).run(text, 31, trace);
  return trace.map((id) => (id === 0 ? '·' : pack.names![id]!));
}
