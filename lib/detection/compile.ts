/**
 * Rules + lexicon + extra phrases ─▶ a compiled pack (`pack.ts`), in named steps:
 *
 *   ruleEntries       rules ─▶ one entry per rule and severity (per-context severity splits a rule), its `unless`
 *                     look-alikes, and the extra phrases (a phrase the engine cannot use is skipped and reported)
 *   readVocabulary    the lexicon's aliases, every pattern word, the words that take affixes
 *   segmentTrie       patterns ─▶ word-id sequences per segment ─▶ a trie of segments shared between patterns
 *   buildAutomaton    an Aho–Corasick automaton over word ids ─▶ dfaMoves: its DFA
 *   packTables        the matcher's tables, hashed and laid out ─▶ the pack, with a content hash
 *
 * Runs at build and test time, in the CLI, and in the background when a parent or school changes the extra phrases;
 * never in a page.
 */
import {
  buildAutomaton,
  dfaMoves,
  nodeFlagsOf,
  patternSegments,
  SegmentTrie,
  slotTable,
  stateOutputs,
} from './compile-automaton';
import { readVocabulary, type Vocabulary } from './compile-vocabulary';
import type { LexiconEntry, Rule } from './define-rule';
import { createPhraseReader, extraPhraseRule, phraseProblemOf, type PhraseProblem } from './extra-phrases';
import { vocabularySlot } from './lexer';
import {
  CONTEXT_BITS,
  EDUCATION,
  FLAG_UNLESS,
  FLAG_WEAK,
  PACK_FORMAT,
  type DetectionPack,
  type PackTables,
} from './pack';
import { NODE_CONTEXT_SHIFT } from './automaton';
import { CATEGORIES, type ExtraPhrase, type InputKind, type RuleLang, type Severity } from './types';

const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

export interface CompileInput {
  rules: readonly Rule[];
  lexicon: readonly LexiconEntry[];
  extraPhrases?: readonly ExtraPhrase[];
  /** Also return each word id's name (for the CLI's token view); never stored. */
  withNames?: boolean;
  /** Told about each extra phrase that was skipped, and why. */
  onSkippedPhrase?(problem: PhraseProblem): void;
}

/** One row of the pack's rule table. */
interface RuleEntry {
  id: string;
  category: number;
  /** 1–3; 0 for an `unless` entry. */
  severity: number;
  contexts: number;
  flags: number;
  /** For an `unless` entry, the entry it cancels; else -1. */
  of: number;
  lang: RuleLang;
  patterns: string[];
  /** For an extra phrase, its index in the list. */
  phrase?: number;
}

const contextBits = (contexts: readonly InputKind[]) => contexts.reduce((m, c) => m | CONTEXT_BITS[c], 0);

/**
 * A rule's contexts grouped by severity, in the order the rule lists them.
 * @example severityGroups({ severity: { search: 'low', page: 'medium' }, contexts: ['search', 'page'] }) // [['low', ['search']], ['medium', ['page']]]
 */
export function severityGroups(rule: Pick<Rule, 'severity' | 'contexts'>): [Severity, InputKind[]][] {
  const groups = new Map<Severity, InputKind[]>();
  for (const context of rule.contexts) {
    const severity = typeof rule.severity === 'string' ? rule.severity : rule.severity[context]!;
    groups.set(severity, [...(groups.get(severity) ?? []), context]);
  }
  return [...groups];
}

/** Step 1: the rule table's entries. */
function ruleEntries({ rules, extraPhrases = [], onSkippedPhrase }: CompileInput): RuleEntry[] {
  const entries: RuleEntry[] = [];
  for (const rule of rules) {
    const category = rule.category === 'education' ? EDUCATION : CATEGORIES.indexOf(rule.category);
    for (const [severity, contexts] of severityGroups(rule)) {
      const index = entries.length;
      const shared = { category, contexts: contextBits(contexts), lang: rule.lang };
      const flags = rule.weak ? FLAG_WEAK : 0;
      entries.push({
        ...shared,
        id: rule.id,
        severity: SEVERITY_RANK[severity],
        flags,
        of: -1,
        patterns: [...rule.patterns],
      });
      if (rule.unless?.length) {
        entries.push({
          ...shared,
          id: `${rule.id}~unless`,
          severity: 0,
          flags: FLAG_UNLESS,
          of: index,
          patterns: [...rule.unless],
        });
      }
    }
  }
  const read = createPhraseReader();
  extraPhrases.forEach((extra, i) => {
    const { pattern, problem } = read(extra.phrase);
    if (problem) {
      onSkippedPhrase?.(phraseProblemOf(i, extra.phrase, problem));
      return;
    }
    const { contexts, severity } = extraPhraseRule(extra.category);
    entries.push({
      id: `extra-phrase-${i + 1}`,
      category: CATEGORIES.indexOf(extra.category),
      severity: SEVERITY_RANK[severity],
      contexts: contextBits(contexts),
      flags: 0,
      of: -1,
      lang: extra.lang ?? 'id',
      patterns: [pattern],
      phrase: i,
    });
  });
  return entries;
}

