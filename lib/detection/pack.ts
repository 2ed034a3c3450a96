/**
 * The compiled rule pack: plain JSON (it is stored in `storage.local`), versioned, with a content hash. Big integer
 * tables travel as base64 of little-endian Int32 arrays; `loadTables` turns them back into typed arrays and hash
 * tables without recompiling anything.
 */

/** Bump when the layout below or the matcher's hashing changes; a stored pack of another format is ignored. */
export const PACK_FORMAT = 1;

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
  /** [h1, h2, value] per vocabulary entry; value > 0 is a word id, < 0 points into `seqs`. */
  vocab: string;
  /** Word ids that take Indonesian and Javanese affixes at run time. */
  inflect: string;
  /** Word sequences for aliases that stand for several words: [length, id, id, …] at each index. */
  seqs: string;
  /** Automaton states 1…n as [parent state, word id] pairs (state 0 is the root). */
  states: string;
  /** Failure link per state. */
  fail: string;
  /** Per state: first segments whose end is only remembered, as [node, length] pairs from `recOff[state]`. */
  recOff: string;
  recList: string;
  /** Per state: every other segment node ending there, as [node, length, parent or -1, gap] quads. */
  chkOff: string;
  chkList: string;
  /** Per segment node: NODE_KIDS | NODE_RULES | NODE_TWO. */
  nodeFlags: string;
  /** Rules a node completes: offsets (nodes + 1) into `nodeRules`. */
  nodeRuleOff: string;
  nodeRules: string;
  /** Word names by id, only when compiled for the CLI (`withNames`). */
  names?: string[];
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

export interface PackTables {
  vk1: Int32Array;
  vk2: Int32Array;
  vv: Int32Array;
  vmask: number;
  inflect: Uint8Array;
  seqs: Int32Array;
  root: Int32Array;
  gs: Int32Array;
  gw: Int32Array;
  gt: Int32Array;
  gmask: number;
  fail: Int32Array;
  recOff: Int32Array;
  recList: Int32Array;
  chkOff: Int32Array;
  chkList: Int32Array;
  /** NODE_KIDS | NODE_RULES | NODE_TWO per segment node. */
  nodeFlags: Int32Array;
  nodeRuleOff: Int32Array;
  nodeRules: Int32Array;
  ruleCtx: Int32Array;
  phoneId: number;
  numberId: number;
  pronouns: Int32Array;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeInts(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(new Int32Array(Array.from(values)).buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  return out;
}

const B64_INDEX = new Uint8Array(128);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function decodeInts(text: string): Int32Array {
  const length = Math.floor((text.length / 4) * 3) & ~3;
  const bytes = new Uint8Array(length + 3);
  for (let i = 0, o = 0; i < text.length; i += 4, o += 3) {
    const n =
      (B64_INDEX[text.charCodeAt(i)]! << 18) |
      (B64_INDEX[text.charCodeAt(i + 1)]! << 12) |
      (B64_INDEX[text.charCodeAt(i + 2)]! << 6) |
      B64_INDEX[text.charCodeAt(i + 3)]!;
    bytes[o] = n >> 16;
    bytes[o + 1] = (n >> 8) & 255;
    bytes[o + 2] = n & 255;
  }
  return new Int32Array(bytes.buffer, 0, length / 4);
}

function capacity(entries: number): number {
  let c = 16;
  while (c < entries * 2) c *= 2;
  return c;
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
    typeof p.vocab === 'string' &&
    typeof p.states === 'string'
  );
}

/** Rebuilds the hash tables from the pack's lists; linear in the pack's size. */
export function loadTables(pack: DetectionPack): PackTables {
  const vocab = decodeInts(pack.vocab);
  const vcap = capacity(vocab.length / 3);
  const vmask = vcap - 1;
  const vk1 = new Int32Array(vcap);
  const vk2 = new Int32Array(vcap);
  const vv = new Int32Array(vcap);
  for (let i = 0; i < vocab.length; i += 3) {
    const h1 = vocab[i]!;
    const h2 = vocab[i + 1]!;
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & vmask;
    while (vv[slot] !== 0) slot = (slot + 1) & vmask;
    vk1[slot] = h1;
    vk2[slot] = h2;
    vv[slot] = vocab[i + 2]!;
  }
  const inflect = new Uint8Array(pack.words + 1);
  for (const id of decodeInts(pack.inflect)) inflect[id] = 1;
  const states = decodeInts(pack.states);
  const root = new Int32Array(pack.words + 1);
  const gcap = capacity(states.length / 2);
  const gmask = gcap - 1;
  const gs = new Int32Array(gcap);
  const gw = new Int32Array(gcap);
  const gt = new Int32Array(gcap);
  for (let i = 0; i < states.length; i += 2) {
    const from = states[i]!;
    const word = states[i + 1]!;
    const to = i / 2 + 1;
    if (from === 0) {
      root[word] = to;
      continue;
    }
    let slot = (Math.imul(from, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) & gmask;
    while (gs[slot] !== 0) slot = (slot + 1) & gmask;
    gs[slot] = from;
    gw[slot] = word;
    gt[slot] = to;
  }
  const nodeRuleOff = decodeInts(pack.nodeRuleOff);
  const nodeFlags = decodeInts(pack.nodeFlags);
  return {
    vk1,
    vk2,
    vv,
    vmask,
    inflect,
    seqs: decodeInts(pack.seqs),
    root,
    gs,
    gw,
    gt,
    gmask,
    fail: decodeInts(pack.fail),
    recOff: decodeInts(pack.recOff),
    recList: decodeInts(pack.recList),
    chkOff: decodeInts(pack.chkOff),
    chkList: decodeInts(pack.chkList),
    nodeFlags,
    nodeRuleOff,
    nodeRules: decodeInts(pack.nodeRules),
    ruleCtx: Int32Array.from(pack.rules.ctx),
    phoneId: pack.phoneId,
    numberId: pack.numberId,
    pronouns: Int32Array.from(pack.pronouns),
  };
}
