import { browser } from 'wxt/browser';

/** The calm page a child lands on after leaving a risky page or chat (issue #14), with the event it came from. */
export function calmPageUrl(eventId?: number): string {
  const page = browser.runtime.getURL('/left.html' as Parameters<typeof browser.runtime.getURL>[0]);
  return eventId !== undefined ? `${page}?event=${eventId}` : page;
}

/**
 * "Tinggalkan halaman ini / Leave this page" on a warning card: the tab leaves the page or chat for Kawan Aman's calm
 * page, which says the child did well and offers help. Not `history.back()`: one step back is often the same chat,
 * or the search that led there, and a child expects "leave" to leave.
 */
export async function leaveToCalmPage(tabId: number, eventId?: number): Promise<void> {
  await browser.tabs.update(tabId, { url: calmPageUrl(eventId) });
}
