import { browser } from 'wxt/browser';
import type { PromptData } from '@/lib/messages/types';

/**
 * Which prompts the background showed in which tab, so the child's answer (`recordChoice`) is taken only from the tab
 * the prompt was shown in: a content script in another tab — or one a page subverted — cannot rewrite the choices
 * in the parent's history by guessing event ids. In `storage.session` (trusted contexts only), so a service-worker
 * restart between the prompt and the child's tap loses nothing.
 */
const PREFIX = 'prompts:';
/** Prompts remembered per tab; a long chat day shows far fewer. */
const KEEP = 100;

export async function rememberPrompt(tabId: number, promptId: string): Promise<void> {
  const key = `${PREFIX}${tabId}`;
  const stored = (await browser.storage.session.get(key))[key];
  const ids = Array.isArray(stored) ? (stored as string[]).filter((id) => id !== promptId) : [];
  ids.push(promptId);
  await browser.storage.session.set({ [key]: ids.slice(-KEEP) });
}

export async function wasShownIn(tabId: number, promptId: string): Promise<boolean> {
  const key = `${PREFIX}${tabId}`;
  const stored = (await browser.storage.session.get(key))[key];
  return Array.isArray(stored) && (stored as unknown[]).includes(promptId);
}

export async function forgetPrompts(tabId: number): Promise<void> {
  await browser.storage.session.remove(`${PREFIX}${tabId}`);
}

/**
 * A prompt sent to a tab whose card has not said yet that the child could see it: what it shows and the finding
 * behind it. Until the card confirms (`promptSeen`), the finding does not count as shown — a card a page hid is
 * not a warning the child got (issue #15). Under `shown:` (lab mode's clean-up): it names pages and conversations.
 */
export interface Showing {
  promptId: string;
  data: PromptData;
  /** The finding's `scope|category|risk` keys, marked shown once the child saw it (`findings.ts`). */
  keys: string[];
  /** The pending finding it carries (`findings.ts`), settled once it was seen. */
  finding: string;
}

const showingKey = (tabId: number) => `shown:${tabId}:showing`;
/** Cards awaiting the child's eyes per tab; more than a few at once means they replaced each other. */
const KEEP_SHOWING = 10;

async function readShowing(tabId: number): Promise<Showing[]> {
  const stored = (await browser.storage.session.get(showingKey(tabId)))[showingKey(tabId)];
  return Array.isArray(stored) ? (stored as Showing[]) : [];
}

export async function rememberShowing(tabId: number, showing: Showing): Promise<void> {
  const list = (await readShowing(tabId)).filter((s) => s.promptId !== showing.promptId);
  list.push(showing);
  await browser.storage.session.set({ [showingKey(tabId)]: list.slice(-KEEP_SHOWING) });
}

/** The card sent to `tabId` as `promptId`, while it is still in that tab. */
export async function showingFor(tabId: number, promptId: string): Promise<Showing | undefined> {
  return (await readShowing(tabId)).find((s) => s.promptId === promptId);
}

/** The card sent to `tabId` as `promptId`, taken out of the tab (it moved to the warning page). */
export async function takeShowing(tabId: number, promptId: string): Promise<Showing | undefined> {
  const list = await readShowing(tabId);
  const found = list.find((s) => s.promptId === promptId);
  if (found) await browser.storage.session.set({ [showingKey(tabId)]: list.filter((s) => s !== found) });
  return found;
}

export async function forgetShowing(tabId: number): Promise<void> {
  await browser.storage.session.remove(showingKey(tabId));
}
