import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import type { FindingReport } from '@/lib/messages/types';
import { decide } from '@/lib/policy/decide';
import { loadEffectiveSettings } from '@/lib/settings/store';
import { isActive, keepsSnippets, pageConfigFrom } from '@/lib/settings/page-config';
import { countForLab } from './lab';
import { hasPass, sendToBlockedPage } from './blocking';
import { isTrustedContact } from '@/lib/sites/contacts';
import { storyOf } from '@/lib/story';
import { showPrompt } from './prompt';
import { mayRecordEvent } from './rate-limit';
import { rememberPrompt, forgetPrompts } from './shown-prompts';
import { tryWrite } from './storage-health';
import { rememberFinding } from './report-context';
import type { SenderInfo } from './sender';

type ContentSender = Extract<SenderInfo, { kind: 'content' }>;

/** Which scope+category pairs were already shown per tab; in session storage so SW restarts keep it. */
async function alreadyShown(tabId: number, keys: string[]): Promise<boolean> {
  const storageKey = `shown:${tabId}`;
  const stored = (await browser.storage.session.get(storageKey))[storageKey];
  const shown = new Set<string>(Array.isArray(stored) ? (stored as string[]) : []);
  return keys.every((k) => shown.has(k));
}

/** Marks scope+category pairs as shown in the tab, once their prompt is on screen. */
async function markShown(tabId: number, keys: string[]): Promise<void> {
  const storageKey = `shown:${tabId}`;
  const stored = (await browser.storage.session.get(storageKey))[storageKey];
  const shown = new Set<string>(Array.isArray(stored) ? (stored as string[]) : []);
  for (const k of keys) shown.add(k);
  await browser.storage.session.set({ [storageKey]: [...shown].slice(-500) });
}

/**
 * A finding that was recorded but whose prompt is not on screen yet, per tab (`shown:<tab>:pending`, so lab mode's
 * clean-up of `shown:` keys covers it). The service worker may stop between writing the event and showing the
 * prompt, or the prompt may fail to show (the tab was busy navigating): the next report of the same finding then
 * shows it with the event already written, instead of recording it twice or dropping it as already shown.
 */
interface Pending {
  finding: string;
  /** The event written for it; `null` when none was (lab mode, or the database refused the write). */
  eventId: number | null;
}

const pendingKey = (tabId: number) => `shown:${tabId}:pending`;

async function pendingFor(tabId: number, finding: string): Promise<Pending | undefined> {
  const stored = (await browser.storage.session.get(pendingKey(tabId)))[pendingKey(tabId)] as Pending | undefined;
  return stored?.finding === finding ? stored : undefined;
}

/**
 * A block is never deduplicated (coming back to the page must block again), but the reports that were already on
 * their way while the tab left for the block page must not record it twice.
 */
async function justBlocked(tabId: number, now: number): Promise<boolean> {
  const storageKey = `blocked:${tabId}`;
  const at = (await browser.storage.session.get(storageKey))[storageKey];
  if (typeof at === 'number' && now - at < 3000) return true;
  await browser.storage.session.set({ [storageKey]: now });
  return false;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([`shown:${tabId}`, pendingKey(tabId), `blocked:${tabId}`]);
  await forgetPrompts(tabId);
}

/**
 * Trusted contacts are decided here, from the contact the site shows and the parent's list, never from the page's
 * say-so. A trusted contact is never a stranger: `unknown_contact` is dropped (and a report that was only that is
 * dropped whole); what remains is lowered one step by `decide`.
 */
export function withTrustedContacts(report: FindingReport, trusted: readonly string[]): FindingReport | null {
  const trustedContact = isTrustedContact(report.contact, trusted);
  if (!trustedContact) return { ...report, trustedContact: false };
  const categories = report.categories.filter((c) => c !== 'unknown_contact');
  if (categories.length === 0) return null;
  return { ...report, categories, trustedContact };
}

// Findings from one tab are handled one after another, in the order they arrived: a conversation's risk only
// grows, and an earlier, weaker finding must not overtake a later, stronger one and replace its prompt. (In-flight
// ordering only; nothing here needs to outlive the service worker.)
const tabQueues = new Map<number, Promise<void>>();

