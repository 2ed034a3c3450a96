/**
 * The compiled rule pack: plain JSON (the background stores it in `storage.local`), versioned, with a content hash.
 * Its tables are ready to use: loading one is a few native typed-array copies, no decoding and no hashing, so the
 * per-page script starts in well under 2 ms.
 */

/** Bump when the layout below or the matcher's hashing changes; a stored pack of another format is ignored. */
export const PACK_FORMAT = 2;

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
    /** Bit mask of contexts (CONTEXT_BITS). */
    ctx: number[];
    /** FLAG_* bits. */
    flags: number[];
    /** For an `unless` pattern: the rule it cancels; otherwise -1. */
    of: number[];
  };
  /** Word ids 1..words; the automaton's alphabet. */
  words: number;
  phoneId: number;
  numberId: number;
  /** Word ids that suffixes add: kamu (-mu), aku (-ku, ku-, tak-), nya (-nya). */
  pronouns: number[];
  /** Vocabulary hash table (open addressing, `vmask + 1` slots of three: both hashes of a word and its value: > 0 a
   *  word id, < 0 an index into `seqs`, 0 an empty slot). */
  vmask: number;
  voc: number[];
  /** 1 for word ids that take Indonesian and Javanese affixes at run time (indexed by word id). */
  inflect: number[];
  /** Word sequences for aliases that stand for several words: [length, id, id, …] at each index. */
  seqs: number[];
  /**
   * The word automaton as a DFA: transitions from the root by word id (`root`), and a hash table (`dmask + 1` slots
   * of three: state, word, next state) of every transition from another state that does not lead where the root's
   * would. Failure links are folded in at compile time, so a word costs one probe.
   */
  root: number[];
  dmask: number;
  dfa: number[];
  /** Per state: where to probe next when its own transitions miss (0: take the root's). */
  fail: number[];
  /** Per state: first segments whose end is only remembered, as [node, length] pairs from `recOff[state]`. */
  recOff: number[];
  recList: number[];
  /**
   * Per state: every other segment node ending there, as [parent or -1, length + gap, length, node] quads: it counts
   * when its parent ended at most `gap` words before it began (the matcher checks `length + gap` first).
   */
  chkOff: number[];
  chkList: number[];
  /** Per segment node: NODE_KIDS | NODE_RULES | NODE_TWO. */
  nodeFlags: number[];
  /** Rules a node completes: offsets (nodes + 1) into `nodeRules`. */
  nodeRuleOff: number[];
  nodeRules: number[];
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

/** The pack's tables as typed arrays, as the matcher uses them. */
export interface PackTables {
  voc: Int32Array;
  vmask: number;
  inflect: Uint8Array;
  seqs: Int32Array;
  root: Int32Array;
  dfa: Int32Array;
  dmask: number;
  fail: Int32Array;
  recOff: Int32Array;
  recList: Int32Array;
  chkOff: Int32Array;
  chkList: Int32Array;
  nodeFlags: Int32Array;
  nodeRuleOff: Int32Array;
  nodeRules: Int32Array;
  ruleCtx: Int32Array;
  phoneId: number;
  numberId: number;
  pronouns: Int32Array;
}

/** Open-addressing slot of a vocabulary entry (shared by the compiler that fills the table and the matcher). */
export function vocabSlot(h1: number, h2: number, mask: number): number {
  return (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
}

/** Open-addressing slot of an automaton transition. */
export function gotoSlot(state: number, word: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) & mask;
}

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
    Array.isArray(p.voc) &&
    Array.isArray(p.chkList)
  );
}

/** The pack's tables as typed arrays: native copies only, linear in the pack's size. */
export function loadTables(p: DetectionPack): PackTables {
  const i32 = (a: number[]) => Int32Array.from(a);
  return {
    voc: i32(p.voc),
    vmask: p.vmask,
    inflect: Uint8Array.from(p.inflect),
    seqs: i32(p.seqs),
    root: i32(p.root),
    dfa: i32(p.dfa),
    dmask: p.dmask,
    fail: i32(p.fail),
    recOff: i32(p.recOff),
    recList: i32(p.recList),
    chkOff: i32(p.chkOff),
    chkList: i32(p.chkList),
    nodeFlags: i32(p.nodeFlags),
    nodeRuleOff: i32(p.nodeRuleOff),
    nodeRules: i32(p.nodeRules),
    ruleCtx: i32(p.rules.ctx),
    phoneId: p.phoneId,
    numberId: p.numberId,
    pronouns: i32(p.pronouns),
  };
}
