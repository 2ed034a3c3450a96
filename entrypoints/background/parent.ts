import { browser } from 'wxt/browser';
import { registerFirstRun } from './first-run';
import { registerHeartbeat } from './heartbeat';
import { PAUSE_END_ALARM } from './parent-settings';
import { registerRetention } from './retention';
import { syncSafeSearch } from './safe-search';

/**
 * The background side of the parent companion: first-run wizard, SafeSearch rules, the heartbeat, the daily
 * retention purge and the end of a parent's pause. Every listener is registered synchronously.
 */
export function registerParentServices(): void {
  registerFirstRun();
  registerHeartbeat();
  registerRetention();
  browser.runtime.onInstalled.addListener(() => void syncSafeSearch());
  browser.runtime.onStartup.addListener(() => void syncSafeSearch());
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && 'settings' in changes) || area === 'managed') void syncSafeSearch();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PAUSE_END_ALARM) void syncSafeSearch();
  });
}
