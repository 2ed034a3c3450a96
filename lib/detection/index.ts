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
import { compilePack, hashHex } from './compile';
import type { PhraseProblem } from './extra-phrases';
import { LEXICON } from './lexicon';
import { wordIds } from './matcher';
import { PACK_FORMAT, type DetectionPack } from './pack';
import { RULES } from './rules';
import { detectorFromPack } from './runtime';
import type { Detector, DetectorOptions, ExtraPhrase } from './types';

export * from './types';
export { detectorFromPack, pageText } from './runtime';
export { isPack, PACK_FORMAT, SHIPPED_PACK_FILE, type DetectionPack } from './pack';
export { checkExtraPhrases, phraseProblem, PHRASE_PROBLEMS, type PhraseProblem } from './extra-phrases';

/**
 * Compiles the built-in rules and lexicon plus the parent's or school's extra phrases into a pack; a phrase the
 * engine cannot read is skipped (and told to `onSkippedPhrase`), never a reason for the built-in rules to stop.
 * @example const pack = buildPack([{ category: 'gifts', phrase: 'skin gratis' }]); JSON.stringify(pack)
 */
export function buildPack(
  extraPhrases: readonly ExtraPhrase[] = [],
  onSkippedPhrase?: (problem: PhraseProblem) => void,
): DetectionPack {
  return compilePack({ rules: RULES, lexicon: LEXICON, extraPhrases, onSkippedPhrase });
}

/**
 * A hash of everything a pack is compiled from (format, rules, lexicon, extra phrases): a stored or shipped pack
 * carries it as `source`, and one whose source differs from the current one is compiled again.
 * @example packSource([]) === shippedPack().source // true
 */
export function packSource(extraPhrases: readonly ExtraPhrase[]): string {
  return hashHex(JSON.stringify([PACK_FORMAT, RULES, LEXICON, extraPhrases]));
}

/**
 * The built-in pack as the build ships it (`SHIPPED_PACK_FILE`): compiled once at build time, so the first run after
 * install answers at once; the background compiles only when there are extra phrases.
 * @example shippedPack().source === packSource([]) // true
 */
export function shippedPack(): DetectionPack {
  return { ...buildPack(), source: packSource([]) };
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
  return wordIds(pack, text).map((id) => (id === 0 ? '·' : pack.names![id]!));
}
