/**
 * The compiler's automaton steps: patterns ─▶ segment nodes (a trie of segments shared between patterns) ─▶ an
 * Aho–Corasick automaton over word ids ─▶ a DFA in the tables the matcher's `automaton.ts` reads.
 */
import { MAX_SPAN, NODE_KIDS, NODE_RULES, NODE_TWO, transitionHash } from './automaton';
import type { Vocabulary } from './compile-vocabulary';
import { parsePattern } from './pattern';

/** Past this many word sequences one segment's alternatives are too broad: split the rule. */
export const MAX_EXPANSION = 4096;
/** A state copies its failure state's transitions when that one has at most this many (see `dfaMoves`). */
const INHERIT_LIMIT = 8;

/** A pattern segment: the words between two gaps, as every word sequence its alternatives spell. */
export interface SegmentNode {
  /** The segment before it in its pattern, or -1 for a first segment. */
  parent: number;
  /** Up to this many other words may stand between the parent and this segment. */
  gap: number;
  /** The rules (entry indices) a pattern ending with this segment completes. */
  rules: number[];
  /** Whether longer patterns continue from it. */
  kids: boolean;
  sequences: number[][];
}

/** One segment of a pattern, before it joins the trie. */
interface Segment {
  gap: number;
  sequences: number[][];
}

/**
 * A pattern's segments as word-id sequences; throws when it has a position with no word, expands or spans too much.
 * @example patternSegments('kirim *1 foto', vocabulary) // [{ gap: 0, sequences: [[kirim]] }, { gap: 1, sequences: [[foto]] }]
 */
export function patternSegments(pattern: string, vocabulary: Vocabulary): Segment[] {
  const segments: Segment[] = [];
  let span = 0;
  for (const segment of parsePattern(pattern).segments) {
    let sequences: number[][] = [[]];
    for (const alternatives of segment.positions) {
      const options = alternatives.map((alt) => vocabulary.ids(alt)).filter((ids) => ids.length > 0);
      if (options.length === 0) throw new Error(`"${pattern}" has a position with no word`);
      const next: number[][] = [];
      for (const seq of sequences) for (const ids of options) next.push([...seq, ...ids]);
      sequences = next;
      if (sequences.length > MAX_EXPANSION) {
        throw new Error(`"${pattern}" expands to more than ${MAX_EXPANSION} word sequences`);
      }
    }
    span += segment.gap + Math.max(...sequences.map((s) => s.length));
    segments.push({ gap: segment.gap, sequences });
  }
  if (span > MAX_SPAN) throw new Error(`"${pattern}" spans more than ${MAX_SPAN} words`);
  return segments;
}

/**
 * Segment nodes: patterns that share their first segments (and gaps) share those nodes, so a common word like
 * "kamu" that starts many patterns is one output, not fifty.
 * @example const trie = new SegmentTrie(); trie.add(patternSegments(pattern, vocabulary), ruleIndex); trie.nodes
 */
export class SegmentTrie {
  readonly nodes: SegmentNode[] = [];
  private readonly keys = new Map<string, number>();

  add(segments: readonly Segment[], rule: number): void {
    let parent = -1;
    segments.forEach((segment, k) => {
      const key = `${parent}/${segment.gap}/${segment.sequences
        .map((s) => s.join(','))
        .sort()
        .join(';')}`;
      let node = this.keys.get(key);
      if (node === undefined) {
        node = this.nodes.length;
        this.keys.set(key, node);
        this.nodes.push({ parent, gap: segment.gap, rules: [], kids: false, sequences: segment.sequences });
      }
      if (parent >= 0) this.nodes[parent]!.kids = true;
      const rules = this.nodes[node]!.rules;
      if (k === segments.length - 1 && !rules.includes(rule)) rules.push(rule);
      parent = node;
    });
  }
}

interface TrieState {
  next: Map<number, number>;
  /** [segment node, sequence length] pairs ending here. */
  out: number[];
}

