import type { ExtraPhrase } from '../detection/types';
import type { Language, Settings } from './schema';

/**
 * The small, secret-free slice of the effective settings that the per-page script needs. The background writes it
 * to `storage.local` whenever settings or school policy change, so a page load never has to wake the service worker.
 */
export interface PageConfig {
  enabled: boolean;
  language: Language;
  extraPhrases: ExtraPhrase[];
  trustedContacts: string[];
  /** Epoch ms when guidance resumes after a parent's pause; null when not paused. */
  pausedUntil: number | null;
}

export const PAGE_CONFIG_KEY = 'pageConfig';

export function pageConfigFrom(settings: Settings): PageConfig {
  return {
    enabled: true,
    language: settings.language,
    extraPhrases: settings.extraPhrases,
    trustedContacts: settings.trustedContacts,
    pausedUntil: settings.pausedUntil,
  };
}

/** Whether scanning should run now; a pause ends on its own. */
export function isActive(config: PageConfig, now: number): boolean {
  return config.enabled && (config.pausedUntil === null || config.pausedUntil <= now);
}
