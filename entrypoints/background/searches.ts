import { browser } from 'wxt/browser';
import { detectorFromPack, isPack, type Detector } from '@/lib/detection';
import { DETECTION_PACK_KEY } from '@/lib/detection/pack';
import type { FindingReport } from '@/lib/messages/types';
import { searchQuery } from '@/lib/sites/search';
import { syncDetectionPack } from './detection-pack';
import { classify } from './model-host';

let loaded: { hash: string; detector: Detector } | null = null;

/** The detector of the pack the background wrote (built-in rules plus extra phrases), loaded once per pack. */
async function searchDetector(): Promise<Detector | null> {
  await syncDetectionPack();
  const pack: unknown = (await browser.storage.local.get(DETECTION_PACK_KEY))[DETECTION_PACK_KEY];
  if (!isPack(pack)) return null;
  if (loaded?.hash !== pack.hash) loaded = { hash: pack.hash, detector: detectorFromPack(pack) };
  return loaded.detector;
}

/**
 * The finding for a search results page (docs/design.md#where-it-looks: a strong, cheap signal), decided from the tab's URL: the
 * query the child typed into Google, Bing, DuckDuckGo, YouTube or TikTok. Done here rather than in every page, so
 * the always-on guard carries neither the engines' list nor the check (issue #13: its 30 KB budget). The results
 * below the query are other pages' words the child has not opened; `isSearchPage` keeps them from being read as
 * the page's topic. The learned layer lives here too (`model-host.ts`, issue #12): the query is its to judge beside
 * the rules, with no round trip through the page; without a working model the rules decide alone.
 */
export async function searchFinding(url: string, title: string): Promise<FindingReport | null> {
  const query = searchQuery(new URL(url));
  const detector = query && (await searchDetector());
  if (!query || !detector) return null;
  // `searchQuery` keeps the query within the request's 300 characters.
  const model = await classify({ kind: 'search', text: query });
  const result = detector.scan({ text: query, kind: 'search', model });
  if (result.risk === 'none' || result.categories.length === 0) return null;
  return {
    kind: 'search',
    risk: result.risk,
    categories: result.categories,
    ruleIds: [...new Set(result.findings.map((f) => f.ruleId.slice(0, 80)))].slice(0, 50),
    scope: `${new URL(url).host}/search`,
    matched: result.findings
      .filter((f) => f.end > f.start)
      .slice(0, 10)
      .map((f) => query.slice(f.start, f.end).slice(0, 100)),
    ...(title ? { title: title.slice(0, 300) } : {}),
  };
}

/** A search engine's results page: its page text is other pages' snippets, never its topic. */
export function isSearchPage(url: string): boolean {
  try {
    return searchQuery(new URL(url)) !== null;
  } catch {
    return false;
  }
}
