/**
 * A detector from a compiled pack: matches → findings → risk. This is all the per-page script carries of the
 * engine; it never sees a rule file or the compiler.
 *
 *   text ─▶ matcher (normalise + match, one pass) ─▶ cancel look-alikes (`unless`) ─▶ Finding[]
 *        ─▶ score: strongest finding, several categories together, dangerous pairs, education context ─▶ ScanResult
 *
 * It ships in every page, so it is written to stay small: categories and severities are indices, a tally is an array.
 */
import { combineFindings, type ModelOpinion } from './combine';
import { createMatcher, type Matches } from './matcher';
import { CONTEXT_BITS, EDUCATION, FLAG_UNLESS, FLAG_WEAK, type DetectionPack } from './pack';
import {
  CATEGORIES,
  RISKS,
  type Category,
  type Conversation,
  type Detector,
  type Finding,
  type InputKind,
  type PageInput,
  type ScanResult,
  type Severity,
} from './types';

/** An `unless` match this many words before or after a match cancels it. */
const UNLESS_WINDOW = 8;
/** Findings returned per scan; the risk is decided long before this many. */
const MAX_FINDINGS = 50;

/**
 * Per category (by index): 0 when absent, else its strongest severity (1–3) × 2, plus 1 when any finding of it was
 * not weak.
 */
type Tally = number[];

const cat = (c: Category) => CATEGORIES.indexOf(c);

/** The text `scanPage` scans; its findings' offsets point into this string. */
export function pageText(page: PageInput): string {
  return [page.title, ...page.headings, page.text, page.url].join('\n');
}

/** One tally value into another: the stronger severity, and "not weak" if either is. */
const stronger = (v: number, w: number) => (Math.max(v >> 1, w >> 1) << 1) | ((v | w) & 1);

/** Both tallies in one (a new one when `into` is omitted). */
function merge(a: Tally, into: Tally = CATEGORIES.map(() => 0)): Tally {
  a.forEach((v, i) => (into[i] = stronger(v, into[i]!)));
  return into;
}

function tallyOf(findings: readonly Finding[], into: Tally = CATEGORIES.map(() => 0)): Tally {
  for (const f of findings) {
    const i = cat(f.category);
    into[i] = stronger(RISKS.indexOf(f.severity) * 2 + +!f.weak, into[i]!);
  }
  return into;
}

const nothing = (findings: Finding[]): ScanResult => ({ risk: 'none', categories: [], findings, reason: 'none' });

/**
 * The scoring model: the strongest non-weak signal sets the floor; two categories together are at least medium;
 * three, or a sexual request with anything else, or a meeting tied to gifts or secrecy, are high. An education
 * context (a lesson, news, safety advice) caps the result at low.
 */
function assess(t: Tally, findings: Finding[], education: boolean): ScanResult {
  const has = (c: Category) => t[cat(c)]! > 0;
  const n = t.filter((v) => v).length;
  let risk = Math.max(0, ...t.map((v) => (v & 1 ? v >> 1 : 0)));
  if (!risk) return nothing(findings);
  if (n > 1) risk = Math.max(risk, 2);
  if (n > 2 || (n > 1 && has('sexual_request')) || (has('meet_offline') && (has('gifts') || has('secrecy')))) risk = 3;
  const educational = education && risk > 1;
  // Strongest first: not weak, then severity, then the category order (the sort is stable).
  const rank = (c: Category) => (t[cat(c)]! & 1) * 4 + (t[cat(c)]! >> 1);
  return {
    risk: RISKS[educational ? 1 : risk]!,
    categories: CATEGORIES.filter(has).sort((a, b) => rank(b) - rank(a)),
    findings,
    reason: educational ? 'education' : n > 1 ? 'combined' : 'single',
  };
}

/**
 * Whether an `unless` match of match `i`'s rule lies within UNLESS_WINDOW words of it (`of` names the rule an `unless`
 * entry cancels, -1 for every other entry).
 */
function cancelled(m: Matches, i: number, of: readonly number[]): boolean {
  for (let j = 0; j < m.count; j++) {
    if (
      of[m.rule[j]!] === m.rule[i] &&
      m.firstWord[j]! <= m.lastWord[i]! + UNLESS_WINDOW &&
      m.lastWord[j]! >= m.firstWord[i]! - UNLESS_WINDOW
    ) {
      return true;
    }
  }
  return false;
}

/** Whether a finding of `category` already overlaps [start, end). */
function sameCategoryHere(findings: readonly Finding[], category: Category, start: number, end: number): boolean {
  for (const f of findings) if (f.category === category && f.start < end && start < f.end) return true;
  return false;
}