/**
 * Step 3: every pattern as segments in one trie. A built-in pattern the compiler cannot use throws (the rule file is
 * wrong); an extra phrase is skipped and reported instead.
 */
function segmentTrie(entries: readonly RuleEntry[], vocabulary: Vocabulary, input: CompileInput): SegmentTrie {
  const trie = new SegmentTrie();
  entries.forEach((entry, index) => {
    for (const pattern of entry.patterns) {
      let segments;
      try {
        segments = patternSegments(pattern, vocabulary);
      } catch (error) {
        if (entry.phrase === undefined)
          throw new Error(`rule ${entry.id}: ${(error as Error).message}`, { cause: error });
        input.onSkippedPhrase?.(
          phraseProblemOf(entry.phrase, input.extraPhrases![entry.phrase]!.phrase, 'too-many-words'),
        );
        continue;
      }
      trie.add(segments, index);
    }
  });
  return trie;
}

/** Step 5a: the vocabulary as an open-addressing table of [hash, tail, value] slots (a power of two of them). */
function vocabularyTable(vocabulary: Vocabulary): number[] {
  const rows = [...vocabulary.entries].map(([key, value]) => {
    const [hash, tail] = key.split(':').map(Number) as [number, number];
    return [hash, tail, value] as const;
  });
  // The home slot unmasked (mask -1): the table masks it to its own size.
  return slotTable(rows, ([hash, tail]) => vocabularySlot(hash, tail, -1));
}

/** Where each of a run of lists begins, and where the last one ends. */
function offsets(lengths: readonly number[]): number[] {
  const at = [0];
  for (const length of lengths) at.push(at[at.length - 1]! + length);
  return at;
}

/**
 * A 64-bit FNV-style hex hash of a string: the pack's content hash and its `source`.
 * @example hashHex('') // '811c9dc501234567'
 */
export function hashHex(text: string): string {
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

/**
 * Compiles everything into a pack. Throws an Error naming the rule and pattern when a built-in pattern is invalid;
 * an extra phrase the engine cannot use is skipped and reported to `onSkippedPhrase`.
 * @example detectorFromPack(compilePack({ rules: RULES, lexicon: LEXICON }))
 */
export function compilePack(input: CompileInput): DetectionPack {
  const entries = ruleEntries(input);
  const vocabulary = readVocabulary(input.lexicon, entries);
  const { nodes } = segmentTrie(entries, vocabulary, input);
  const automaton = buildAutomaton(nodes);
  const words = vocabulary.names.length - 1;
  const vocabularySlots = vocabularyTable(vocabulary);
  const { rootMoves, moves, fallbacks } = dfaMoves(automaton, words);
  const flags = nodeFlagsOf(nodes);
  const inflects = new Array<number>(words + 1).fill(0);
  for (const id of vocabulary.inflects) inflects[id] = 1;
  const tables: PackTables = {
    vocabulary: vocabularySlots,
    rootMoves,
    moves,
    fallbacks,
    ...stateOutputs(automaton, nodes, flags),
    // Above the flags, the contexts of the rules a node completes: a scan of another kind skips them at once.
    nodeFlags: nodes.map(
      (node, i) => flags[i]! | (node.rules.reduce((m, r) => m | entries[r]!.contexts, 0) << NODE_CONTEXT_SHIFT),
    ),
    nodeRulesAt: offsets(nodes.map((node) => node.rules.length)),
    nodeRules: nodes.flatMap((node) => node.rules),
    ruleContexts: entries.map((e) => e.contexts),
    inflects,
    aliases: vocabulary.aliases,
    pronouns: vocabulary.pronouns,
  };
  const body: Omit<DetectionPack, 'hash'> = {
    format: PACK_FORMAT,
    rules: {
      id: entries.map((e) => e.id),
      cat: entries.map((e) => e.category),
      sev: entries.map((e) => e.severity),
      flags: entries.map((e) => e.flags),
      of: entries.map((e) => e.of),
    },
    words,
    tables,
  };
  const pack: DetectionPack = { ...body, hash: hashHex(JSON.stringify(body)) };
  if (input.withNames) pack.names = vocabulary.names;
  return pack;
}
