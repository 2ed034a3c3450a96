/**
 * A detector from a compiled pack: matches → findings → risk. This is all the per-page script carries of the
 * engine; it never sees a rule file or the compiler.
 *
 *   text ─▶ matcher (normalise + match, one pass) ─▶ cancel look-alikes (`unless`) ─▶ Finding[]
 *        ─▶ score: strongest finding, several categories together, dangerous pairs, education context ─▶ ScanResult
 */
import { createMatcher } from './matcher';
import { CONTEXT_BITS, EDUCATION, FLAG_UNLESS, FLAG_WEAK, loadTables, type DetectionPack } from './pack';
import {
  CATEGORIES,
  RISKS,
  type Category,
  type Conversation,
  type Detector,
  type Finding,
  type InputKind,
  type PageInput,
  type ReasonCode,
  type ScanResult,
  type Severity,
} from './types';

/** An `unless` match this many words before or after a match cancels it. */
const UNLESS_WINDOW = 8;
/** Findings returned per scan; the risk is decided long before this many. */
const MAX_FINDINGS = 50;

/** Per category: strongest severity (1–3) and whether any finding was not weak. */
type Tally = Map<Category, { sev: number; strong: boolean }>;

/** The text `scanPage` scans; its findings' offsets point into this string. */
export function pageText(page: PageInput): string {
  return [page.title, ...page.headings, page.text, page.url].join('\n');
}

function tallyOf(findings: readonly Finding[], into: Tally = new Map()): Tally {
  for (const f of findings) {
    const sev = RISKS.indexOf(f.severity);
    const t = into.get(f.category);
    if (t) {
      t.sev = Math.max(t.sev, sev);
      t.strong ||= !f.weak;
    } else into.set(f.category, { sev, strong: !f.weak });
  }
  return into;
}

function merge(...tallies: Tally[]): Tally {
  const out: Tally = new Map();
  for (const tally of tallies) {
    for (const [c, t] of tally) {
      const o = out.get(c);
      if (o) {
        o.sev = Math.max(o.sev, t.sev);
        o.strong ||= t.strong;
      } else out.set(c, { ...t });
    }
  }
  return out;
}

/**
 * The scoring model: the strongest non-weak signal sets the floor; two categories together are at least medium;
 * three, or a sexual request with anything else, or a meeting tied to gifts or secrecy, are high. An education
 * context (a lesson, news, safety advice) caps the result at low.
 */
function assess(tally: Tally, findings: Finding[], education: boolean): ScanResult {
  let peak = 0;
  for (const t of tally.values()) if (t.strong) peak = Math.max(peak, t.sev);
  if (peak === 0) return { risk: 'none', categories: [], findings, reason: 'none' };
  const has = (c: Category) => tally.has(c);
  const n = tally.size;
  let risk = peak;
  if (n >= 2) risk = Math.max(risk, 2);
  if (n >= 3 || (n >= 2 && has('sexual_request')) || (has('meet_offline') && (has('gifts') || has('secrecy')))) {
    risk = 3;
  }
  let reason: ReasonCode = n >= 2 ? 'combined' : 'single';
  if (education && risk > 1) {
    risk = 1;
    reason = 'education';
  }
  const categories = [...tally.keys()].sort((a, b) => {
    const ta = tally.get(a)!;
    const tb = tally.get(b)!;
    return +tb.strong - +ta.strong || tb.sev - ta.sev || CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b);
  });
  return { risk: RISKS[risk]!, categories, findings, reason };
}

function maxResult(a: ScanResult, b: ScanResult): ScanResult {
  return RISKS.indexOf(b.risk) > RISKS.indexOf(a.risk) ? b : a;
}

