import type { Category, Risk } from '../detection/types';
import type { Story } from '../story';

/** How the child reached an adult: a WhatsApp chat, a text message, a phone call or an email. */
export const REPORT_CHANNELS = ['whatsapp', 'sms', 'tel', 'email'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** Where the report page was opened from (the `from` URL parameter; a prompt's help button sends `event` only). */
export const REPORT_SOURCES = ['prompt', 'popup', 'blocked', 'menu', 'page'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/**
 * What the report page can fill in for the child: from the finding that led here (kept only in `storage.session`)
 * or from the tab the child right-clicked. All text is short, capped and may come from a hostile page.
 */
export interface ReportContext {
  host: string;
  title: string;
  contact: string;
  categories: Category[];
  /** The flagged words, each ≤ 100 characters. */
  matched: string[];
  /** When it happened (epoch ms). */
  time: number;
  risk?: Exclude<Risk, 'none'>;
  /** What happened, as the card told it (issue #14); the report page pre-fills "what happened" from it. */
  story?: Story;
}

/** The evidence the child keeps and sends: every field editable by the child. */
export interface ReportDetails {
  host: string;
  title: string;
  contact: string;
  categories: Category[];
  flaggedWords: string;
  note: string;
  /** When it happened (epoch ms). */
  happenedAt: number;
  /** What happened, as the card told it; shown while its category is still ticked. */
  story?: Story;
}
