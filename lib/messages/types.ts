import type { Category, Risk, ScanKind } from '../detection/types';
import type { Action } from '../policy/decide';
import type { AgeBand, Language } from '../settings/schema';
import type { ChatSite } from '../sites/chat-sites';
import type { Story } from '../story';

/** The most a kept message snippet may hold (DESIGN.md §6: "≤ 200 characters around the match"). */
export const SNIPPET_MAX = 200;

/**
 * What a content script tells the background after the engine found something. Summaries only: rule ids,
 * categories and the few matched words, never the page's text.
 */
export interface FindingReport {
  kind: ScanKind;
  risk: Exclude<Risk, 'none'>;
  categories: Category[];
  ruleIds: string[];
  /**
   * Identifies the page or conversation so the same thing is not shown again and again: `host/path` for a page,
   * `host/search`, `host/site`, `host/<site>/<conversation id>` for a chat (`#typed` appended for the child's typing).
   */
  scope: string;
  /**
   * The matched words themselves (each ≤ 100 chars), for the child's own report; never stored by default. Always
   * empty for `typed`: what the child types never leaves the page.
   */
  matched: string[];
  /** The chat partner's display name, handle or number as the site shows it, when a site adapter knows it. */
  contact?: string;
  /**
   * Ignored by the background, which decides this itself from `contact` and the parent's list (a page must not be
   * able to soften a response). Kept for older guards.
   */
  trustedContact?: boolean;
  /** The web chat the finding came from (its site adapter's id), for app-specific help on the report page. */
  site?: ChatSite;
  /** The page title, for the child's report. */
  title?: string;
  /**
   * At most 200 characters of the chat message or page text around the match, only when the page config says the
   * parent keeps snippets (never in lab mode, never from what the child types or searches). The background checks
   * the settings again before it stores one.
   */
  snippet?: string;
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
  /**
   * What happened, for the card's words (issue #14): the category that matters most, where (chat, search, page,
   * site …), the rule's signal and whether the other side is a stranger. Decided by the background with
   * `storyOf`; a card without one tells the story of its strongest category in its usual place.
   */
  story?: Story;
}
