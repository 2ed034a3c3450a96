/**
 * Rules + lexicon + extra phrases ─▶ a compiled pack (`pack.ts`). Runs at build/test time, in the CLI, and in the
 * background when a parent or school changes the extra phrases; never in a page.
 */
import type { LexiconEntry, Rule } from './define-rule';
import { gotoHash, MAX_SPAN, PREFIXES, recordTokens, SUFFIXES, TOKEN_NUMBER, vocabSlot } from './matcher';
import {
  CONTEXT_BITS,
  EDUCATION,
  FLAG_UNLESS,
  FLAG_WEAK,
  NODE_KIDS,
  NODE_RULES,
  NODE_TWO,
  PACK_FORMAT,
  type DetectionPack,
} from './pack';
import { parsePattern } from './pattern';
import { CATEGORIES, type Category, type ExtraPhrase, type InputKind, type Severity } from './types';

const SEVERITY: Record<Severity, number> = { low: 1, medium: 2, high: 3 };
/** Past this many word sequences one segment's alternatives are too broad: split the rule. */
export const MAX_EXPANSION = 4096;
/** A state copies its failure state's transitions when that one has at most this many (see the DFA below). */
const INHERIT_LIMIT = 8;

const PHONE_ID = 1;
const NUMBER_ID = 2;

/** Extra phrases' defaults: where a category's words matter, and how much one phrase alone weighs. */
export function extraPhraseRule(category: Category): { contexts: InputKind[]; severity: Severity } {
  const contexts: InputKind[] =
    category === 'vpn_bypass' || category === 'hidden_account' || category === 'anonymous_chat'
      ? ['page', 'search']
      : category === 'oversharing'
        ? ['typed']
        : category === 'unknown_contact'
          ? ['ui']
          : ['chat'];
  const severity: Severity = category === 'sextortion' ? 'high' : category === 'sexual_request' ? 'medium' : 'low';
  return { contexts, severity };
}

