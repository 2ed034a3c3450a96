/**
 * The compiled rule pack: plain JSON (the background stores it in `storage.local`), versioned, with a content hash.
 * Its tables are ready to use: loading one is a single native typed-array copy, no decoding and no hashing, so the
 * per-page script starts in well under 2 ms.
 */

/** Bump when the layout below or the matcher's hashing changes; a stored pack of another format is ignored. */
export const PACK_FORMAT = 3;

/** The `storage.local` key under which the background keeps the compiled pack for the per-page script. */
export const DETECTION_PACK_KEY = 'detectionPack';

export interface DetectionPack {
  format: number;
  /** Hash of everything below: the background compares it to skip needless rewrites. */
  hash: string;
  /** Rule table, one entry per rule (built-in, extra phrase, `unless` pattern or education cue). */
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
  /** Word ids 1..words; the automaton's alphabet. */
  words: number;
  phoneId: number;
  numberId: number;
  /** Slots − 1 of the vocabulary table and of the automaton's transition table (powers of two). */
  vmask: number;
  dmask: number;
  /**
   * The matcher's tables, one after the other, `sizes[k]` numbers each (`createMatcher` names them):
   *  0. vocabulary, `vmask + 1` slots of [hash, tail, value]: value > 0 a word id, < 0 an alias (index into 13),
   *     0 an empty slot;
   *  1. automaton transitions from the root, by word id;
   *  2. every other transition that does not lead where the root's would, `dmask + 1` slots of [state, word, next]
   *     (failure links are folded in at compile time, except for "hub" states, see 3);
   *  3. per state: the state to probe next when its own transitions miss (0: the root's);
   *  4, 5. per state: offsets into 5, a list of [node, length]: first segments whose end is only remembered;
   *  6, 7. per state: offsets into 7, a list of [parent or -1, length + gap, length, node]: every other segment node
   *     ending there, which counts when its parent ended at most `gap` words before it began;
   *  8. per segment node: NODE_KIDS | NODE_RULES | NODE_TWO, and in bits 3–7 the contexts of the rules it completes;
   *  9, 10. per node: offsets into 10, the rules it completes;
   *  11. per rule: its contexts (CONTEXT_BITS);
   *  12. per word id: 1 when it takes Indonesian and Javanese affixes at run time;
   *  13. aliases that stand for several words: [length, id, id, …];
   *  14. the word ids suffixes add: kamu (-mu), aku (-ku, ku-, tak-), nya (-nya).
   */
  tables: number[];
  sizes: number[];
  /** Word names by id, only when compiled for the CLI (`withNames`). */
  names?: string[];
  /** Set by the background: a hash of what the pack was compiled from (rules, lexicon, extra phrases). */
  source?: string;
}

export const EDUCATION = 255;
/** Segment node flags: longer patterns continue from it; it completes rules; a child may start inside it. */
export const NODE_KIDS = 1;
export const NODE_RULES = 2;
export const NODE_TWO = 4;
export const FLAG_WEAK = 1;
export const FLAG_UNLESS = 2;

/** Context bits: chat 1, page 2, search 4, typed 8, ui 16. */
export const CONTEXT_BITS = { chat: 1, page: 2, search: 4, typed: 8, ui: 16 } as const;

/** Whether a stored value looks like a pack this engine can load (no schema library in the page). */
export function isPack(value: unknown): value is DetectionPack {
  const p = value as DetectionPack | null;
  return (
    !!p &&
    typeof p === 'object' &&
    p.format === PACK_FORMAT &&
    typeof p.hash === 'string' &&
    !!p.rules &&
    Array.isArray(p.rules.id) &&
    Array.isArray(p.tables) &&
    Array.isArray(p.sizes) &&
    p.sizes.length === 15
  );
}
