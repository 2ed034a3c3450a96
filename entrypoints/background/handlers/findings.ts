import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import { onMessage } from '@/lib/messages/protocol';
import { schemas } from '@/lib/messages/schemas';
import { escalate } from '../escalate';
import { handleFindings, promptSeen } from '../findings';
import { leaveToCalmPage } from '../leave';
import { isSearchPage } from '../searches';
import { mayOpenHelp } from '../rate-limit';
import { wasShownIn } from '../shown-prompts';
import { tryWrite } from '../storage-health';
import { classifySender } from '../sender';

/**
 * One handler per ProtocolMap key: classify the sender, validate the payload, then act. Anything that fails either
 * check is dropped without an answer.
 */
export function registerFindingsHandlers(): void {
  onMessage('reportFindings', async ({ data, sender }) => {
    const from = classifySender(sender);
    if (from?.kind !== 'content') return;
    const parsed = schemas.reportFindings.safeParse(data);
    if (!parsed.success) return;
    // A search results page is rated by its query (searches.ts), not by the snippets of pages the child hasn't opened.
    if (parsed.data.kind === 'page' && isSearchPage(from.url)) return;
    await handleFindings(parsed.data, from);
  });

  // The card's own word on whether the child could see it; only about prompts sent to the sender's own tab.
  onMessage('promptSeen', async ({ data, sender }) => {
    const from = classifySender(sender);
    if (from?.kind !== 'content') return;
    const parsed = schemas.promptSeen.safeParse(data);
    if (!parsed.success) return;
    await promptSeen(from.tabId, parsed.data.promptId);
  });

  onMessage('promptHidden', async ({ data, sender }) => {
    const from = classifySender(sender);
    if (from?.kind !== 'content') return;
    const parsed = schemas.promptHidden.safeParse(data);
    if (!parsed.success) return;
    await escalate(from.tabId, parsed.data.promptId);
  });

  onMessage('recordChoice', async ({ data, sender }) => {
    const from = classifySender(sender);
    if (!from) return;
    const parsed = schemas.recordChoice.safeParse(data);
    if (!parsed.success) return;
    // A lab-mode prompt (`lab:…`) and one whose event the full database refused (`unsaved:…`) have no event: their
    // choice is not kept, but "Get help" still opens the report page.
    const id = Number(parsed.data.promptId);
    const eventId = Number.isSafeInteger(id) ? id : undefined;
    if (eventId === undefined && !/^(lab|unsaved):/.test(parsed.data.promptId)) return;
    // A page's script only answers the prompt shown in its own tab, and opens only so many help pages.
    if (from.kind === 'content') {
      if (!(await wasShownIn(from.tabId, parsed.data.promptId))) return;
      if (parsed.data.choice === 'help' && !mayOpenHelp(from.tabId)) return;
    }
    if (eventId !== undefined) await tryWrite(() => db().events.update(eventId, { choice: parsed.data.choice }));
    // "Leave this page" leaves: the card's tab goes to the calm page.
    if (parsed.data.choice === 'back' && from.kind === 'content') {
      await leaveToCalmPage(from.tabId, eventId).catch(() => undefined);
    }
    if (parsed.data.choice === 'help') {
      const reportPage = browser.runtime.getURL('/report.html');
      // A lab-mode prompt has no event; the report page then pre-fills site and title from the tab.
      const query =
        eventId !== undefined ? `event=${eventId}` : from.tabId !== undefined ? `from=prompt&tab=${from.tabId}` : '';
      await browser.tabs.create({ url: query ? `${reportPage}?${query}` : reportPage });
    }
  });
}
