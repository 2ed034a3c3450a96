import type { Category, Risk, ScanKind } from '../detection/types';
import type { Action } from '../policy/decide';
import type { AgeBand, Language } from '../settings/schema';

/**
 * What a content script tells the background after the engine found something. Summaries only: rule ids,
 * categories and the few matched words, never the page's text.
 */
export interface FindingReport {
  kind: ScanKind;
  risk: Exclude<Risk, 'none'>;
  categories: Category[];
  ruleIds: string[];
  /** Identifies the page or conversation so the same thing is not shown again and again. */
  scope: string;
  /** The matched words themselves (each ≤ 100 chars), for the child's own report; never stored by default. */
  matched: string[];
  /** The chat partner's display name or handle, when a site adapter knows it. */
  contact?: string;
  /** The chat is with someone on the parent's trusted list. */
  trustedContact?: boolean;
  /** The page title, for the child's report. */
  title?: string;
}

export type ChildChoice = 'back' | 'continue' | 'dismiss' | 'help';

/** Everything the in-page prompt needs to render; the background decides it. */
export interface PromptData {
  promptId: string;
  action: Exclude<Action, 'none' | 'block'>;
  risk: Exclude<Risk, 'none'>;
  categories: Category[];
  language: Language;
  ageBand: AgeBand;
  helpFirst: boolean;
  continueDelaySeconds: number;
}