/** Loads a compiled pack (no compiling): the per-page script's door into the engine. */
export function detectorFromPack(pack: DetectionPack): Detector {
  const matcher = createMatcher(loadTables(pack));
  const { id, cat, sev, flags, of } = pack.rules;

  /** Findings plus the offsets of education cues. */
  function find(text: string, kind: InputKind): { findings: Finding[]; education: number[] } {
    const m = matcher.run(text, CONTEXT_BITS[kind]);
    const findings: Finding[] = [];
    const education: number[] = [];
    const unless: number[] = [];
    for (let i = 0; i < m.count; i++) if (flags[m.rule[i]!]! & FLAG_UNLESS) unless.push(i);
    for (let i = 0; i < m.count && findings.length < MAX_FINDINGS; i++) {
      const r = m.rule[i]!;
      if (flags[r]! & FLAG_UNLESS) continue;
      if (cat[r] === EDUCATION) {
        education.push(m.start[i]!);
        continue;
      }
      const cancelled = unless.some(
        (j) =>
          of[m.rule[j]!] === r &&
          m.firstWord[j]! <= m.lastWord[i]! + UNLESS_WINDOW &&
          m.lastWord[j]! >= m.firstWord[i]! - UNLESS_WINDOW,
      );
      const start = m.start[i]!;
      const end = m.end[i]!;
      // One finding per category and place: the Indonesian, English and Javanese rules often agree on the same words.
      if (cancelled || findings.some((f) => f.category === CATEGORIES[cat[r]!] && f.start < end && start < f.end)) {
        continue;
      }
      const finding: Finding = {
        category: CATEGORIES[cat[r]!]!,
        ruleId: id[r]!,
        start,
        end,
        severity: RISKS[sev[r]!] as Severity,
      };
      if (flags[r]! & FLAG_WEAK) finding.weak = true;
      findings.push(finding);
    }
    return { findings, education };
  }

  function scan(text: string, kind: InputKind): ScanResult {
    const { findings, education } = find(text, kind);
    return assess(tallyOf(findings), findings, education.length > 0);
  }

  return {
    scan(input) {
      return scan(input.text, input.kind === 'chat' && input.direction === 'outgoing' ? 'typed' : input.kind);
    },

    scanPage(page) {
      const text = pageText(page);
      const bodyStart = page.title.length + 1 + page.headings.reduce((n, h) => n + h.length + 1, 0);
      const urlStart = text.length - page.url.length;
      const prominent = (offset: number) => offset < bodyStart || offset >= urlStart;
      const { findings, education } = find(text, 'page');
      // A topic counts when the title, a heading or the address says it, when the body says it twice, or when one
      // strong phrase says it; a passing mention in an article is not the page's topic.
      const kept = findings.filter((f) => {
        const same = findings.filter((g) => g.category === f.category);
        return same.some((g) => prominent(g.start)) || same.length >= 2 || f.severity !== 'low';
      });
      const eduCues = education.filter(prominent).length * 2 + education.filter((o) => !prominent(o)).length;
      return assess(tallyOf(kept), kept, eduCues >= 2);
    },

    conversation(): Conversation {
      // Signals of the conversation itself (site cues, the child's own oversharing) and per sender.
      const shared: Tally = new Map();
      const senders = new Map<string, Tally>();
      const seen = new Set<Category>();
      const overall = (findings: Finding[]): ScanResult => {
        let best = assess(merge(shared), findings, false);
        for (const tally of senders.values()) best = maxResult(best, assess(merge(tally, shared), findings, false));
        return best.risk === 'none' ? best : { ...best, findings };
      };
      return {
        get categories() {
          return seen;
        },
        scan(input) {
          const outgoing = input.kind === 'chat' && input.direction === 'outgoing';
          const kind: InputKind = outgoing ? 'typed' : input.kind;
          const { findings } = find(input.text, kind);
          if (findings.length === 0) return { risk: 'none', categories: [], findings, reason: 'none' };
          for (const f of findings) seen.add(f.category);
          if (outgoing || kind === 'ui') {
            tallyOf(findings, shared);
            return overall(findings);
          }
          const key = input.sender ?? '';
          const tally = tallyOf(findings, senders.get(key) ?? new Map());
          senders.set(key, tally);
          return assess(merge(tally, shared), findings, false);
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