function hashHex(text: string): string {
  let a = 0x811c9dc5 | 0;
  let b = 0x1234567;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

class Vocabulary {
  /** "h1:h2" → word id (> 0) or sequence index (< 0). */
  readonly entries = new Map<string, number>();
  readonly seqs: number[] = [0];
  readonly names: string[] = ['', '{phone}', '{number}'];
  /** Word ids that take Indonesian and Javanese affixes (the words of Indonesian and Javanese rules). */
  readonly inflect = new Set<number>();
  /** The pronoun ids suffixes add: kamu, aku, nya. */
  pronouns: number[] = [];

  private key(h1: number, h2: number): string {
    return `${h1}:${h2}`;
  }

  private readonly cache = new Map<string, number[]>();

  /** Tokenises many surfaces in one pass (see `recordTokens`); later lookups of them are free. */
  prime(surfaces: Iterable<string>): void {
    const list = [...new Set(surfaces)].filter((x) => x && !this.cache.has(x) && !x.includes('\n'));
    const quads = recordTokens(list.join('\n'));
    let q = 0;
    let offset = 0;
    for (const surface of list) {
      const end = offset + surface.length;
      const tokens: number[] = [];
      while (q < quads.length && quads[q + 3]! < end) {
        tokens.push(quads[q]!, quads[q + 1]!, quads[q + 2]!);
        q += 4;
      }
      this.cache.set(surface, tokens);
      offset = end + 1;
    }
  }

  /** [h1, h2, kind] triples of a surface's tokens. */
  private tokens(surface: string): number[] {
    let tokens = this.cache.get(surface);
    if (!tokens) {
      const quads = recordTokens(surface);
      tokens = [];
      for (let q = 0; q < quads.length; q += 4) tokens.push(quads[q]!, quads[q + 1]!, quads[q + 2]!);
      this.cache.set(surface, tokens);
    }
    return tokens;
  }

  /** The ids a surface form stands for; unknown words get new ids. */
  ids(surface: string, create = true): number[] {
    if (surface === '{phone}') return [PHONE_ID];
    if (surface === '{number}') return [NUMBER_ID];
    const raw = this.tokens(surface);
    const parts = surface
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const out: number[] = [];
    for (let i = 0; i < raw.length; i += 3) {
      if (raw[i + 2] === TOKEN_NUMBER) {
        out.push(NUMBER_ID);
        continue;
      }
      const key = this.key(raw[i]!, raw[i + 1]!);
      let v = this.entries.get(key);
      if (v === undefined && parts.length === raw.length / 3) {
        const affixed = this.decompose(parts[i / 3]!);
        if (affixed) {
          out.push(...affixed);
          continue;
        }
      }
      if (v === undefined) {
        if (!create) return [];
        v = this.names.length;
        this.names.push(parts.length === raw.length / 3 ? parts[i / 3]! : surface.toLowerCase());
        this.entries.set(key, v);
      }
      if (v > 0) out.push(v);
      else out.push(...this.seqs.slice(-v + 1, -v + 1 + this.seqs[-v]!));
    }
    return out;
  }

  /** Makes `surface` (one token) read as the word ids `to`; false if it is already a different word. */
  alias(surface: string, to: number[]): boolean {
    const raw = this.tokens(surface);
    if (raw.length !== 3 || raw[2] === TOKEN_NUMBER || to.length === 0) return false;
    const key = this.key(raw[0]!, raw[1]!);
    const value = to.length === 1 ? to[0]! : this.sequence(to);
    const existing = this.entries.get(key);
    if (existing !== undefined) return existing === value;
    this.entries.set(key, value);
    return true;
  }

  private sequence(ids: number[]): number {
    const index = this.seqs.length;
    this.seqs.push(ids.length, ...ids);
    return -index;
  }

  /** The same affix reading as the matcher's `stem` ("fotomu" → foto kamu), for words written in patterns. */
  decompose(word: string): number[] | null {
    const single = (w: string) => {
      const raw = this.tokens(w);
      if (raw.length !== 3 || raw[2] === TOKEN_NUMBER) return 0;
      const v = this.entries.get(this.key(raw[0]!, raw[1]!));
      return v !== undefined && v > 0 && this.inflect.has(v) ? v : 0;
    };
    if (!/^[a-z]+$/.test(word)) return null;
    for (const [suffix, pronoun, min, vowel] of SUFFIXES) {
      const base = word.slice(0, -suffix.length);
      if (!word.endsWith(suffix) || base.length < min) continue;
      if (vowel && /[aiueo]$/.test(base) !== (vowel === 2)) continue;
      const id = single(base);
      if (id) return pronoun ? [id, this.pronouns[pronoun - 1]!] : [id];
    }
    for (const [prefix, pronoun, min] of PREFIXES) {
      const base = word.slice(prefix.length);
      if (!word.startsWith(prefix) || base.length < min) continue;
      const id = single(base);
      if (id) return pronoun ? [this.pronouns[pronoun - 1]!, id] : [id];
    }
    return null;
  }

  has(surface: string): boolean {
    const raw = this.tokens(surface);
    return raw.length === 3 && this.entries.has(this.key(raw[0]!, raw[1]!));
  }
}

interface TrieState {
  next: Map<number, number>;
  /** [segment node, sequence length] pairs ending here (the pack adds each node's parent). */
  out: number[];
}

export interface CompileInput {
  rules: readonly Rule[];
  lexicon: readonly LexiconEntry[];
  extraPhrases?: readonly ExtraPhrase[];
  /** Also return each word id's name (for the CLI's token view); never stored. */
  withNames?: boolean;
}

/**
 * Compiles everything into a pack. Throws an Error naming the rule and pattern when a pattern is invalid.
 * @example detectorFromPack(compilePack({ rules: RULES, lexicon: LEXICON }))
 */
export function compilePack({ rules, lexicon, extraPhrases = [], withNames = false }: CompileInput): DetectionPack {
  const vocab = new Vocabulary();
  const surfaces: string[] = ['kamu', 'aku', 'nya'];
  for (const entry of lexicon) surfaces.push(entry.to, ...entry.from);
  const patternWords = [...rules, ...extraPhrases.map((e) => ({ patterns: [e.phrase], unless: [] }))]
    .flatMap((r) => [...r.patterns, ...(r.unless ?? [])])
    .flatMap((p) => p.split(/\s+/))
    .flatMap((part) => part.split('|'));
  for (const w of patternWords) {
    surfaces.push(w, w.toLowerCase());
    for (const [suffix] of SUFFIXES) if (w.endsWith(suffix)) surfaces.push(w.slice(0, -suffix.length));
    for (const [prefix] of PREFIXES) if (w.startsWith(prefix)) surfaces.push(w.slice(prefix.length));
  }
  vocab.prime(surfaces);
  vocab.pronouns = ['kamu', 'aku', 'nya'].map((w) => vocab.ids(w)[0]!);
  for (const entry of lexicon) {
    const to = vocab.ids(entry.to);
    for (const form of entry.from) {
      if (!vocab.alias(form, to)) {
        throw new Error(
          `lexicon: "${form}" → "${entry.to}" is not one word, or normalises to a word that already means something else (repeated letters collapse: "gg" is "g")`,
        );
      }
    }
  }

  type Flat = { id: string; cat: number; sev: number; ctx: number; flags: number; of: number; patterns: string[] };
  const flat: Flat[] = [];
  const langOf = new Map<number, string>();
  const ctxMask = (contexts: readonly InputKind[]) => contexts.reduce((m, c) => m | CONTEXT_BITS[c], 0);
  for (const rule of rules) {
    const index = flat.length;
    const cat = rule.category === 'education' ? EDUCATION : CATEGORIES.indexOf(rule.category);
    const ctx = ctxMask(rule.contexts);
    const flags = rule.weak ? FLAG_WEAK : 0;
    flat.push({ id: rule.id, cat, sev: SEVERITY[rule.severity], ctx, flags, of: -1, patterns: [...rule.patterns] });
    langOf.set(index, rule.lang);
    if (rule.unless?.length) {
      langOf.set(flat.length, rule.lang);
      flat.push({
        id: `${rule.id}~unless`,
        cat,
        sev: 0,
        ctx,
        flags: FLAG_UNLESS,
        of: index,
        patterns: [...rule.unless],
      });
    }
  }
  extraPhrases.forEach((extra, i) => {
    const { contexts, severity } = extraPhraseRule(extra.category);
    // A parent's phrase is literal words: drop the pattern syntax characters.
    const phrase = extra.phrase.replace(/[|*{}]/g, ' ').trim();
    if (!phrase) return;
    langOf.set(flat.length, extra.lang ?? 'id');
    flat.push({
      id: `extra-phrase-${i + 1}`,
      cat: CATEGORIES.indexOf(extra.category),
      sev: SEVERITY[severity],
      ctx: ctxMask(contexts),
      flags: 0,
      of: -1,
      patterns: [phrase],
    });
  });

  // The words of Indonesian and Javanese patterns take affixes (fotomu = foto kamu), read by the matcher at run time.
  // Shortest first, so "fotomu" written in a pattern is read as a form of "foto", not as a word of its own.
  const affixWords = new Set<string>();
  flat.forEach((rule, index) => {
    if (langOf.get(index) === 'en') return;
    for (const pattern of rule.patterns) {
      for (const w of pattern.toLowerCase().split(/[^a-z]+/)) if (w.length >= 3) affixWords.add(w);
    }
  });
  for (const w of [...affixWords].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    const ids = vocab.ids(w);
    if (ids.length === 1) vocab.inflect.add(ids[0]!);
  }

  // Patterns → a trie of segments: patterns that share their first segments (and gaps) share those nodes, so a
  // common word like "kamu" that starts many patterns is one output, not fifty.
  const nodeKeys = new Map<string, number>();
  const nodes: { parent: number; gap: number; rules: number[]; kids: boolean; sequences: number[][] }[] = [];
  for (const [ruleIndex, rule] of flat.entries()) {
    for (const pattern of rule.patterns) {
      let parsed;
      try {
        parsed = parsePattern(pattern);
      } catch (error) {
        throw new Error(`rule ${rule.id}: ${(error as Error).message}`, { cause: error });
      }
      let span = 0;
      let parent = -1;
      parsed.segments.forEach((segment, k) => {
        let sequences: number[][] = [[]];
        for (const alternatives of segment.positions) {
          const options = alternatives.map((alt) => vocab.ids(alt)).filter((ids) => ids.length > 0);
          if (options.length === 0) throw new Error(`rule ${rule.id}: "${pattern}" has a position with no word`);
          const next: number[][] = [];
          for (const seq of sequences) for (const ids of options) next.push([...seq, ...ids]);
          sequences = next;
          if (sequences.length > MAX_EXPANSION) {
            throw new Error(`rule ${rule.id}: "${pattern}" expands to more than ${MAX_EXPANSION} word sequences`);
          }
        }
        span += segment.gap + Math.max(...sequences.map((s) => s.length));
        const key = `${parent}/${segment.gap}/${sequences
          .map((s) => s.join(','))
          .sort()
          .join(';')}`;
        let node = nodeKeys.get(key);
        if (node === undefined) {
          node = nodes.length;
          nodeKeys.set(key, node);
          nodes.push({ parent, gap: segment.gap, rules: [], kids: false, sequences });
        }
        if (parent >= 0) nodes[parent]!.kids = true;
        if (k === parsed.segments.length - 1 && !nodes[node]!.rules.includes(ruleIndex)) {
          nodes[node]!.rules.push(ruleIndex);
        }
        parent = node;
      });
      if (span > MAX_SPAN) throw new Error(`rule ${rule.id}: "${pattern}" spans more than ${MAX_SPAN} words`);
    }
  }

  // The Aho–Corasick automaton over word ids; states are numbered in insertion order.
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
      let dup = false;
      for (let i = 0; i < out.length; i += 2) if (out[i] === nodeId && out[i + 1] === seq.length) dup = true;
      if (!dup) out.push(nodeId, seq.length);
    }
  });
  const fail = new Int32Array(trie.length);
  const dict = new Int32Array(trie.length);
  const queue: number[] = [...trie[0]!.next.values()];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    for (const [word, to] of trie[state]!.next) {
      let f = fail[state]!;
      while (f !== 0 && !trie[f]!.next.has(word)) f = fail[f]!;
      const target = trie[f]!.next.get(word);
      fail[to] = target !== undefined && target !== to ? target : 0;
      queue.push(to);
    }
    // Dictionary link: the nearest shorter suffix state that has outputs of its own.
    const f = fail[state]!;
    dict[state] = trie[f]!.out.length > 0 ? f : dict[f]!;
  }

  // A node needs two remembered ends when one of its children can start inside it ("kamu|di" then "di mana").
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
  const flagsOf = (node: number) =>
    (nodes[node]!.kids ? NODE_KIDS : 0) | (nodes[node]!.rules.length ? NODE_RULES : 0) | (two[node] ? NODE_TWO : 0);

  // Each state's outputs, merged along the dictionary links (so the matcher never walks them), split in two lists:
  // first segments that only need their end remembered (the common case), and everything else.
  const full: number[][] = trie.map(() => []);
  for (const state of [0, ...queue]) full[state] = [...trie[state]!.out, ...(state ? full[dict[state]!]! : [])];
  const recOff: number[] = [0];
  const recList: number[] = [];
  const chkOff: number[] = [0];
  const chkList: number[] = [];
  for (let state = 0; state < trie.length; state++) {
    const pairs: [number, number][] = [];
    const out = full[state]!;
    for (let i = 0; i < out.length; i += 2) {
      if (!pairs.some(([n, l]) => n === out[i] && l === out[i + 1])) pairs.push([out[i]!, out[i + 1]!]);
    }
    // Later nodes first: when one word ends a segment and its successor, the successor chains onto the earlier end.
    pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    for (const [node, length] of pairs) {
      const n = nodes[node]!;
      if (n.parent < 0 && flagsOf(node) === NODE_KIDS) recList.push(node, length);
      else chkList.push(n.parent, length + n.gap, length, node);
    }
    recOff.push(recList.length);
    chkOff.push(chkList.length);
  }
  const capacity = (entries: number) => {
    let c = 16;
    while (c < entries * 2) c *= 2;
    return c;
  };
  // The vocabulary hash table, ready to use: slots of [h1, h2, value].
  const vcap = capacity(vocab.entries.size);
  const voc = new Array<number>(vcap * 3).fill(0);
  for (const [key, value] of vocab.entries) {
    const [h1, h2] = key.split(':').map(Number) as [number, number];
    let slot = vocabSlot(h1, h2, vcap - 1);
    while (voc[slot * 3 + 2] !== 0) slot = (slot + 1) & (vcap - 1);
    voc[slot * 3] = h1;
    voc[slot * 3 + 1] = h2;
    voc[slot * 3 + 2] = value;
  }
  // The automaton as a DFA: δ(s, w) is goto(s, w) when the trie has it, else δ(fail(s), w); from the root it is a
  // dense array. Only transitions from other states that differ from the root's are stored (slots of [state, word,
  // next]), so a word costs one root lookup or one hash probe, and the matcher never follows failure links.
  const words = vocab.names.length - 1;
  const root = new Array<number>(words + 1).fill(0);
  for (const [word, to] of trie[0]!.next) root[word] = to;
  // A state inherits its failure state's transitions unless that one has many (a "hub" like the state after "mau",
  // which starts hundreds of phrases): copying those into every state ending in "mau" would blow the table up. Such
  // states keep a failure link (`fail`) and the matcher probes once more there.
  const delta: Map<number, number>[] = trie.map(() => new Map());
  const failOut = new Array<number>(trie.length).fill(0);
  for (const state of queue) {
    const f = fail[state]!;
    const own = new Map<number, number>();
    if (f !== 0 && failOut[f] === 0 && delta[f]!.size <= INHERIT_LIMIT)
      for (const [word, to] of delta[f]!) own.set(word, to);
    else failOut[state] = f;
    for (const [word, to] of trie[state]!.next) own.set(word, to);
    delta[state] = own;
  }
  const transitions = delta.reduce((n, d) => n + d.size, 0);
  const dcap = capacity(transitions);
  const dfa = new Array<number>(dcap * 3).fill(0);
  for (const state of queue) {
    for (const [word, to] of delta[state]!) {
      let slot = gotoHash(state, word) & (dcap - 1);
      while (dfa[slot * 3] !== 0) slot = (slot + 1) & (dcap - 1);
      dfa[slot * 3] = state;
      dfa[slot * 3 + 1] = word;
      dfa[slot * 3 + 2] = to;
    }
  }
  const inflect = new Array<number>(words + 1).fill(0);
  for (const id of vocab.inflect) inflect[id] = 1;
  const ruleOff: number[] = [0];
  const ruleList: number[] = [];
  for (const node of nodes) {
    ruleList.push(...node.rules);
    ruleOff.push(ruleList.length);
  }

  // The matcher's tables, in the order `DetectionPack.tables` documents.
  const tables = [
    voc,
    root,
    dfa,
    failOut,
    recOff,
    recList,
    chkOff,
    chkList,
    // The node flags, and above them (bits 3–7) the contexts of the rules it completes: a scan of another kind skips
    // the node's rules at once.
    nodes.map((node, i) => flagsOf(i) | (node.rules.reduce((m, r) => m | flat[r]!.ctx, 0) << 3)),
    ruleOff,
    ruleList,
    flat.map((r) => r.ctx),
    inflect,
    vocab.seqs,
    vocab.pronouns,
  ];
  const body: Omit<DetectionPack, 'hash'> = {
    format: PACK_FORMAT,
    rules: {
      id: flat.map((r) => r.id),
      cat: flat.map((r) => r.cat),
      sev: flat.map((r) => r.sev),
      flags: flat.map((r) => r.flags),
      of: flat.map((r) => r.of),
    },
    words,
    phoneId: PHONE_ID,
    numberId: NUMBER_ID,
    vmask: vcap - 1,
    dmask: dcap - 1,
    tables: tables.flat(),
    sizes: tables.map((t) => t.length),
  };
  const pack: DetectionPack = { ...body, hash: hashHex(JSON.stringify(body)) };
  if (withNames) pack.names = vocab.names;
  return pack;
}
