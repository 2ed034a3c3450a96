import { describe, expect, test } from 'vitest';
import { createDetector } from './index';
import { tokenize } from './normalize';
import { RULES } from './rules';

const detector = createDetector();

describe('tokenize', () => {
  test.each([
    ['Jgn blg ORTU!', ['jangan', 'bilang', 'ortu']],
    ['pappp dong', ['pap', 'dong']],
    ["don't", ['dont']],
    ['ja\u200bngan', ['jangan']],
    ['rahasiá', ['rahasia']],
  ])('%j → %j', (text, words) => {
    expect(tokenize(text).words).toEqual(words);
  });

  test('keeps offsets into the original text', () => {
    const text = '  Jgn  blg';
    const t = tokenize(text);
    expect(text.slice(t.starts[1], t.ends[1])).toBe('blg');
  });
});

describe('every rule matches its own examples', () => {
  for (const rule of RULES) {
    const kind = rule.contexts[0]!;
    test.each(rule.examples.match.map((t) => [t]))(`${rule.id} matches %j`, (text) => {
      expect(detector.scan({ text, kind }).findings.map((f) => f.ruleId)).toContain(rule.id);
    });
    test.each(rule.examples.noMatch.map((t) => [t]))(`${rule.id} ignores %j`, (text) => {
      expect(detector.scan({ text, kind }).findings.map((f) => f.ruleId)).not.toContain(rule.id);
    });
  }
});

describe('scan', () => {
  test('a secrecy request in a chat is a low-risk secrecy finding with a span on the original words', () => {
    const text = 'tapi JGN blg ortu ya';
    const result = detector.scan({ text, kind: 'chat' });
    expect(result).toMatchObject({ risk: 'low', categories: ['secrecy'], reason: 'single' });
    const [f] = result.findings;
    expect(text.slice(f!.start, f!.end)).toBe('JGN blg ortu');
  });

  test('the same words on an ordinary page are not a chat finding', () => {
    expect(detector.scan({ text: 'jangan bilang ortu', kind: 'page' }).risk).toBe('none');
  });

  test('extra phrases from parents are matched', () => {
    const d = createDetector({ extraPhrases: [{ category: 'gifts', phrase: 'mau dikasih skin' }] });
    expect(d.scan({ text: 'kamu mau dikasih skin gratis?', kind: 'chat' }).categories).toEqual(['gifts']);
  });

  test('a conversation accumulates different signals into a higher risk', () => {
    const d = createDetector({ extraPhrases: [{ category: 'move_private', phrase: 'pindah ke wa' }] });
    const chat = d.conversation();
    expect(chat.scan({ text: 'jangan bilang ortu ya', kind: 'chat' }).risk).toBe('low');
    const second = chat.scan({ text: 'kita pindah ke wa aja', kind: 'chat' });
    expect(second.risk).toBe('medium');
    expect(second.reason).toBe('combined');
    expect(new Set(second.categories)).toEqual(new Set(['secrecy', 'move_private']));
  });

  test('the child’s own outgoing messages do not count toward grooming', () => {
    expect(detector.conversation().scan({ text: 'jangan bilang ortu', kind: 'chat', direction: 'outgoing' }).risk).toBe(
      'none',
    );
  });
});

describe('conversation signals and pages', () => {
  test('an unknown contact plus a secrecy request escalates', () => {
    const chat = detector.conversation();
    expect(chat.addSignal('unknown_contact').risk).toBe('low');
    expect(chat.scan({ text: 'jangan bilang ortu ya', kind: 'chat' }).risk).toBe('medium');
  });

  test('scanPage looks at title, headings and text together', () => {
    const result = detector.scanPage({
      url: 'https://x.example/',
      title: 'Hello',
      headings: [],
      text: 'nothing risky',
    });
    expect(result.risk).toBe('none');
  });
});
