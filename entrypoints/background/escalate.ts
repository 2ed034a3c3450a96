import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import type { ChildChoice, PromptData } from '@/lib/messages/types';
import { keepsCurrent } from '@/lib/policy/prompt-rank';
import { settleSeen } from './findings';
import { leaveToCalmPage } from './leave';
import { mayOpenHelp, RateLimiter } from './rate-limit';
import { takeShowing, type Showing } from './shown-prompts';
import { tryWrite } from './storage-health';

/**
 * When a page keeps the in-page card from being seen (removes it, covers it, puts its own modal or fullscreen above
 * it again and again — the card's watch gives up, `prompt.content/watch.ts`), the same prompt is shown on the
 * extension's own **warning page**, which no page can touch (issue #15). Per level:
 *
 * - a **tip** or a **warning** opens in a new tab right after the page's tab, in front. The page's tab is left as it
 *   is: a tip never takes the child away from a page, and the chat stays there to show an adult or to report (the
 *   report flow says "don't delete the chat"). "Leave this page" on the warning page moves the page's tab to the calm
 *   page (as on the card, `leave.ts`); "continue" or closing the tip returns to it; "Get help" opens the report page.
 * - a **block** never needs this: the block page replaces the page in its own tab, and a page can't hold that
 *   either (`blocking.ts`).
 *
 * One warning tab per page tab: a later prompt from the same page shows in it (unless the one there is stronger).
 */
const WARNING_PAGE = '/warning.html';
/** What the warning page shows, by prompt id (under `shown:`, which lab mode clears: it names a page). */
const recordKey = (promptId: string) => `shown:warning:${promptId}`;
/** The warning tab open for a page's tab. */
const openKey = (tabId: number) => `shown:${tabId}:warningTab`;

export interface Escalated extends Showing {
  /** The page's tab the card was hidden in. */
  tabId: number;
}

/** Warning tabs one page tab may open: 3 at once, then one a minute (a page that hides card after card). */
const TAB_WARNING_PAGES = new RateLimiter({ burst: 3, everyMs: 60_000 });

export function warningPageUrl(promptId: string): string {
  const page = browser.runtime.getURL(WARNING_PAGE as Parameters<typeof browser.runtime.getURL>[0]);
  return `${page}?prompt=${encodeURIComponent(promptId)}`;
}

async function readRecord(promptId: string): Promise<Escalated | undefined> {
  const stored = (await browser.storage.session.get(recordKey(promptId)))[recordKey(promptId)];
  return stored && typeof stored === 'object' ? (stored as Escalated) : undefined;
}

/**
 * The card `promptId` in `tabId` can't be seen: show it on the warning page. Only a prompt the background sent to
 * that tab and that was not seen yet (a content script can't open pages for prompts of other tabs, or twice).
 */
export async function escalate(tabId: number, promptId: string): Promise<void> {
  const showing = await takeShowing(tabId, promptId);
  if (!showing || !TAB_WARNING_PAGES.take(String(tabId))) return;
  const record: Escalated = { ...showing, tabId };
  const url = warningPageUrl(promptId);
  const open = (await browser.storage.session.get(openKey(tabId)))[openKey(tabId)] as
    { tabId: number; promptId: string } | undefined;
  const openTab = open ? await browser.tabs.get(open.tabId).catch(() => undefined) : undefined;
  if (open && openTab) {
    const there = await readRecord(open.promptId);
    // The warning tab already shows something stronger: that stays in front.
    if (there && keepsCurrent(there.data, record.data)) {
      await browser.tabs.update(open.tabId, { active: true }).catch(() => undefined);
      return;
    }
    await browser.storage.session.set({
      [recordKey(promptId)]: record,
      [openKey(tabId)]: { tabId: open.tabId, promptId },
    });
    await browser.tabs.update(open.tabId, { url, active: true });
    return;
  }
  await browser.storage.session.set({ [recordKey(promptId)]: record });
  const source = await browser.tabs.get(tabId).catch(() => undefined);
  const created = await browser.tabs.create({
    url,
    active: true,
    ...(source ? { index: source.index + 1, windowId: source.windowId, openerTabId: tabId } : {}),
  });
  if (created.id !== undefined) {
    await browser.storage.session.set({ [openKey(tabId)]: { tabId: created.id, promptId } });
  }
}

/** The warning page opened: what it shows. Now the child sees the prompt, so its finding counts as shown. */
export async function warningPageOpened(promptId: string): Promise<PromptData | null> {
  const record = await readRecord(promptId);
  if (!record) return null;
  await settleSeen(record.tabId, record);
  return record.data;
}

/**
 * The child's choice on the warning page (`warningTabId` is the page's own tab): recorded on the event, then
 * "leave" (`back`) moves the page's tab to the calm page, "continue" and "dismiss" return to it, "help" opens the
 * report page; the warning tab closes.
 */
export async function answerWarningPage(promptId: string, choice: ChildChoice, warningTabId?: number): Promise<void> {
  const record = await readRecord(promptId);
  if (!record) return;
  await browser.storage.session.remove(recordKey(promptId));
  const open = (await browser.storage.session.get(openKey(record.tabId)))[openKey(record.tabId)] as
    { promptId: string } | undefined;
  if (open?.promptId === promptId) await browser.storage.session.remove(openKey(record.tabId));
  const eventId = Number(promptId);
  if (Number.isSafeInteger(eventId)) await tryWrite(() => db().events.update(eventId, { choice }));
  if (choice === 'help') {
    if (mayOpenHelp(record.tabId)) {
      const page = browser.runtime.getURL('/report.html');
      const query = Number.isSafeInteger(eventId) ? `event=${eventId}` : `from=prompt&tab=${record.tabId}`;
      await browser.tabs.create({ url: `${page}?${query}` });
    }
  } else {
    if (choice === 'back') {
      await leaveToCalmPage(record.tabId, Number.isSafeInteger(eventId) ? eventId : undefined).catch(() => undefined);
    }
    await browser.tabs.update(record.tabId, { active: true }).catch(() => undefined);
  }
  if (warningTabId !== undefined) await browser.tabs.remove(warningTabId).catch(() => undefined);
}
