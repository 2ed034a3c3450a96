/**
 * The hot path: a compiled pack's tables behind three passes over the text, each one tight loop over typed arrays.
 *
 *   lexer.ts      text ─▶ normalised words ─▶ the vocabulary's word ids (words no rule can use are only counted)
 *   words.ts      every other word ─▶ word ids (aliases, numbers, joined letters, affixes)
 *   automaton.ts  word ids ─▶ one DFA step per word ─▶ pattern segments chained across their gaps ─▶ matches
 *
 * No intermediate strings, no regular expressions on the text; linear in the text's length.
 */
import { createAutomaton, type Matches } from './automaton';
import { addToFilter, createLexer, newClassTable, newFilter, TOKEN } from './lexer';
import type { DetectionPack, LoadedTables } from './pack';
import { createWordReader } from './words';

export type { Matches } from './automaton';

export interface Matcher {
  /** Runs every rule whose context mask intersects `contexts`; returns the matches (reused between calls). */
  run(text: string, contexts: number): Matches;
}

/** A pack's tables, one native copy each. */
function loadTables(pack: DetectionPack): LoadedTables {
  const tables = {} as LoadedTables;
  for (const name in pack.tables) {
    tables[name as keyof LoadedTables] = Int32Array.from(pack.tables[name as keyof LoadedTables]);
  }
  return tables;
}

/**
 * The lexer and the word reader over a pack's tables: reads a text and hands its word ids to `deliver` (tokens of
 * [word id, unknown words before it, start, end]); returns the unknown words after the last one.
 */
function wordsOf(tables: LoadedTables, deliver: (tokens: Int32Array, count: number) => void): (text: string) => number {
  const { vocabulary } = tables;
  // The vocabulary's one-bit filter: the lexer drops most words outside it without touching the table.
  const filter = newFilter();
  for (let o = 0; o < vocabulary.length; o += 3) if (vocabulary[o + 2] !== 0) addToFilter(filter, vocabulary[o]!);
  const classes = newClassTable();
  const words = createWordReader(tables, classes, deliver);
  const lex = createLexer(classes, filter, vocabulary, words);
  return (text) => {
    words.begin(text);
    lex(text);
    return words.finish();
  };
}

/**
 * Loads a pack's tables and wires the three parts together.
 * @example createMatcher(buildPack()).run('jgn blg ortu', CONTEXT_BITS.chat).count // 1
 */
export function createMatcher(pack: DetectionPack): Matcher {
  const tables = loadTables(pack);
  const automaton = createAutomaton(tables);
  const read = wordsOf(tables, automaton.feed);
  return {
    run(text, contexts) {
      automaton.begin(contexts);
      read(text);
      return automaton.matches;
    },
  };
}

/**
 * The word ids the automaton sees in `text`, 0 for each word outside the vocabulary: the CLI's token view
 * (`explainWords`). Not part of a page's detector.
 * @example wordIds(pack, 'jgn blg') // [id of jangan, id of bilang]
 */
export function wordIds(pack: DetectionPack, text: string): number[] {
  const ids: number[] = [];
  const read = wordsOf(loadTables(pack), (tokens, count) => {
    for (let i = 0; i < count; i += TOKEN) ids.push(...new Array<number>(tokens[i + 1]!).fill(0), tokens[i]!);
  });
  ids.push(...new Array<number>(read(text)).fill(0));
  return ids;
}
