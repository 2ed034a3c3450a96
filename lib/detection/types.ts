import type { ModelOpinion } from './combine';

/**
 * Stable public vocabulary of the detection engine (DESIGN.md §4). Category ids are used in settings, school
 * policy, stored events and the prompt's `data-categories`: never rename one.
 */
export const CATEGORIES = [
  'secrecy',
  'move_private',
  'sexual_request',
  'personal_info',
  'gifts',
  'meet_offline',
  'sextortion',
  'flattery_trust',
  'hidden_account',
  'vpn_bypass',
  'anonymous_chat',
  'unknown_contact',
  'oversharing',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const RISKS = ['none', 'low', 'medium', 'high'] as const;
export type Risk = (typeof RISKS)[number];
/** A finding always carries some risk. */
export type Severity = Exclude<Risk, 'none'>;

export const LANGS = ['id', 'en', 'jv'] as const;
export type RuleLang = (typeof LANGS)[number];

/** Where the text came from: a chat message, page text, a search query, or what the child is typing. */
export const SCAN_KINDS = ['chat', 'page', 'search', 'typed'] as const;
export type ScanKind = (typeof SCAN_KINDS)[number];

/**
 * What `scan` accepts: the scan kinds plus `ui`, text from the chat site's own interface (a "not in your contacts"
 * banner, a message-request bar, the chat title). Site adapters pass it so `unknown_contact` cue rules can fire:
 * `conversation.scan({ text: banner, kind: 'ui' })` adds the signal to that conversation.
 */
export const INPUT_KINDS = [...SCAN_KINDS, 'ui'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export type Direction = 'incoming' | 'outgoing';

export interface ScanInput {
  text: string;
  kind: InputKind;
  /** A hint only: rules of every language run, because children mix languages in one message. */
  lang?: RuleLang;
  /** For chats: `outgoing` is the child's own message; it is checked for oversharing only. */
  direction?: Direction;
  /**
   * What the learned layer said about this text (the background's answer to the guard, issue #12); absent when the
   * model is not loaded or was not asked (the child's typing, interface text): the rules then decide alone.
   */
  model?: ModelOpinion | null;
}

export interface Finding {
  category: Category;
  ruleId: string;
  /** UTF-16 offsets into the original text (not the normalised form). */
  start: number;
  end: number;
  severity: Severity;
  /** A weak signal (e.g. one compliment) counts only together with other signals; alone the risk stays `none`. */
  weak?: boolean;
  /**
   * The layer that found it: absent or `rules` for a rule (with its span), `model` for the learned layer (rule id
   * `model:<category>`, no span: `start === end === 0`, the whole text).
   */
  layer?: 'rules' | 'model';
  /** A rule finding the learned layer lowered a step, sure the text is a look-alike (`combine.ts`). */
  damped?: boolean;
}

/**
 * Machine-readable reason; the UI turns it into child words (`locales/`).
 * - `none`: nothing found
 * - `single`: one category decided the risk
 * - `combined`: several signals together raised it (a conversation that escalates)
 * - `education`: the text talks *about* safety, so the response was lowered
 */
export type ReasonCode = 'none' | 'single' | 'combined' | 'education';

export interface ScanResult {
  risk: Risk;
  /** Categories present, strongest first, without duplicates. */
  categories: Category[];
  findings: Finding[];
  reason: ReasonCode;
}

/** A phrase added by a parent or school (local slang), matched like a built-in rule. */
export interface ExtraPhrase {
  category: Category;
  phrase: string;
  lang?: RuleLang;
}

export interface DetectorOptions {
  extraPhrases?: readonly ExtraPhrase[];
}

/** Accumulates risk over the messages of one chat conversation. */
export interface Conversation {
  /** Scan one message and return the conversation's risk so far (including this message). */
  scan(input: ScanInput & { sender?: string }): ScanResult;
  /**
   * Add a signal that does not come from message text, e.g. `unknown_contact` from the site's own UI
   * ("not in your contacts"). Returns the conversation's risk with it.
   */
  addSignal(category: Category, severity?: Severity): ScanResult;
  /** Categories seen so far in this conversation. */
  readonly categories: ReadonlySet<Category>;
}

/**
 * A whole page, for topic detection (`vpn_bypass`, `hidden_account`, `anonymous_chat`). Finding offsets of
 * `scanPage` point into `pageText(page)`: title, headings, text and url joined by newlines.
 */
export interface PageInput {
  url: string;
  title: string;
  headings: readonly string[];
  /** Visible main text, possibly truncated by the caller. */
  text: string;
  lang?: RuleLang;
}

export interface Detector {
  scan(input: ScanInput): ScanResult;
  /**
   * Scans a page as a whole; an education / news / prevention context lowers the result to `low` at most. `model` is
   * the learned layer's opinion of the page's sample (title, headings, the start of its text).
   */
  scanPage(page: PageInput, model?: ModelOpinion | null): ScanResult;
  conversation(): Conversation;
}

const RISK_RANK: Record<Risk, number> = { none: 0, low: 1, medium: 2, high: 3 };

export function riskRank(risk: Risk): number {
  return RISK_RANK[risk];
}

export function maxRisk(a: Risk, b: Risk): Risk {
  return RISK_RANK[a] >= RISK_RANK[b] ? a : b;
}
