import '@/lib/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { DETECTION_PACK_KEY } from '@/lib/detection/pack';
import { PAGE_CONFIG_KEY } from '@/lib/settings/page-config';
import { syncPageConfig } from '@/lib/settings/store';
import { registerChatSitesScript } from './chat-sites';
import { registerContextMenu } from './context-menu';
import { BLOCKING_ALARM, syncBlocking } from './blocking';
import { syncDetectionPack } from './detection-pack';
import { forgetTab } from './findings';
import { clearOnNewSession, rememberLabMode } from './lab';
import { registerMessageHandlers } from './handlers';
import { registerParentServices } from './parent';
import { registerSiteWatch } from './sites';
import { registerSeals } from './seals';
import { repairStoredSettings } from './storage-health';

export default defineBackground(() => {
  // Every listener is registered synchronously: an MV3 service worker may be woken by any of these events.
  registerMessageHandlers();
  // Settings, page config and rules written by anything but the background are put back (seals.ts).
  registerSeals();
  // A shared lab PC: nothing personal from the last user survives a browser restart
  // (docs/school-guide.md#lab-mode-and-the-school-report).
  void clearOnNewSession();
  registerContextMenu();
  // The site adapters go only to the chat sites (chat-sites.ts); the guard is the one script on every page.
  void registerChatSitesScript().catch(() => undefined);
  const syncAll = () => {
    // A damaged settings object is repaired field by field and the parent told which (storage-health.ts).
    void repairStoredSettings().catch(() => undefined);
    void syncPageConfig();
    void rememberLabMode();
    // Blocked sites are browser rules; they follow every settings or policy change, and a pause.
    void syncBlocking().catch(() => undefined);
    // Extra phrases from the parent or the school change the compiled detection pack.
    void syncDetectionPack();
  };
  browser.runtime.onInstalled.addListener(syncAll);
  browser.runtime.onStartup.addListener(syncAll);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BLOCKING_ALARM) void syncBlocking().catch(() => undefined);
  });
  registerParentServices();
  registerSiteWatch();
  browser.storage.onChanged.addListener((changes, area) => {
    // Policy pushed while the browser runs applies without a restart: findings read the settings in force each time,
    // and pages get the new pageConfig when they next load.
    if ((area === 'local' && 'settings' in changes) || area === 'managed') syncAll();
    if (area === 'local' && PAGE_CONFIG_KEY in changes && changes[PAGE_CONFIG_KEY]?.newValue == null) {
      void syncPageConfig();
    }
    if (area === 'local' && DETECTION_PACK_KEY in changes && changes[DETECTION_PACK_KEY]?.newValue == null) {
      void syncDetectionPack();
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
