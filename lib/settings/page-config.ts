import type { Language, Settings } from './schema';

/**
 * The small, secret-free slice of the effective settings that the per-page script needs. The background writes it
 * to `storage.local` whenever settings or school policy change, so a page load never has to wake the service worker.
 * Nothing a page script does not use: extra phrases reach pages compiled into the detection pack, and the parent's
 * trusted contacts stay in the background, which checks the contact a report names.
 */
export interface PageConfig {
  enabled: boolean;
  language: Language;
  /** Epoch ms when guidance resumes after a parent's pause; null when not paused. */
  pausedUntil: number | null;
  /**
   * The parent turned on "keep message snippets" and this is no shared lab PC (docs/design.md#message-snippets): only
   * then does the guard add a snippet around a chat message's or a page's match to its report. Missing in a config
   * written by an older background: no snippets.
   */
  keepSnippets?: boolean;
}

export const PAGE_CONFIG_KEY = 'pageConfig';

export function pageConfigFrom(settings: Settings): PageConfig {
  return {
    enabled: true,
    language: settings.language,
    pausedUntil: settings.pausedUntil,
    keepSnippets: keepsSnippets(settings),
  };
}

/**
 * Whether message snippets are kept: the parent asked for them, and never on a shared lab PC
 * (docs/design.md#message-snippets).
 */
export function keepsSnippets(settings: Pick<Settings, 'keepSnippets' | 'labMode'>): boolean {
  return settings.keepSnippets && !settings.labMode;
}

/** Whether scanning should run now; a pause ends on its own. */
export function isActive(config: PageConfig, now: number): boolean {
  return config.enabled && (config.pausedUntil === null || config.pausedUntil <= now);
}
