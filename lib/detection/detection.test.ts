import { describe, expect, test } from 'vitest';
import { createDetector } from './index';
import { RULES } from './rules';

const detector = createDetector();

describe('every rule matches its own examples', () => {
  for (const rule of RULES) {
    const kind = rule.contexts[0]!;
    test.each(rule.examples.match.map((t) => [t]))(`${rule.id} matches %j`, (text) => {
      const ids = rule.category === 'education' ? null : detector.scan({ text, kind }).findings.map((f) => f.ruleId);
      if (ids) expect(ids).toContain(rule.id);
    });
    test.each(rule.examples.noMatch.map((t) => [t]))(`${rule.id} ignores %j`, (text) => {
      expect(detector.scan({ text, kind }).findings.map((f) => f.ruleId)).not.toContain(rule.id);
    });
  }
});
