import type { Category, Severity } from '../detection/types';

/** One site or app people know by name. */
export interface ListedSite {
  /** Its name as people say it; it goes into the child's report as the matched words. */
  name: string;
  /** Its own hostnames; subdomains match too. */
  hosts: readonly string[];
  /** Extra words that name it on an app store or download page (app name variants, package-id words). */
  apps?: readonly string[];
}

/** A category of sites, kept as data so it can be updated without touching code. */
export interface SiteList {
  id: 'anonymous-chat' | 'vpn-proxy';
  category: Extract<Category, 'anonymous_chat' | 'vpn_bypass'>;
  /** How strong a visit to one of these sites is; a download page of one is always `low`. */
  risk: Severity;
  sites: readonly ListedSite[];
  /** Generic words that, on an app store or download page, say the app belongs to this list. */
  storeWords: readonly string[];
}

/** A page on an app store or download site: the app's identity is in its URL and title. */
export interface AppStore {
  host: string;
  /** The path of an app's own page starts with one of these (empty: any path, e.g. a subdomain per app). */
  paths: readonly string[];
}

export interface SiteMatch {
  category: SiteList['category'];
  risk: Severity;
  /** `download` when the page is an app store page for a listed app. */
  list: SiteList['id'] | 'download';
  name: string;
}
