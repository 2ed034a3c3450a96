import { z } from 'zod';
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { PAGE_CONFIG_KEY } from '@/lib/settings/page-config';
import { syncPageConfig } from '@/lib/settings/store';
import { forgetTab } from './findings';
import { registerMessageHandlers } from './handlers';
import { registerSiteWatch } from './sites';

export default defineBackground(() => {
  // zod's JIT probes `new Function`, which the extension CSP forbids; skip the probe (notes/wxt-mv3.md §7).
  z.config({ jitless: true });
  // Every listener is registered synchronously: an MV3 service worker may be woken by any of these events.
  registerMessageHandlers();
  registerSiteWatch();
  browser.runtime.onInstalled.addListener(() => void syncPageConfig());
  browser.runtime.onStartup.addListener(() => void syncPageConfig());
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && 'settings' in changes) || area === 'managed') void syncPageConfig();
    if (area === 'local' && PAGE_CONFIG_KEY in changes && changes[PAGE_CONFIG_KEY]?.newValue == null) {
      void syncPageConfig();
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