export interface Automaton {
  trie: TrieState[];
  /** States in breadth-first order (the root excluded). */
  order: number[];
  fail: Int32Array;
  /** Each state's outputs merged along its dictionary links: [node, length] pairs. */
  outputs: number[][];
}

/**
 * The Aho–Corasick automaton over word ids: the trie of every segment's sequences, failure and dictionary links.
 * @example dfaMoves(buildAutomaton(trie.nodes), vocabulary.names.length - 1)
 */
export function buildAutomaton(nodes: readonly SegmentNode[]): Automaton {
  const trie: TrieState[] = [{ next: new Map(), out: [] }];
  nodes.forEach((node, nodeId) => {
    for (const seq of node.sequences) {
      let state = 0;
      for (const word of seq) {
        let to = trie[state]!.next.get(word);
        if (to === undefined) {
          to = trie.length;
          trie.push({ next: new Map(), out: [] });
          trie[state]!.next.set(word, to);
        }
        state = to;
      }
      const out = trie[state]!.out;
      let seen = false;
      for (let i = 0; i < out.length; i += 2) if (out[i] === nodeId && out[i + 1] === seq.length) seen = true;
      if (!seen) out.push(nodeId, seq.length);
    }
  });
  const fail = new Int32Array(trie.length);
  const dictionary = new Int32Array(trie.length);
  const order: number[] = [...trie[0]!.next.values()];
  for (let q = 0; q < order.length; q++) {
    const state = order[q]!;
    for (const [word, to] of trie[state]!.next) {
      let f = fail[state]!;
      while (f !== 0 && !trie[f]!.next.has(word)) f = fail[f]!;
      const target = trie[f]!.next.get(word);
      fail[to] = target !== undefined && target !== to ? target : 0;
      order.push(to);
    }
    // Dictionary link: the nearest shorter suffix state that has outputs of its own.
    const f = fail[state]!;
    dictionary[state] = trie[f]!.out.length > 0 ? f : dictionary[f]!;
  }
  // Merged along the dictionary links, so the matcher never walks them.
  const outputs: number[][] = trie.map(() => []);
  for (const state of [0, ...order]) {
    outputs[state] = [...trie[state]!.out, ...(state ? outputs[dictionary[state]!]! : [])];
  }
  return { trie, order, fail, outputs };
}

/** A node needs two remembered ends when one of its children can start inside it ("kamu|di" then "di mana"). */
function twoEndNodes(nodes: readonly SegmentNode[]): boolean[] {
  const overlaps = (p: number[], q: number[]) => {
    for (let k = 1; k <= Math.min(p.length, q.length); k++) {
      if (p.slice(p.length - k).every((w, i) => w === q[i])) return true;
    }
    return false;
  };
  const two = nodes.map(() => false);
  nodes.forEach((child) => {
    if (child.parent < 0 || two[child.parent]) return;
    const parent = nodes[child.parent]!;
    two[child.parent] = parent.sequences.some((p) => child.sequences.some((q) => overlaps(p, q)));
  });
  return two;
}

/**
 * Per node: NODE_KIDS | NODE_RULES | NODE_TWO.
 * @example nodeFlagsOf(trie.nodes)[0] & NODE_RULES // a first node that completes a rule
 */
export function nodeFlagsOf(nodes: readonly SegmentNode[]): number[] {
  const two = twoEndNodes(nodes);
  return nodes.map(
    (node, i) => (node.kids ? NODE_KIDS : 0) | (node.rules.length ? NODE_RULES : 0) | (two[i] ? NODE_TWO : 0),
  );
}

/**
 * Each state's outputs split in two lists: first segments that only need their end remembered (the common case),
 * and every other segment, with what the matcher checks before it counts.
 * @example stateOutputs(automaton, trie.nodes, nodeFlagsOf(trie.nodes)).segmentEndsAt.length // states + 1
 */
