import type { AgeBand, GuidanceLevel, Settings } from './schema';

/** Children under 10 get the protective level unless a parent chooses otherwise (docs/design.md#guidance-levels). */
export function defaultLevelFor(ageBand: AgeBand): GuidanceLevel {
  return ageBand === '6-9' ? 'protective' : 'guided';
}

/** SafeSearch and YouTube Restricted Mode are on by default for children under 13. */
export function defaultSafeSearchFor(ageBand: AgeBand): boolean {
  return ageBand !== '13-17';
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'id',
  ageBand: '10-12',
  guidanceLevel: defaultLevelFor('10-12'),
  trustedAdult: null,
  localService: null,
  categoryActions: {},
  allowSites: [],
  blockSites: [],
  trustedContacts: [],
  extraPhrases: [],
  retentionDays: 30,
  keepSnippets: false,
  labMode: false,
  safeSearch: defaultSafeSearchFor('10-12'),
  youtubeRestricted: defaultSafeSearchFor('10-12'),
  childMayChangeLanguage: true,
  pausedUntil: null,
  setupDone: false,
};
