// Writes Kawan Aman's stored settings the way its background does, for the demo and the end-to-end tests.

/**
 * From the service worker or an extension page (Playwright `Worker` or `Page`): the settings are sealed in
 * `storage.session` first, or the background takes the write for a foreign one and puts the old settings back
 * (`entrypoints/background/seals.ts`). `value` replaces what is stored; with `merge: true` it is merged in.
 */
export async function writeSealedSettings(target, value, { merge = false } = {}) {
  await target.evaluate(
    async ({ value, merge }) => {
      const { storage } = globalThis.chrome;
      const stored = merge ? ((await storage.local.get('settings')).settings ?? {}) : {};
      const settings = { ...stored, ...value };
      // lib/canonical-json.ts, inlined: this function runs in the browser.
      const canonical = JSON.stringify(settings, (_key, v) =>
        v !== null && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
          : v,
      );
      await storage.session.set({ settingsSeal: canonical });
      await storage.local.set({ settings });
    },
    { value, merge },
  );
}

/**
 * Whether the background has applied `patch` to the per-page config that content scripts read: every key of `patch`
 * the config carries has the written value (keys it doesn't carry, such as a PIN, are not the pages' business). From
 * the service worker or an extension page, as above; poll it after {@link writeSealedSettings}.
 */
export function pageConfigHas(target, patch) {
  return target.evaluate(async (p) => {
    const { pageConfig } = await globalThis.chrome.storage.local.get('pageConfig');
    return Boolean(
      pageConfig &&
      Object.entries(p).every(([k, v]) => !(k in pageConfig) || JSON.stringify(pageConfig[k]) === JSON.stringify(v)),
    );
  }, patch);
}
