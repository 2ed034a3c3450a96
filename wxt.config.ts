import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { GECKO_ID, PUBLIC_KEY } from './lib/extension-id';
import { SHIPPED_PACK_FILE, shippedPack } from './lib/detection';
import { assertRuleFiles } from './scripts/lib/rules';

// Chrome 109 is the last Chrome on Windows 7/8.1, still common on school lab PCs; Firefox 140 is the ESR that
// understands `data_collection_permissions`. The JS target keeps syntax these browsers run.
const CHROME_MIN = '109';

/**
 * The extension's own pages and service worker (README.md#permissions-and-why): only our own scripts (no remote code,
 * no eval), no plugins, no `<base>` redirection, no web page framing our pages, and nothing loaded or connected from
 * anywhere but the extension itself — so even a mistake cannot send anything off the device
 * (docs/security.md#no-network-requests). Styles may be inline (React's `style` attribute); links the child taps
 * (WhatsApp, tel:, a hotline) are navigations, which this does not limit. `tests/meta/permissions.test.ts` keeps it
 * this strict.
 */
export const EXTENSION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
const FIREFOX_MIN = '140.0';

/**
 * The per-page scripts (the guard, and the chat-sites script with the site adapters) use only `storage.local.get`,
 * `storage.onChanged` and `runtime.sendMessage`, which return promises natively in MV3 on Chrome 109+ and Firefox.
 * They skip webextension-polyfill (about 10 kB) to stay inside their 30 kB budget; every other context keeps it.
 */
const NO_POLYFILL = ['guard', 'chat-sites'];

/**
 * The guard's bundle gets an empty stand-in for WXT's content-script context (`guard.content/wxt-context.ts`): it
 * keeps its own lifetime, and WXT's class would cost 2.9 kB of its 30 kB in every page (and leak a page-visible
 * "started" event).
 */
const GUARD_CONTEXT = fileURLToPath(new URL('./entrypoints/guard.content/wxt-context.ts', import.meta.url));

/**
 * Sets (or, without a replacement, removes) one Vite alias of a bundle's config. WXT's modules give aliases as an
 * object; Vite's merge may have turned them into a list: both become a list, the new alias first.
 */
function setAlias(config: { resolve?: { alias?: unknown } }, find: string, replacement?: string): void {
  const current = config.resolve?.alias ?? [];
  const list = Array.isArray(current)
    ? (current as { find: unknown; replacement: string }[])
    : Object.entries(current as Record<string, string>).map(([key, value]) => ({ find: key, replacement: value }));
  config.resolve = {
    ...config.resolve,
    alias: [...(replacement ? [{ find, replacement }] : []), ...list.filter((alias) => alias.find !== find)],
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Auto-imports off: every module says what it uses, so `lib/` purity is visible from its imports.
  imports: false,
  manifestVersion: 3,
  hooks: {
    // A malformed detection rule file fails the build with its file name and the zod error (issue #3).
    'build:before': () => assertRuleFiles(),
    // The built-in rules ship compiled, so the first run after install answers at once (issue #15).
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: SHIPPED_PACK_FILE, contents: JSON.stringify(shippedPack()) });
    },
    'vite:build:extendConfig'(entrypoints, config) {
      const only = entrypoints.length === 1 ? entrypoints[0]!.name : null;
      if (only && NO_POLYFILL.includes(only)) setAlias(config, 'wxt/browser');
      if (only === 'guard') {
        setAlias(config, 'wxt/utils/content-script-context', GUARD_CONTEXT);
        // The always-on script's budget is 30 KB: Terser packs it ~300 B smaller than Vite's default minifier.
        config.build = { ...config.build, minify: 'terser' };
      }
    },
  },
  zip: {
    // Never ship local artefacts or keys in the Firefox sources zip (it does not read .gitignore).
    excludeSources: ['**/*.pem', 'demo-output/**', 'test-results/**', 'playwright-report/**', '.ci/**'],
  },
  vite: () => ({
    build: { target: [`chrome${CHROME_MIN}`, 'firefox128'] },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          key: PUBLIC_KEY,
          minimum_chrome_version: CHROME_MIN,
          // School policy keys (docs/school-guide.md#the-kawan-aman-keys). Chromium validates policy against it and
          // drops what does not fit; Firefox ignores managed_schema and reads policies.json as is
          // (docs/school-guide.md#how-kawan-aman-reads-the-policy).
          storage: { managed_schema: 'managed_schema.json' },
        }),
    action: { default_title: '__MSG_extName__' },
    // contextMenus: "Laporkan / Report with Kawan Aman" on the page's right-click menu.
    // declarativeNetRequest: SafeSearch / YouTube Restricted Mode (ids 100–199) and blocked sites (1000–2999), applied
    // by the browser before a page loads. alarms: the heartbeat, the daily retention purge, and the end of a parent's
    // pass or pause, on time even while the service worker sleeps.
    permissions: ['storage', 'scripting', 'contextMenus', 'declarativeNetRequest', 'alarms'],
    host_permissions: ['<all_urls>'],
    // A blocked site's page is sent to blocked.html; a link click can only land there if it is web-accessible, and
    // the dynamic URL keeps pages from probing for it to detect the extension (README.md#permissions-and-why).
    web_accessible_resources: [{ resources: ['blocked.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    content_security_policy: { extension_pages: EXTENSION_CSP },
  }),
});
