import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import { BEAT_MINUTES, gapToPause, type StartKind } from '@/lib/heartbeat/gap';
import { heartbeatItem } from '@/lib/settings/parent-state';
import { tryWrite } from './storage-health';

export const HEARTBEAT_ALARM = 'heartbeat';
/** In `storage.session`: cleared when the browser restarts or the extension is turned off, updated or reloaded. */
const ALIVE_KEY = 'alive';
/** onStartup / onInstalled arrive right after the worker starts; wait this long before deciding none came. */
const START_EVENT_WAIT_MS = 1500;

/** Writes the heartbeat, and records a "protection paused" period when this start reveals one. */
export async function recordStart(kind: StartKind, now = Date.now()): Promise<void> {
  const beat = await heartbeatItem.getValue();
  const pause = gapToPause(beat?.last ?? null, now, kind);
  // A full database must not stop the heartbeat itself (storage-health.ts tells the parent).
  if (pause) await tryWrite(() => db().pauses.add(pause as Parameters<ReturnType<typeof db>['pauses']['add']>[0]));
  await heartbeatItem.setValue({ last: now, installedAt: beat?.installedAt ?? now });
}

export async function beat(now = Date.now()): Promise<void> {
  const current = await heartbeatItem.getValue();
  await heartbeatItem.setValue({ last: now, installedAt: current?.installedAt ?? now });
}

async function ensureAlarm(): Promise<void> {
  if (!(await browser.alarms.get(HEARTBEAT_ALARM))) {
    await browser.alarms.create(HEARTBEAT_ALARM, { periodInMinutes: BEAT_MINUTES });
  }
}

/**
 * The heartbeat (docs/parent-guide.md#protection-stopped): an alarm beats every minute while Kawan Aman runs. When it
 * starts again after a long silence, the reason it starts tells whether protection was off (turned off in the browser,
 * then on) or the browser was simply closed. Register synchronously from the background's main().
 */
export function registerHeartbeat(): void {
  let startKind: StartKind | null = null;
  browser.runtime.onStartup.addListener(() => {
    startKind = 'browser-start';
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    startKind = reason === 'install' ? 'install' : reason === 'update' ? 'update' : 'browser-start';
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HEARTBEAT_ALARM) void beat();
  });
  void (async () => {
    const alive = (await browser.storage.session.get(ALIVE_KEY))[ALIVE_KEY];
    if (alive) {
      await recordStart('worker-restart');
    } else {
      await browser.storage.session.set({ [ALIVE_KEY]: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, START_EVENT_WAIT_MS));
      await recordStart(startKind ?? 'enabled');
    }
    await ensureAlarm();
  })().catch((error: unknown) => console.error('[Kawan Aman] heartbeat', error));
}
