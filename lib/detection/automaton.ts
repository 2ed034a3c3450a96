/**
 * The automaton, the matcher's third part: word ids ─▶ matches with UTF-16 spans.
 *
 *   word id ─▶ one DFA step (the state's stored transitions, else the root's dense row: no failure links at run
 *   time) ─▶ the pattern segments that end in the new state ─▶ a segment whose parent segment ended at most its gap
 *   before it continues the chain; the last segment of a pattern completes its rules
 *
 * A pattern with gaps ("kirim *1 foto") is a chain of segments ("kirim", "foto"); each segment node remembers
 * where it last ended (in words) and where its chain began. Word indices grow across scans, so an end from an
 * earlier scan is simply too far away to chain onto.
 */
import { addToFilter, inFilter, newFilter, TOKEN } from './lexer';
import type { LoadedTables } from './pack';

/** Matches per scan at most; the risk is decided long before. */
const MATCH_LIMIT = 512;
/** A pattern with its gaps may span at most this many words (the compiler checks). */
export const MAX_SPAN = 48;
/** The UTF-16 starts of the last 64 words, by word index: enough for a match of `MAX_SPAN` words. */
const RING_SIZE = 64;
const RING_MASK = RING_SIZE - 1;
/** "Never ended": further back than any gap. */
const NEVER = -(1 << 30);

/** Knuth's multiplicative constant (2^32 / φ) and MurmurHash3's first mixing constant: they spread the slots. */
const GOLDEN = 0x9e3779b1;
const MIX = 0x85ebca6b;

/**
 * The hash of the transition from `state` on `word`: its home slot is `& mask`, its filter bit below it.
 * @example transitionHash(state, word) & (tables.moves.length / 3 - 1) // its home slot
 */
export function transitionHash(state: number, word: number): number {
  return Math.imul(state, GOLDEN) ^ Math.imul(word, MIX);
}

// Segment node flags: longer patterns continue from it; it completes rules; a child may start inside it. Above
// them, the contexts of the rules it completes. (The hot loop reads these module constants; V8 reads an exported
// binding through a cell on every use, so the exports are separate names.)
const KIDS = 1;
const RULES = 2;
const TWO = 4;
const CONTEXT_SHIFT = 3;
export const NODE_KIDS = KIDS;
export const NODE_RULES = RULES;
export const NODE_TWO = TWO;
export const NODE_CONTEXT_SHIFT = CONTEXT_SHIFT;

/** Matches of one run, as parallel arrays: rule index, UTF-16 start/end, first/last word index. */
export interface Matches {
  count: number;
  rule: Int32Array;
  start: Int32Array;
  end: Int32Array;
  firstWord: Int32Array;
  lastWord: Int32Array;
}

export interface Automaton {
  readonly matches: Matches;
  /** Starts a scan for rules of these contexts. */
  begin(contexts: number): void;
  /** Feeds `count` ints of tokens. */
  feed(tokens: Int32Array, count: number): void;
}

/**
 * The automaton over a pack's tables; `feed` takes batches of tokens, `matches` holds what a scan found.
 * @example const automaton = createAutomaton(tables); automaton.begin(CONTEXT_BITS.chat); automaton.feed(tokens, n)
 */
