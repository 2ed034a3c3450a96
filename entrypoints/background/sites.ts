import { browser, type Browser } from 'wxt/browser';
import type { FindingReport } from '@/lib/messages/types';
import { classifySite } from '@/lib/sites/classify';
import { handleFindings } from './findings';
import { searchFinding } from './searches';

/**
 * The finding for a tab that shows a listed anonymous-chat or VPN/proxy site, or an app store page for one
 * (`lib/sites`). Decided from the tab's URL and title alone, so the lists stay out of the per-page script's budget
 * and can grow as data.
 */
export function siteFinding(url: string, title: string): FindingReport | null {
  const match = classifySite(url, title);
  if (!match) return null;
  return {
    kind: 'page',
    risk: match.risk,
    categories: [match.category],
    ruleIds: [`site-${match.list}`],
    scope: `${new URL(url).hostname}/site`,
    matched: [match.name.slice(0, 100)],
    ...(title ? { title: title.slice(0, 300) } : {}),
  };
}

async function checkTab(tabId: number, tab: Browser.tabs.Tab): Promise<void> {
  if (tab.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
  const report = siteFinding(tab.url, tab.title ?? '') ?? (await searchFinding(tab.url, tab.title ?? ''));
  if (!report) return;
  const host = new URL(tab.url).hostname;
  await handleFindings(report, { kind: 'content', tabId, frameId: 0, host, url: tab.url });
}

/**
 * Watches tabs for listed sites and search queries (`searches.ts`): when a page finishes loading, when a single-page
 * app changes its URL (a YouTube search), and when a store page's title arrives. Needs no extra permission: host
 * access gives the URL and title. Registered synchronously from the background's main().
 */
export function registerSiteWatch(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' && !change.url && !change.title) return;
    checkTab(tabId, tab).catch(() => {
      // The tab closed or navigated away before the prompt could be shown.
    });
  });
}
