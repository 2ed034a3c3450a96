import type { Category } from '../../detection/types';
import type { AgeBand, Language } from '../../settings/schema';
import type { Story } from '../../story';

/** What the child's own pages (popup, block page) show about Kawan Aman; never anything a parent keeps secret. */
export interface ChildStatus {
  language: Language;
  ageBand: AgeBand;
  /** Epoch ms when guidance resumes after a parent's pause; null when Kawan Aman is guarding. */
  pausedUntil: number | null;
  /** A school policy is in force (at least one setting is locked by it). */
  managedBySchool: boolean;
  /** A shared school computer: events are kept only as daily counts. */
  labMode: boolean;
  /** The parent allows it and the school did not lock the language. */
  mayChangeLanguage: boolean;
  /** The parent chose to keep short message snippets; the popup says so honestly. */
  keepsSnippets: boolean;
}

/** Why the block page is showing. `site`: on the blocked-sites list; `content`: what the page or chat contained. */
export type BlockReason = 'site' | 'content';

export interface BlockInfo {
  reason: BlockReason;
  /** The event recorded for this block; null on a shared school computer (lab mode keeps daily counts only). */
  eventId: string | null;
  categories: Category[];
  /** For a page blocked for what it contained: what happened, as a card would tell it (issue #14). */
  story?: Story;
}

/** The answer to the PIN on the block page. `ok` means the site is open for a while and the page may go there. */
export type UnlockResult =
  | { ok: true; minutes: number }
  | { ok: false; reason: 'wrong-pin' | 'locked' | 'no-pin' | 'bad-url'; lockedForMs: number };

/** Where the child asked for help from (the report page pre-fills from it); `left`: the calm page after leaving. */
export type HelpOrigin = 'popup' | 'blocked' | 'left';

/**
 * The child's own extension pages (popup, block page) → background. Privileged senders only: a content script gets
 * no answer. None of these change what a parent set, except the language where the parent allows it.
 */
export interface ChildProtocol {
  /** `null` for anything but our own pages. */
  getChildStatus(): ChildStatus | null;
  /** Switches the language; ignored when the parent or the school doesn't allow it. Answers the new status. */
  setChildLanguage(data: { language: Language }): ChildStatus | null;
  /** The block page opened: records the block (once) and tells the page why it is showing. */
  blockedPageOpened(data: { url: string; eventId?: string }): BlockInfo | null;
  /** "Tinggalkan halaman ini / Leave this page" on the block page: records the choice. */
  leaveBlockedPage(data: { eventId?: string }): void;
  /** The parent's PIN on the block page opens the site for a while. */
  unlockBlockedPage(data: { url: string; pin: string; eventId?: string }): UnlockResult;
  /** "Minta bantuan / Get help": opens the report page in one tap. */
  askForHelp(data: { from: HelpOrigin; eventId?: string }): void;
}
