import { z } from 'zod';
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { PAGE_CONFIG_KEY } from '@/lib/settings/page-config';
import { syncPageConfig } from '@/lib/settings/store';
import { registerContextMenu } from './context-menu';
import { forgetTab } from './findings';
import { clearOnNewSession, rememberLabMode } from './lab';
import { registerMessageHandlers } from './handlers';

export default defineBackground(() => {
  // zod's JIT probes `new Function`, which the extension CSP forbids; skip the probe (notes/wxt-mv3.md §7).
  z.config({ jitless: true });
  // Every listener is registered synchronously: an MV3 service worker may be woken by any of these events.
  registerMessageHandlers();
  // A shared lab PC: nothing personal from the last user survives a browser restart (DESIGN.md §8).
  void clearOnNewSession();
  browser.runtime.onInstalled.addListener(() => {
    void syncPageConfig();
    void rememberLabMode();
  });
  registerContextMenu();
  browser.runtime.onStartup.addListener(() => void syncPageConfig());
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && 'settings' in changes) || area === 'managed') {
      // Policy pushed while the browser runs applies without a restart: findings read the settings in force each time,
      // and pages get the new pageConfig when they next load.
      void syncPageConfig();
      void rememberLabMode();
    }
    if (area === 'local' && PAGE_CONFIG_KEY in changes && changes[PAGE_CONFIG_KEY]?.newValue == null) {
      void syncPageConfig();
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
