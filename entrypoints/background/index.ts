import { z } from 'zod';
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { DETECTION_PACK_KEY } from '@/lib/detection/pack';
import { PAGE_CONFIG_KEY } from '@/lib/settings/page-config';
import { syncPageConfig } from '@/lib/settings/store';
import { syncDetectionPack } from './detection-pack';
import { forgetTab } from './findings';
import { registerMessageHandlers } from './handlers';

export default defineBackground(() => {
  // zod's JIT probes `new Function`, which the extension CSP forbids; skip the probe (notes/wxt-mv3.md §7).
  z.config({ jitless: true });
  // Every listener is registered synchronously: an MV3 service worker may be woken by any of these events.
  registerMessageHandlers();
  browser.runtime.onInstalled.addListener(() => {
    void syncPageConfig();
    void syncDetectionPack();
  });
  browser.runtime.onStartup.addListener(() => {
    void syncPageConfig();
    void syncDetectionPack();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && 'settings' in changes) || area === 'managed') {
      void syncPageConfig();
      // Extra phrases from the parent or the school change the compiled pack.
      void syncDetectionPack();
    }
    if (area === 'local' && PAGE_CONFIG_KEY in changes && changes[PAGE_CONFIG_KEY]?.newValue == null) {
      void syncPageConfig();
    }
    if (area === 'local' && DETECTION_PACK_KEY in changes && changes[DETECTION_PACK_KEY]?.newValue == null) {
      void syncDetectionPack();
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
