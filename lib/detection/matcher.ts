/**
 * The hot path: a compiled pack's tables behind three passes over the text, each one tight loop over typed arrays.
 *
 *   lexer.ts      text ─▶ normalised words ─▶ records (words no rule can use are only counted)
 *   words.ts      records ─▶ word ids (vocabulary, aliases, numbers, joined letters, affixes)
 *   automaton.ts  word ids ─▶ one DFA step per word ─▶ pattern segments chained across their gaps ─▶ matches
 *
 * No intermediate strings, no regular expressions on the text; linear in the text's length.
 */
import { createAutomaton, type Matches } from './automaton';
import { addToFilter, createLexer, newFilter, RECORD, RECORDS } from './lexer';
import type { DetectionPack, PackTables } from './pack';
import { createWordReader } from './words';

export type { Matches } from './automaton';

export interface Matcher {
  /**
   * Runs every rule whose context mask intersects `contexts`; returns the matches (reused between calls). With
   * `trace`, the word ids the automaton sees are appended to it (0 for a word outside the vocabulary): the CLI
   * shows them.
   */
  run(text: string, contexts: number, trace?: number[]): Matches;
}

type Tables = { [K in keyof PackTables]: Int32Array };

/**
 * Loads a pack's tables (one native copy each) and wires the three parts together.
 * @example createMatcher(buildPack()).run('jgn blg ortu', CONTEXT_BITS.chat).count // 1
 */
export function createMatcher(pack: DetectionPack): Matcher {
  const tables = {} as Tables;
  for (const name in pack.tables) tables[name as keyof Tables] = Int32Array.from(pack.tables[name as keyof Tables]);
  const { vocabulary } = tables;
  // The vocabulary's one-bit filter: the lexer drops most words outside it without touching the table.
  const filter = newFilter();
  for (let o = 0; o < vocabulary.length; o += 3) if (vocabulary[o + 2] !== 0) addToFilter(filter, vocabulary[o]!);
  const lexer = createLexer(filter);
  const automaton = createAutomaton({ ...tables, movesMask: pack.movesMask });
  const words = createWordReader(
    { ...tables, vocabularyMask: pack.vocabularyMask, phoneId: pack.phoneId, numberId: pack.numberId },
    lexer.classes,
    automaton.feed,
  );
  const records = new Int32Array(RECORDS * RECORD);

  return {
    run(text, contexts, trace) {
      automaton.begin(contexts, trace ?? null);
      lexer.begin(text);
      words.begin(text);
      do words.resolve(records, lexer.read(records));
      while (!lexer.finished());
      const unknown = words.finish(lexer.dropped());
      if (trace) for (let k = 0; k < unknown; k++) trace.push(0);
      return automaton.matches;
    },
  };
}
