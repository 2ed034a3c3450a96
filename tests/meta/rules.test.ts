import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, createDetector, detectorFromPack } from '../../lib/detection';
import { compilePack } from '../../lib/detection/compile';
import { LEXICON } from '../../lib/detection/lexicon';
import { lexiconSchema } from '../../lib/detection/rule-schema';
import { ruleSchema, validateRuleModules } from '../../lib/detection/rule-schema';
import { RULES } from '../../lib/detection/rules';
import { loadRuleModules } from '../../scripts/lib/rules';

const dir = path.resolve('lib/detection/rules');
const detector = createDetector();

test('every rule file is registered and named after its id', () => {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  expect(RULES.map((r) => r.id).sort()).toEqual(files);
});

test('rule ids are unique', () => {
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
});

test('every rule file passes the zod schema (what `wxt build` checks)', async () => {
  expect(validateRuleModules(await loadRuleModules(dir))).toEqual([]);
});

test('a malformed rule file is reported with its file name and the zod error', async () => {
  const problems = validateRuleModules(await loadRuleModules(path.resolve('tests/fixtures/bad-rules')));
  expect(problems).toHaveLength(3);
  const missing = problems.find((p) => p.includes('missing-examples.ts'))!;
  expect(missing).toMatch(/examples/);
  expect(missing).toMatch(/gaps are \*1 to \*8/);
  expect(problems.find((p) => p.includes('wrong-name.ts'))).toMatch(/must equal the file name/);
  expect(problems.find((p) => p.includes('severity-for-another-context.ts'))).toMatch(
    /a severity per context names exactly the rule's contexts \(search, page\)/,
  );
});

test('a pattern cannot mark a word optional with "?" (the lexer reads it as a space: the word stays required)', () => {
  const parsed = ruleSchema.safeParse({ ...RULES[0], patterns: ['rumah *1 lagi? sepi'] });
  expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
    '"rumah *1 lagi? sepi": a word cannot be made optional with "?"; write a second pattern without it',
  ]);
});

test('the lexicon passes its schema', () => {
  expect(lexiconSchema.safeParse(LEXICON).success).toBe(true);
});

test('every category except the conversation signal has rules in Indonesian and English', () => {
  for (const category of CATEGORIES) {
    const langs = new Set(RULES.filter((r) => r.category === category).map((r) => r.lang));
    expect([category, langs.has('id') || langs.has('en')]).toEqual([category, true]);
  }
});

test('the chat categories have Javanese ngoko rules', () => {
  const chat = [
    'secrecy',
    'move_private',
    'sexual_request',
    'personal_info',
    'gifts',
    'meet_offline',
    'sextortion',
    'flattery_trust',
  ];
  for (const category of chat) {
    expect([category, RULES.some((r) => r.category === category && r.lang === 'jv')]).toEqual([category, true]);
  }
});

describe('every rule matches its own examples and leaves its look-alikes alone', () => {
  for (const rule of RULES.filter((r) => r.category !== 'education')) {
    const kind = rule.contexts[0]!;
    // Each rule on its own, so another rule agreeing on the same words cannot hide a broken one.
    const alone = detectorFromPack(compilePack({ rules: [rule], lexicon: LEXICON }));
    const ids = (text: string) => alone.scan({ text, kind }).findings.map((f) => f.ruleId);
    test.each(rule.examples.match.map((t) => [t]))(`${rule.id} matches %j`, (text) => {
      expect(ids(text)).toContain(rule.id);
    });
    test.each(rule.examples.noMatch.map((t) => [t]))(`${rule.id} ignores %j`, (text) => {
      expect(ids(text)).not.toContain(rule.id);
    });
  }
});

describe('a rule with a severity per context weighs its matches by where they are', () => {
  for (const rule of RULES) {
    const { severity } = rule;
    if (typeof severity === 'string') continue;
    const alone = detectorFromPack(compilePack({ rules: [rule], lexicon: LEXICON }));
    for (const context of rule.contexts) {
      test.each(rule.examples.match.map((t) => [t]))(`${rule.id} is ${severity[context]} in ${context}: %j`, (text) => {
        const found = alone.scan({ text, kind: context }).findings.filter((f) => f.ruleId === rule.id);
        expect(found.map((f) => f.severity)).toEqual([severity[context]]);
      });
    }
  }
});

describe('education cues lower a risky search to a gentle tip; their look-alikes do not', () => {
  // An education rule has no finding of its own: it shows in the reason of a risky text it accompanies. (A medium
  // search: a VPN search alone is low already.)
  const risky = 'random video chat with strangers';
  for (const rule of RULES.filter((r) => r.category === 'education')) {
    test.each(rule.examples.match.map((t) => [t]))(`${rule.id} recognises %j`, (text) => {
      expect(detector.scan({ text: `${text} ${risky}`, kind: 'search' })).toMatchObject({
        risk: 'low',
        reason: 'education',
      });
    });
    test.each(rule.examples.noMatch.map((t) => [t]))(`${rule.id} ignores %j`, (text) => {
      expect(detector.scan({ text: `${text} ${risky}`, kind: 'search' }).reason).not.toBe('education');
    });
  }
});
