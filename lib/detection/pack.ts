/**
 * The compiled rule pack: plain JSON (the background stores it in `storage.local`; the build ships the built-in one
 * as `detection-pack.json`), versioned, with a content hash. Its tables are ready to use: loading one is a native
 * typed-array copy per table, no decoding and no hashing, so the per-page script starts in well under 2 ms.
 */

/** Bump when the layout below or the matcher's hashing changes; a stored pack of another format is ignored. */
export const PACK_FORMAT = 4;

/** The built-in pack in the build's output (`shippedPack()`, written by the `wxt build` hook). */
export const SHIPPED_PACK_FILE = 'detection-pack.json';

/** The `storage.local` key under which the background keeps the compiled pack for the per-page script. */
export const DETECTION_PACK_KEY = 'detectionPack';

/**
 * The matcher's tables (`lexer.ts`, `words.ts`, `automaton.ts` read them). A "state" is a state of the automaton
 * over word ids; a "node" is a pattern segment (the words between two gaps).
 */
export interface PackTables {
  /** The vocabulary, a power of two of slots of [hash, tail, value]: a word id (> 0), an alias (< 0, the negated
   * index into `aliases`), or 0 (an empty slot). */
  vocabulary: number[];
  /** Per word id: where the root moves on it (0: nowhere). */
  rootMoves: number[];
  /** Every other transition that leads elsewhere than the root's would, a power of two of slots of [state, word,
   * next]; failure links are folded in at compile time, except for hub states (`fallbacks`). */
  moves: number[];
  /** Per state: the state whose transitions to try when its own miss (0: the root's row). */
  fallbacks: number[];
  /** Per state: offsets into `firstEnds`, a list of [node, length]: first segments whose end is only remembered. */
  firstEndsAt: number[];
  firstEnds: number[];
  /** Per state: offsets into `segmentEnds`, a list of [parent or -1, length + gap, length, node]: every other node
   * ending there, which counts when its parent ended at most `gap` words before it began. */
  segmentEndsAt: number[];
  segmentEnds: number[];
  /** Per node: NODE_KIDS | NODE_RULES | NODE_TWO (`automaton.ts`), and in bits 3–7 the contexts of its rules. */
  nodeFlags: number[];
  /** Per node: offsets into `nodeRules`, the rules it completes. */
  nodeRulesAt: number[];
  nodeRules: number[];
  /** Per rule: its contexts (CONTEXT_BITS). */
  ruleContexts: number[];
  /** Per word id: 1 when it takes Indonesian and Javanese affixes at run time. */
  inflects: number[];
  /** Aliases that stand for several words: [length, id, id, …]. */
  aliases: number[];
  /** The word ids affixes add: kamu (-mu), aku (-ku, ku-, tak-), nya (-nya) (`affixes.ts` PRONOUNS). */
  pronouns: number[];
}

/** The tables as the matcher holds them: one native copy each. */
export type LoadedTables = { [K in keyof PackTables]: Int32Array };

/** Every table of `PackTables`: a stored pack with fewer is not loaded (`isPack`). */
const TABLE_NAMES = [
  'vocabulary',
  'rootMoves',
  'moves',
  'fallbacks',
  'firstEndsAt',
  'firstEnds',
  'segmentEndsAt',
  'segmentEnds',
  'nodeFlags',
  'nodeRulesAt',
  'nodeRules',
  'ruleContexts',
  'inflects',
  'aliases',
  'pronouns',
] as const satisfies readonly (keyof PackTables)[];

export interface DetectionPack {
  format: number;
  /** Hash of everything below: the background compares it to skip needless rewrites. */
  hash: string;
  /** Rule table, one entry per rule and context group (built-in, extra phrase, `unless` pattern, education cue). */
  rules: {
    id: string[];
    /** Index into CATEGORIES, or EDUCATION. */
    cat: number[];
    /** 1 low, 2 medium, 3 high. */
    sev: number[];
    /** FLAG_* bits. */
    flags: number[];
    /** For an `unless` pattern: the rule it cancels; otherwise -1. */
    of: number[];
  };
  /** Word ids 1..words ({phone} is 1, {number} 2); the automaton's alphabet. */
  words: number;
  tables: PackTables;
  /** Word names by id, only when compiled for the CLI (`withNames`). */
  names?: string[];
  /** Set by the background and the build: a hash of what the pack was compiled from (`packSource`). */
  source?: string;
}

export const EDUCATION = 255;
export const FLAG_WEAK = 1;
export const FLAG_UNLESS = 2;

/** Context bits: chat 1, page 2, search 4, typed 8, ui 16. */
export const CONTEXT_BITS = { chat: 1, page: 2, search: 4, typed: 8, ui: 16 } as const;

/**
 * Whether a stored value looks like a pack this engine can load (no schema library in the page).
 * @example isPack(JSON.parse(JSON.stringify(buildPack()))) // true
 */
export function isPack(value: unknown): value is DetectionPack {
  const p = value as Partial<DetectionPack> | null;
  return (
    p?.format === PACK_FORMAT &&
    Array.isArray(p.rules?.id) &&
    Object.values(p.tables ?? {}).filter(Array.isArray).length === TABLE_NAMES.length
  );
}