/**
 * Loads a compiled pack (no compiling): the per-page script's door into the engine.
 * @example detectorFromPack(buildPack()).scan({ text: 'pap dong', kind: 'chat' }).risk // 'medium'
 */
export function detectorFromPack(pack: DetectionPack): Detector {
  const matcher = createMatcher(pack);
  const { id, cat: cats, sev, flags, of } = pack.rules;

  /**
   * Findings of both layers (the rules', and the learned layer's opinion when given, `combine.ts`) plus the offsets
   * of education cues. The child's typing and interface text are the rules' alone.
   */
  function find(
    text: string,
    kind: InputKind,
    model?: ModelOpinion | null,
  ): { findings: Finding[]; education: number[] } {
    const m = matcher.run(text, CONTEXT_BITS[kind]);
    const findings: Finding[] = [];
    const education: number[] = [];
    for (let i = 0; i < m.count && findings.length < MAX_FINDINGS; i++) {
      const r = m.rule[i]!;
      const start = m.start[i]!;
      const end = m.end[i]!;
      if (flags[r]! & FLAG_UNLESS) continue;
      if (cats[r] === EDUCATION) {
        education.push(start);
        continue;
      }
      const category = CATEGORIES[cats[r]!]!;
      // A look-alike nearby cancels it; one finding per category and place (the Indonesian, English and Javanese
      // rules often agree on the same words).
      if (cancelled(m, i, of) || sameCategoryHere(findings, category, start, end)) continue;
      const finding: Finding = { category, ruleId: id[r]!, start, end, severity: RISKS[sev[r]!] as Severity };
      if (flags[r]! & FLAG_WEAK) finding.weak = true;
      findings.push(finding);
    }
    return { findings: kind === 'typed' || kind === 'ui' ? findings : combineFindings(findings, model), education };
  }

  /** The kind a text is checked as: the child's own chat messages (outgoing) for oversharing only. */
  const kindOf = (input: { kind: InputKind; direction?: string }): InputKind =>
    input.kind === 'chat' && input.direction === 'outgoing' ? 'typed' : input.kind;

  return {
    scan(input) {
      const { findings, education } = find(input.text, kindOf(input), input.model);
      // Most texts have nothing: no tally to add up.
      if (findings.length === 0) return nothing(findings);
      return assess(tallyOf(findings), findings, education.length > 0);
    },

    scanPage(page, model) {
      const text = pageText(page);
      const bodyStart = text.length - page.url.length - page.text.length - 1;
      const prominent = (offset: number) => offset < bodyStart || offset >= text.length - page.url.length;
      const { findings, education } = find(text, 'page', model);
      // A topic counts when the title, a heading or the address says it, when the body says it twice, or when one
      // strong phrase says it; a passing mention in an article is not the page's topic.
      const kept = findings.filter((f) => {
        const same = findings.filter((g) => g.category === f.category);
        return same.some((g) => prominent(g.start)) || same.length > 1 || f.severity !== 'low';
      });
      const cues = education.reduce((n, o) => n + (prominent(o) ? 2 : 1), 0);
      return assess(tallyOf(kept), kept, cues > 1);
    },

    conversation(): Conversation {
      // Signals of the conversation itself (site cues, the child's own oversharing) and per sender.
      const shared: Tally = tallyOf([]);
      const senders = new Map<string, Tally>();
      const seen = new Set<Category>();
      const overall = (findings: Finding[]): ScanResult => {
        let best = assess(shared, findings, false);
        for (const t of senders.values()) {
          const r = assess(merge(t, merge(shared)), findings, false);
          if (RISKS.indexOf(r.risk) > RISKS.indexOf(best.risk)) best = r;
        }
        return { ...best, findings };
      };
      return {
        categories: seen,
        scan(input) {
          const kind = kindOf(input);
          const { findings } = find(input.text, kind, input.model);
          if (!findings.length) return nothing(findings);
          for (const f of findings) seen.add(f.category);
          if (kind !== input.kind || kind === 'ui') {
            tallyOf(findings, shared);
            return overall(findings);
          }
          const key = input.sender ?? '';
          const t = tallyOf(findings, senders.get(key));
          senders.set(key, t);
          return assess(merge(t, merge(shared)), findings, false);
        },
        addSignal(category, severity = 'low') {
          seen.add(category);
          const signal: Finding = {
            category,
            ruleId: `signal-${category.replace(/_/g, '-')}`,
            start: 0,
            end: 0,
            severity,
          };
          tallyOf([signal], shared);
          return overall([signal]);
        },
      };
    },
  };
}