/**
 * A content script found something: decide what the child sees, record it, and show it. The finding is validated
 * already; the host comes from the browser, never from the message.
 */
export function handleFindings(received: FindingReport, from: ContentSender): Promise<void> {
  const next = (tabQueues.get(from.tabId) ?? Promise.resolve()).then(() => handleInOrder(received, from));
  const settled = next.catch(() => undefined);
  tabQueues.set(from.tabId, settled);
  void settled.then(() => {
    if (tabQueues.get(from.tabId) === settled) tabQueues.delete(from.tabId);
  });
  return next;
}

async function handleInOrder(received: FindingReport, from: ContentSender): Promise<void> {
  const settings = await loadEffectiveSettings();
  if (!isActive(pageConfigFrom(settings), Date.now())) return;
  const report = withTrustedContacts(received, settings.trustedContacts);
  if (!report) return;
  const decision = decide(
    { risk: report.risk, categories: report.categories, host: from.host, trustedContact: report.trustedContact },
    settings,
  );
  // Typing is never blocked or interrupted: a nudge about what the child types is a tip at most.
  if (report.kind === 'typed' && decision.action !== 'none') decision.action = 'tip';
  if (decision.action === 'none') return;
  let action = decision.action;
  if (action === 'block') {
    // A parent opened this site with the PIN a moment ago: the child still gets the words, not the block page.
    if (await hasPass(from.host)) action = 'warn';
    else if (await justBlocked(from.tabId, Date.now())) return;
  }
  const keys = report.categories.map((c) => `${report.scope}|${c}|${report.risk}`);
  if (action !== 'block' && (await alreadyShown(from.tabId, keys))) return;
  // Recorded already, but the service worker stopped (or the tab was busy) before the child saw it: show it now.
  const finding = `${from.host}|${action}|${keys.join(',')}`;
  const pending = action !== 'block' ? await pendingFor(from.tabId, finding) : undefined;
  let eventId: number | undefined;
  if (pending) {
    eventId = pending.eventId ?? undefined;
  } else {
    // Only something new costs a token: no sender can fill the parent's history (rate-limit.ts).
    if (!mayRecordEvent(from.tabId)) return;
    // Lab mode keeps no event row, only today's count per category, so its prompts carry no event id. A write the
    // database refuses (its storage is full) still shows the child the prompt; the parent is told (storage-health.ts).
    eventId = settings.labMode
      ? await tryWrite(() => countForLab(report.categories)).then(() => undefined)
      : await tryWrite(() =>
          db().events.add({
            time: Date.now(),
            host: from.host,
            kind: report.kind,
            categories: report.categories,
            risk: report.risk,
            action,
            // Checked again here, whatever the page sent: only while the parent keeps snippets, never in lab mode.
            ...(report.snippet && keepsSnippets(settings) ? { snippet: report.snippet } : {}),
          }),
        );
    if (action !== 'block') {
      await browser.storage.session.set({ [pendingKey(from.tabId)]: { finding, eventId: eventId ?? null } });
    }
  }
  const promptId =
    eventId !== undefined ? String(eventId) : `${settings.labMode ? 'lab' : 'unsaved'}:${crypto.randomUUID()}`;
  // The report page pre-fills from this if the child asks for help (session storage only, gone with the browser).
  const target = eventId !== undefined ? { event: eventId } : { tab: from.tabId };
  await rememberFinding(target, report, from.host).catch(() => undefined);
  if (action === 'block') {
    await sendToBlockedPage(from.tabId, eventId !== undefined ? promptId : '', from.url);
    return;
  }
  await rememberPrompt(from.tabId, promptId);
  await showPrompt(from.tabId, {
    promptId,
    action,
    risk: report.risk,
    categories: report.categories,
    language: settings.language,
    ageBand: settings.ageBand,
    helpFirst: decision.helpFirst,
    continueDelaySeconds: decision.continueDelaySeconds,
    // What happened, so the card tells this finding's story (issue #14).
    story: storyOf(report) ?? undefined,
  });
  await markShown(from.tabId, keys);
  await browser.storage.session.remove(pendingKey(from.tabId));
}
