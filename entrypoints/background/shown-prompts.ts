import { browser } from 'wxt/browser';

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