export function stateOutputs(
  automaton: Automaton,
  nodes: readonly SegmentNode[],
  flags: readonly number[],
): { firstEndsAt: number[]; firstEnds: number[]; segmentEndsAt: number[]; segmentEnds: number[] } {
  const firstEndsAt: number[] = [0];
  const firstEnds: number[] = [];
  const segmentEndsAt: number[] = [0];
  const segmentEnds: number[] = [];
  for (const out of automaton.outputs) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < out.length; i += 2) {
      if (!pairs.some(([n, l]) => n === out[i] && l === out[i + 1])) pairs.push([out[i]!, out[i + 1]!]);
    }
    // Later nodes first: when one word ends a segment and its successor, the successor chains onto the earlier end.
    pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    for (const [node, length] of pairs) {
      const n = nodes[node]!;
      if (n.parent < 0 && flags[node] === NODE_KIDS) firstEnds.push(node, length);
      else segmentEnds.push(n.parent, length + n.gap, length, node);
    }
    firstEndsAt.push(firstEnds.length);
    segmentEndsAt.push(segmentEnds.length);
  }
  return { firstEndsAt, firstEnds, segmentEndsAt, segmentEnds };
}

/**
 * Slots for a hash table of `entries` at most half full: a power of two.
 * @example capacity(100) // 256
 */
function capacity(entries: number): number {
  let c = 16;
  while (c < entries * 2) c *= 2;
  return c;
}

/**
 * Rows of three ints as an open-addressing hash table at most half full, the layout the matcher probes: each row in
 * its home slot (`home(row) & (slots - 1)`) or the next free one after it. A row's last int is never 0; a slot whose
 * last int is 0 is free.
 * @example slotTable([[hash, tail, id]], ([hash, tail]) => vocabularySlot(hash, tail, -1)) // 16 slots × 3 ints
 */
export function slotTable(
  rows: readonly (readonly [number, number, number])[],
  home: (row: readonly [number, number, number]) => number,
): number[] {
  const slots = capacity(rows.length);
  const table = new Array<number>(slots * 3).fill(0);
  for (const row of rows) {
    let slot = home(row) & (slots - 1);
    while (table[slot * 3 + 2] !== 0) slot = (slot + 1) & (slots - 1);
    table[slot * 3] = row[0];
    table[slot * 3 + 1] = row[1];
    table[slot * 3 + 2] = row[2];
  }
  return table;
}

/**
 * The automaton as a DFA: δ(s, w) is goto(s, w) when the trie has it, else δ(fail(s), w). From the root it is a dense
 * row (`rootMoves`); from other states only the transitions that differ from the root's are stored, as slots of
 * [state, word, next], so a word costs one root lookup or one hash probe and the matcher never follows failure links.
 * A state inherits its failure state's transitions unless that one has many (a "hub" like the state after "mau",
 * which starts hundreds of phrases): copying those into every state ending in "mau" would blow the table up. Such
 * states keep a fallback (`fallbacks`) and the matcher probes once more there.
 * @example const { rootMoves, moves, fallbacks } = dfaMoves(buildAutomaton(trie.nodes), words)
 */
export function dfaMoves(
  automaton: Automaton,
  words: number,
): { rootMoves: number[]; moves: number[]; fallbacks: number[] } {
  const { trie, order, fail } = automaton;
  const rootMoves = new Array<number>(words + 1).fill(0);
  for (const [word, to] of trie[0]!.next) rootMoves[word] = to;
  const delta: Map<number, number>[] = trie.map(() => new Map());
  const fallbacks = new Array<number>(trie.length).fill(0);
  for (const state of order) {
    const f = fail[state]!;
    const own = new Map<number, number>();
    if (f !== 0 && fallbacks[f] === 0 && delta[f]!.size <= INHERIT_LIMIT) {
      for (const [word, to] of delta[f]!) own.set(word, to);
    } else fallbacks[state] = f;
    for (const [word, to] of trie[state]!.next) own.set(word, to);
    delta[state] = own;
  }
  const rows = order.flatMap((state) => [...delta[state]!].map(([word, to]) => [state, word, to] as const));
  const moves = slotTable(rows, ([state, word]) => transitionHash(state, word));
  return { rootMoves, moves, fallbacks };
}
