import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import type { ChildChoice } from '@/lib/messages/types';
import type { BlockInfo, ChildStatus, HelpOrigin, UnlockResult } from '@/lib/messages/protocol/child';
import { onMessage } from '@/lib/messages/protocol';
import { schemas } from '@/lib/messages/schemas';
import { hostInList } from '@/lib/policy/hosts';
import type { EffectiveSettings } from '@/lib/settings/policy';
import { loadEffective, saveSettings } from '@/lib/settings/store';
import { grantPass } from '../blocking';
import { leaveToCalmPage } from '../leave';
import { checkPin } from '../pin';
import { reportContextFor } from '../report-context';
import { classifySender } from '../sender';
import { tryWrite } from '../storage-health';

/** The child's view of the settings in force. Lab mode alone also locks snippets; that is not the school's doing. */
export function childStatusFrom({ settings, locked }: EffectiveSettings, now = Date.now()): ChildStatus {
  return {
    language: settings.language,
    ageBand: settings.ageBand,
    pausedUntil: settings.pausedUntil !== null && settings.pausedUntil > now ? settings.pausedUntil : null,
    managedBySchool: [...locked].some((key) => key !== 'keepSnippets'),
    labMode: settings.labMode,
    mayChangeLanguage: settings.childMayChangeLanguage && !locked.has('language'),
    keepsSnippets: settings.keepSnippets,
  };
}

async function recordChoice(eventId: string | undefined, choice: ChildChoice): Promise<void> {
  if (eventId === undefined) return;
  await tryWrite(() => db().events.update(Number(eventId), { choice }));
}

function reportPageUrl(from: HelpOrigin, eventId?: string): string {
  // The report page is its own entrypoint (issue #6).
  const page = browser.runtime.getURL('/report.html' as Parameters<typeof browser.runtime.getURL>[0]);
  return `${page}?from=${from}${eventId ? `&event=${encodeURIComponent(eventId)}` : ''}`;
}

/** Finds the event behind a block page, or records one for a blocked site the browser redirected by itself. */
async function openBlockedPage(url: string, eventId: string | undefined): Promise<BlockInfo> {
  const host = new URL(url).hostname;
  if (eventId !== undefined) {
    // The event's host may differ from the page's: a finding inside a frame blocks the whole tab.
    const event = await db().events.get(Number(eventId));
    if (event && event.action === 'block') {
      if (event.categories.length === 0) return { reason: 'site', eventId, categories: [] };
      // The finding's story, remembered for the report page; after a browser restart, told from the event row.
      const story = (await reportContextFor({ event: Number(eventId) }).catch(() => null))?.story;
      return { reason: 'content', eventId, categories: event.categories, ...(story ? { story } : {}) };
    }
  }
  const { settings } = await loadEffective();
  // A shared school computer keeps daily counts only: no host, no time (DESIGN.md §8).
  if (settings.labMode || !hostInList(host, settings.blockSites)) {
    return { reason: 'site', eventId: null, categories: [] };
  }
  const id = await tryWrite(() =>
    db().events.add({
      time: Date.now(),
      host,
      kind: 'page',
      categories: [],
      // The parent or school listed the site; Kawan Aman did not judge a risk of its own.
      risk: 'medium',
      action: 'block',
    }),
  );
  return { reason: 'site', eventId: id === undefined ? null : String(id), categories: [] };
}

/**
 * The child's own pages: popup and block page. Extension pages only; a content script (and so a web page) gets no
 * answer. Nothing here changes a parent's choice except the language, and only where the parent allows it.
 */
export function registerChildHandlers(): void {
  onMessage('getChildStatus', async ({ sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return null;
    return childStatusFrom(await loadEffective());
  });

  onMessage('setChildLanguage', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return null;
    const parsed = schemas.setChildLanguage.safeParse(data);
    const current = childStatusFrom(await loadEffective());
    if (!parsed.success || !current.mayChangeLanguage) return current;
    await saveSettings({ language: parsed.data.language });
    return childStatusFrom(await loadEffective());
  });

  onMessage('blockedPageOpened', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return null;
    const parsed = schemas.blockedPageOpened.safeParse(data);
    if (!parsed.success) return { reason: 'site', eventId: null, categories: [] };
    return openBlockedPage(parsed.data.url, parsed.data.eventId);
  });

  onMessage('leaveBlockedPage', async ({ data, sender }) => {
    const from = classifySender(sender);
    if (from?.kind !== 'extension') return;
    const parsed = schemas.leaveBlockedPage.safeParse(data);
    if (!parsed.success) return;
    await recordChoice(parsed.data.eventId, 'back');
    // "Leave this page" leaves for the calm page; the blocked page stays behind it in the tab's history.
    const eventId = parsed.data.eventId === undefined ? undefined : Number(parsed.data.eventId);
    if (from.tabId !== undefined) await leaveToCalmPage(from.tabId, eventId);
  });

  onMessage('unlockBlockedPage', async ({ data, sender }): Promise<UnlockResult> => {
    if (classifySender(sender)?.kind !== 'extension') return { ok: false, reason: 'wrong-pin', lockedForMs: 0 };
    const parsed = schemas.unlockBlockedPage.safeParse(data);
    if (!parsed.success) return { ok: false, reason: 'bad-url', lockedForMs: 0 };
    const check = await checkPin(parsed.data.pin);
    if (!check.ok) return check;
    const minutes = await grantPass(new URL(parsed.data.url).hostname);
    // A frame's finding blocked the whole tab: open the frame's site too, or the child would be sent back here.
    const event = parsed.data.eventId ? await db().events.get(Number(parsed.data.eventId)) : undefined;
    if (event?.host && event.host !== new URL(parsed.data.url).hostname) await grantPass(event.host);
    await recordChoice(parsed.data.eventId, 'continue');
    return { ok: true, minutes };
  });

  onMessage('askForHelp', async ({ data, sender }) => {
    const from = classifySender(sender);
    if (from?.kind !== 'extension') return;
    const parsed = schemas.askForHelp.safeParse(data);
    if (!parsed.success) return;
    await recordChoice(parsed.data.eventId, 'help');
    await browser.tabs.create({ url: reportPageUrl(parsed.data.from, parsed.data.eventId) });
  });
}
