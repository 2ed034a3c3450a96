/**
 * SafeSearch and YouTube Restricted Mode as declarativeNetRequest rules
 * (docs/parent-guide.md#safesearch-and-youtube-restricted-mode, issue #7). Pure data: the background installs them as
 * dynamic rules. This area owns the dynamic rule ids 100–199 and never touches others (blocked sites use 1000–2999).
 */
export const SAFE_SEARCH_IDS = { first: 100, last: 199 } as const;

export const SAFE_SEARCH_RULE_IDS = {
  google: 101,
  bing: 102,
  duckduckgo: 103,
  youtube: 110,
} as const;

/** The subset of `declarativeNetRequest.Rule` these rules use, typed here so `lib/` stays browser-free. */
export interface DnrRule {
  id: number;
  priority: number;
  action:
    | {
        type: 'redirect';
        redirect: { transform: { queryTransform: { addOrReplaceParams: { key: string; value: string }[] } } };
      }
    | { type: 'modifyHeaders'; requestHeaders: { header: string; operation: 'set'; value: string }[] };
  condition: {
    regexFilter?: string;
    requestDomains?: string[];
    resourceTypes: ('main_frame' | 'sub_frame' | 'xmlhttprequest')[];
  };
}

export function isSafeSearchRuleId(id: number): boolean {
  return id >= SAFE_SEARCH_IDS.first && id <= SAFE_SEARCH_IDS.last;
}

const PAGES: DnrRule['condition']['resourceTypes'] = ['main_frame', 'sub_frame'];

function forceParam(id: number, regexFilter: string, key: string, value: string): DnrRule {
  return {
    id,
    priority: 1,
    // Replacing the value also turns "safe=off" into "safe=active". When the value is already there the URL is
    // unchanged, and the browser does not redirect a request to itself, so there is no loop (checked in e2e).
    action: { type: 'redirect', redirect: { transform: { queryTransform: { addOrReplaceParams: [{ key, value }] } } } },
    condition: { regexFilter, resourceTypes: PAGES },
  };
}

/**
 * The rules for the parent's choices. Search pages only (the result pages, not every Google URL); any port, so the
 * e2e test can serve them locally. Google's country domains count (google.co.id is the usual one in Indonesia).
 * @example safeSearchRules({ safeSearch: true, youtubeRestricted: false }).map((r) => r.id) // [101, 102, 103]
 */
export function safeSearchRules(choice: { safeSearch: boolean; youtubeRestricted: boolean }): DnrRule[] {
  const rules: DnrRule[] = [];
  if (choice.safeSearch) {
    rules.push(
      // Google: `safe=active` is Google's documented SafeSearch parameter.
      forceParam(
        SAFE_SEARCH_RULE_IDS.google,
        '^https?://(www\\.)?google\\.[a-z]{2,3}(\\.[a-z]{2})?(:[0-9]+)?/(search|webhp|images)([/?#]|$)',
        'safe',
        'active',
      ),
      // Bing: `adlt=strict` is Bing's strict SafeSearch parameter (web, images, videos, news).
      forceParam(
        SAFE_SEARCH_RULE_IDS.bing,
        '^https?://([a-z0-9-]+\\.)?bing\\.com(:[0-9]+)?/((images|videos|news)/)?search([/?#]|$)',
        'adlt',
        'strict',
      ),
      // DuckDuckGo: `kp=1` turns safe search to strict; only on result pages (the query is in `q`).
      forceParam(
        SAFE_SEARCH_RULE_IDS.duckduckgo,
        '^https?://((html|lite|www)\\.)?duckduckgo\\.com(:[0-9]+)?/(html/?|lite/?)?\\?(.*&)?q=',
        'kp',
        '1',
      ),
    );
  }
  if (choice.youtubeRestricted) {
    // YouTube's documented network setting: the `YouTube-Restrict: Strict` request header turns on Restricted Mode
    // for every page and for the app's own API calls.
    rules.push({
      id: SAFE_SEARCH_RULE_IDS.youtube,
      priority: 1,
      action: {
        type: 'modifyHeaders',
        requestHeaders: [{ header: 'YouTube-Restrict', operation: 'set', value: 'Strict' }],
      },
      condition: {
        requestDomains: ['youtube.com', 'youtubei.googleapis.com', 'youtube.googleapis.com', 'youtube-nocookie.com'],
        resourceTypes: ['main_frame', 'sub_frame', 'xmlhttprequest'],
      },
    });
  }
  return rules;
}
