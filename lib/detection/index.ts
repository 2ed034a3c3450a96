/**
 * The detection engine's only public door (DESIGN.md §4).
 *
 *   text ─▶ tokenize (normalise, keep offsets) ─▶ match compiled patterns ─▶ Finding[] ─▶ score ─▶ ScanResult
 *
 * Pure TypeScript: no DOM, no browser APIs, so the same code runs in the page, the background, the CLI and tests.
 */
import type { Rule } from './define-rule';
import { tokenize } from './normalize';
import { RULES } from './rules';
import {
  maxRisk,
  riskRank,
  type Category,
  type Conversation,
  type Detector,
  type DetectorOptions,
  type Finding,
  type Risk,
  type ScanInput,
  type ScanResult,
} from './types';

export * from './types';

interface Step {
  words: ReadonlySet<string>;
  /** How many other words may stand before this step. */
  gap: number;
}

interface CompiledPattern {
  rule: Pick<Rule, 'id' | 'category' | 'severity' | 'contexts'>;
  steps: Step[];
}

function compilePattern(pattern: string): Step[] {
  const steps: Step[] = [];
  let gap = 0;
  for (const part of pattern.trim().split(/\s+/)) {
    const gapMatch = /^\*(\d+)$/.exec(part);
    if (gapMatch) {
      gap = Number(gapMatch[1]);
      continue;
    }
    steps.push({ words: new Set(part.split('|').map((w) => tokenize(w).words.join(''))), gap });
    gap = 0;
  }
  return steps;
}

function matchAt(steps: Step[], words: string[], at: number): number {
  let pos = at;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    const limit = s === 0 ? pos : Math.min(words.length - 1, pos + step.gap);
    let found = -1;
    for (let i = pos; i <= limit; i++) {
      if (step.words.has(words[i]!)) {
        found = i;
        break;
      }
    }
    if (found < 0) return -1;
    pos = found + 1;
  }
  return pos - 1;
}

/** Several different kinds of signal together are worse than any one alone. */
function escalate(peak: Risk, categoryCount: number): Risk {
  if (categoryCount < 2 || peak === 'high') return peak;
  return peak === 'low' ? 'medium' : 'high';
}

function result(findings: Finding[], categories: Category[], peak: Risk): ScanResult {
  if (findings.length === 0) return { risk: 'none', categories: [], findings, reason: 'none' };
  return {
    risk: escalate(peak, categories.length),
    categories,
    findings,
    reason: categories.length >= 2 ? 'combined' : 'single',
  };
}

function peakOf(findings: readonly Finding[]): Risk {
  return findings.reduce<Risk>((r, f) => maxRisk(r, f.severity), 'none');
}

/**
 * Compiles the built-in rules (plus any extra phrases) once and returns a detector to scan many texts.
 * @example createDetector().scan({ text: 'jangan bilang ortu ya', kind: 'chat' }).categories // ['secrecy']
 */
export function createDetector(options: DetectorOptions = {}): Detector {
  const compiled: CompiledPattern[] = RULES.flatMap((rule) =>
    rule.patterns.map((p) => ({ rule, steps: compilePattern(p) })),
  );
  for (const [i, extra] of (options.extraPhrases ?? []).entries()) {
    const steps = compilePattern(extra.phrase);
    if (steps.length === 0) continue;
    compiled.push({
      rule: {
        id: `extra-phrase-${i + 1}`,
        category: extra.category,
        severity: 'low',
        contexts: ['chat', 'typed', 'search'],
      },
      steps,
    });
  }

  function findAll(input: ScanInput): Finding[] {
    const { words, starts, ends } = tokenize(input.text);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const { rule, steps } of compiled) {
      if (!rule.contexts.includes(input.kind)) continue;
      for (let i = 0; i < words.length; i++) {
        if (!steps[0]!.words.has(words[i]!)) continue;
        const last = matchAt(steps, words, i);
        if (last < 0) continue;
        const key = `${rule.id}:${i}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          category: rule.category,
          ruleId: rule.id,
          start: starts[i]!,
          end: ends[last]!,
          severity: rule.severity,
        });
      }
    }
    return findings;
  }

  function categoriesOf(findings: Finding[]): Category[] {
    const sorted = [...findings].sort((a, b) => riskRank(b.severity) - riskRank(a.severity));
    return [...new Set(sorted.map((f) => f.category))];
  }

  return {
    scan(input) {
      const findings = findAll(input);
      return result(findings, categoriesOf(findings), peakOf(findings));
    },
    scanPage(page) {
      const text = [page.title, ...page.headings, page.text].join('\n');
      const findings = findAll({ text, kind: 'page', lang: page.lang });
      return result(findings, categoriesOf(findings), peakOf(findings));
    },
    conversation(): Conversation {
      const seen = new Set<Category>();
      let peak: Risk = 'none';
      return {
        get categories() {
          return seen;
        },
        scan(input) {
          // Only what the other side says counts toward grooming; the child's own words are checked as `typed`.
          const findings = input.direction === 'outgoing' ? [] : findAll(input);
          if (findings.length === 0) return result([], [], 'none');
          for (const f of findings) seen.add(f.category);
          peak = maxRisk(peak, peakOf(findings));
          const categories = [...new Set([...categoriesOf(findings), ...seen])];
          return result(findings, categories, peak);
        },
        addSignal(category, severity = 'low') {
          seen.add(category);
          peak = maxRisk(peak, severity);
          const signal: Finding = {
            category,
            ruleId: `signal-${category.replace(/_/g, '-')}`,
            start: 0,
            end: 0,
            severity,
          };
          return result([signal], [...seen], peak);
        },
      };
    },
  };
}