export function createAutomaton(tables: LoadedTables): Automaton {
  const { rootMoves, moves, fallbacks, firstEndsAt, firstEnds, segmentEndsAt, segmentEnds } = tables;
  const { nodeFlags, nodeRulesAt, nodeRules, ruleContexts } = tables;
  // The one-bit filter of the stored transitions, by their hash: most words lead nowhere from the current state.
  const filter = newFilter();
  for (let o = 0; o < moves.length; o += 3)
    if (moves[o] !== 0) addToFilter(filter, transitionHash(moves[o]!, moves[o + 1]!));
  const movesMask = moves.length / 3 - 1;
  const nodes = nodeFlags.length;
  const matches: Matches = {
    count: 0,
    rule: new Int32Array(MATCH_LIMIT),
    start: new Int32Array(MATCH_LIMIT),
    end: new Int32Array(MATCH_LIMIT),
    firstWord: new Int32Array(MATCH_LIMIT),
    lastWord: new Int32Array(MATCH_LIMIT),
  };
  // Per segment node: the word index where it last ended and where that chain began; the ones before (NODE_TWO).
  const lastEnd = new Int32Array(nodes).fill(NEVER);
  const lastBegin = new Int32Array(nodes);
  const priorEnd = new Int32Array(nodes).fill(NEVER);
  const priorBegin = new Int32Array(nodes);
  const wordStarts = new Int32Array(RING_SIZE);
  let state = 0;
  let wordIndex = 0;
  let contexts = 0;

  return {
    matches,

    begin(scanContexts) {
      contexts = scanContexts;
      matches.count = 0;
      state = 0;
      // A fresh stretch of word indices: nothing from the last scan can chain into this one.
      wordIndex += RING_SIZE + MAX_SPAN;
      if (wordIndex > 1 << 30) {
        wordIndex = 0;
        lastEnd.fill(NEVER);
        priorEnd.fill(NEVER);
      }
    },

    feed(tokens, count) {
      const size = TOKEN;
      // Everything the loop touches in locals, and no calls inside it: V8 then keeps it all in registers.
      const moveTable = moves;
      const moveMask = movesMask;
      const moveFilter = filter;
      const roots = rootMoves;
      const fallback = fallbacks;
      const firstAt = firstEndsAt;
      const first = firstEnds;
      const segmentAt = segmentEndsAt;
      const segment = segmentEnds;
      const flagsOf = nodeFlags;
      const ends = lastEnd;
      const begins = lastBegin;
      const ends2 = priorEnd;
      const begins2 = priorBegin;
      const starts = wordStarts;
      const scanContexts = contexts;
      const { rule: mRule, start: mStart, end: mEnd, firstWord: mFirst, lastWord: mLast } = matches;
      let found = matches.count;
      let current = state;
      let at = wordIndex;
      for (let i = 0; i < count; i += size) {
        const word = tokens[i]!;
        const gap = tokens[i + 1]!;
        if (gap !== 0) {
          // Unknown words in between: no contiguous sequence runs across them.
          at += gap;
          current = 0;
        }
        at++;
        starts[at & RING_MASK] = tokens[i + 2]!;
        // One DFA step: the state's own transitions, then (hub states only) its fallback's, then the root's row.
        let next = -1;
        while (current !== 0) {
          const h = transitionHash(current, word);
          if (inFilter(moveFilter, h)) {
            for (let slot = h & moveMask; ; slot = (slot + 1) & moveMask) {
              const o = slot * 3;
              const from = moveTable[o]!;
              if (from === 0) break;
              if (from === current && moveTable[o + 1] === word) {
                next = moveTable[o + 2]!;
                break;
              }
            }
            if (next >= 0) break;
          }
          current = fallback[current]!;
        }
        current = next >= 0 ? next : roots[word]!;
        if (current === 0) continue;
        // First segments that other segments continue from: only their end is remembered.
        for (let o = firstAt[current]!, e = firstAt[current + 1]!; o < e; o += 2) {
          const node = first[o]!;
          ends[node] = at;
          begins[node] = at - first[o + 1]! + 1;
        }
        // Every other segment ending here: [parent or -1, length + gap, length, node].
        for (let o = segmentAt[current]!, e = segmentAt[current + 1]!; o < e; o += 4) {
          const parent = segment[o]!;
          let begin: number;
          if (parent >= 0) {
            // It continues its parent's chain when the parent ended at most `gap` words before it began.
            const d = at - ends[parent]!;
            if (d > segment[o + 1]!) continue;
            if (d >= segment[o + 2]!) begin = begins[parent]!;
            else {
              // The parent's latest end overlaps this segment ("sekolah kamu di mana" for "sekolah *1 kamu|di *1
              // di mana"): chain onto its end before (kept for NODE_TWO parents only).
              const d2 = at - ends2[parent]!;
              if (d2 > segment[o + 1]! || d2 < segment[o + 2]!) continue;
              begin = begins2[parent]!;
            }
          } else begin = at - segment[o + 2]! + 1;
          const node = segment[o + 3]!;
          const flags = flagsOf[node]!;
          if ((flags >> CONTEXT_SHIFT) & scanContexts) {
            // It completes rules of this scan's contexts.
            for (let r = nodeRulesAt[node]!, re = nodeRulesAt[node + 1]!; r < re; r++) {
              const rule = nodeRules[r]!;
              if ((ruleContexts[rule]! & scanContexts) === 0 || found >= MATCH_LIMIT) continue;
              mRule[found] = rule;
              mStart[found] = starts[begin & RING_MASK]!;
              mEnd[found] = tokens[i + 3]!;
              mFirst[found] = begin;
              mLast[found++] = at;
            }
          }
          if (flags & KIDS && ends[node] !== at) {
            if (flags & TWO) {
              ends2[node] = ends[node]!;
              begins2[node] = begins[node]!;
            }
            ends[node] = at;
            begins[node] = begin;
          }
        }
      }
      matches.count = found;
      state = current;
      wordIndex = at;
    },
  };
}
