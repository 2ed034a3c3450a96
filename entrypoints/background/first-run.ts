import { browser } from 'wxt/browser';
import { loadEffective } from '@/lib/settings/store';

/** In `storage.session`, for tests and the page: what the install did (`opened` the wizard or `skipped` it). */
export const FIRST_RUN_KEY = 'firstRun';

/**
 * Opens the setup wizard in a tab when Kawan Aman is installed. Not on a school lab PC (lab mode by policy): there
 * the school configures it, and a student must not be the one who sets the PIN.
 */
export async function openWizardOnInstall(): Promise<'opened' | 'skipped'> {
  const { settings } = await loadEffective();
  const result = settings.labMode || settings.setupDone ? 'skipped' : 'opened';
  if (result === 'opened') {
    await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#/setup` });
  }
  await browser.storage.session.set({ [FIRST_RUN_KEY]: result });
  return result;
}

export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openWizardOnInstall();
  });
}
