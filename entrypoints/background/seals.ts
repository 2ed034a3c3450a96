import { browser } from 'wxt/browser';
import { canonicalJson } from '@/lib/canonical-json';
import { DETECTION_PACK_KEY } from '@/lib/detection/pack';
import { settingsGuardedItem } from '@/lib/settings/health';
import { PAGE_CONFIG_KEY, pageConfigFrom } from '@/lib/settings/page-config';
import { loadEffectiveSettings, pageConfigItem, settingsItem, settingsSealItem } from '@/lib/settings/store';
import { storedPackIsSealed, syncDetectionPack } from './detection-pack';

/**
 * Content scripts can write `storage.local` (Chrome and Firefox give them no read-only access), so a subverted page
 * script could pause protection or empty the rules there without the PIN. Only the background writes the settings,
 * the page config and the detection pack, and it seals each write in `storage.session` (out of content scripts'
 * reach): settings by their canonical JSON (`writeSettings`), the pack by its SHA-256, the page config by being derived from
 * the settings. Any other write is put back, and the parent is told on the options page.
 */

/** A change that races a write of the background's own is looked at again after this long before it counts. */
const SETTLE_MS = 150;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the stored settings differ from the seal; after a browser restart (no seal yet) they are sealed as found. */
export async function settingsTampered(): Promise<boolean> {
  const [seal, stored] = await Promise.all([settingsSealItem.getValue(), browser.storage.local.get('settings')]);
  const json = canonicalJson(stored.settings);
  if (seal === null) {
    await settingsSealItem.setValue(json);
    return false;
  }
  return seal !== json;
}

async function pageConfigTampered(): Promise<boolean> {
  const stored = await pageConfigItem.getValue();
  return stored !== null && canonicalJson(stored) !== canonicalJson(pageConfigFrom(await loadEffectiveSettings()));
}

async function packTampered(): Promise<boolean> {
  const stored: unknown = (await browser.storage.local.get(DETECTION_PACK_KEY))[DETECTION_PACK_KEY];
  return (await storedPackIsSealed(stored)) === false;
}

async function noteGuarded(now = Date.now()): Promise<void> {
  const before = await settingsGuardedItem.getValue();
  await settingsGuardedItem.setValue({ at: now, count: (before?.count ?? 0) + 1 });
}

let checking: Promise<unknown> = Promise.resolve();

/** Runs `check` after the previous one; when it finds a foreign write twice, `SETTLE_MS` apart, puts it back. */
function guard(check: () => Promise<boolean>, putBack: () => Promise<void>): Promise<void> {
  const run = async () => {
    if (!(await check())) return;
    await sleep(SETTLE_MS);
    if (!(await check())) return;
    await putBack();
    await noteGuarded();
  };
  const next = checking.then(run, run);
  checking = next.catch(() => undefined);
  return next;
}

/** Puts the sealed settings back (or removes them, when the background last removed them). */
async function restoreSettings(): Promise<void> {
  const sealed: unknown = JSON.parse((await settingsSealItem.getValue()) ?? 'null');
  if (sealed === null) await settingsItem.removeValue();
  else await settingsItem.setValue(sealed);
}

/** Checks every change of the three keys only the background may write. Registered synchronously at start-up. */
export function registerSeals(): void {
  // After a browser restart the session's seal is empty: what is stored now is what the background last wrote.
  void settingsTampered().catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if ('settings' in changes) void guard(settingsTampered, restoreSettings).catch(() => undefined);
    if (changes[PAGE_CONFIG_KEY]?.newValue != null) {
      void guard(pageConfigTampered, async () => {
        await pageConfigItem.setValue(pageConfigFrom(await loadEffectiveSettings()));
      }).catch(() => undefined);
    }
    if (changes[DETECTION_PACK_KEY]?.newValue != null) {
      void guard(packTampered, syncDetectionPack).catch(() => undefined);
    }
  });
}

/** For tests: wait until every check queued so far has finished. */
export function sealChecksSettled(): Promise<unknown> {
  return checking;
}
