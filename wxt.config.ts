import { defineConfig } from 'wxt';
import { GECKO_ID, PUBLIC_KEY } from './lib/extension-id';

// Chrome 109 is the last Chrome on Windows 7/8.1, still common on school lab PCs; Firefox 140 is the ESR that
// understands `data_collection_permissions`. The JS target keeps syntax these browsers run.
const CHROME_MIN = '109';
const FIREFOX_MIN = '140.0';

/**
 * The per-page scripts (the guard, and the chat-sites script with the site adapters) use only `storage.local.get`,
 * `storage.onChanged` and `runtime.sendMessage`, which return promises natively in MV3 on Chrome 109+ and Firefox.
 * They skip webextension-polyfill (about 10 kB) to stay inside their 30 kB budget; every other context keeps it.
 */
const NO_POLYFILL = ['guard', 'chat-sites'];

function withoutPolyfill(config: { resolve?: { alias?: unknown } }): void {
  const alias = config.resolve?.alias;
  if (Array.isArray(alias)) {
    config.resolve!.alias = alias.filter((a: { find?: unknown }) => a.find !== 'wxt/browser');
  } else if (alias && typeof alias === 'object') {
    delete (alias as Record<string, unknown>)['wxt/browser'];
  }
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Auto-imports off: every module says what it uses, so `lib/` purity is visible from its imports.
  imports: false,
  manifestVersion: 3,
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.length === 1 && NO_POLYFILL.includes(entrypoints[0]!.name)) withoutPolyfill(config);
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
      : { key: PUBLIC_KEY, minimum_chrome_version: CHROME_MIN }),
    action: { default_title: '__MSG_extName__' },
    permissions: ['storage', 'scripting'],
    host_permissions: ['<all_urls>'],
  }),
});
