import type { PauseRow } from '../db';

/** The background writes a heartbeat this often (an alarm; one minute is the shortest period Chrome 109 allows). */
export const BEAT_MINUTES = 1;
/** Shorter gaps are a busy computer, not protection that was off. */
export const PAUSE_THRESHOLD_MS = 5 * 60_000;

/**
 * Why the extension started running this time:
 * - `worker-restart`: only the service worker restarted (idle, or the computer slept); the extension stayed on.
 * - `browser-start`: the browser itself started, so nothing could be browsed in it before.
 * - `install`: a fresh install (removing the extension deletes its data, so a re-install looks like this).
 * - `update`: an update or a reload from the extensions page.
 * - `enabled`: none of the above: someone turned it on again after turning it off in the browser's extension page.
 */
export type StartKind = 'worker-restart' | 'browser-start' | 'install' | 'update' | 'enabled';

/**
 * The "protection paused" period (docs/parent-guide.md#protection-stopped) that a start reveals, if any: the time from
 * the last heartbeat to now, when it is long enough and the extension (not just its worker or the whole browser) was
 * off.
 * @example gapToPause(t0, t0 + 3_600_000, 'enabled') // { start: t0, end: t0 + 3_600_000, reason: 'disabled' }
 */
export function gapToPause(lastBeat: number | null, now: number, start: StartKind): Omit<PauseRow, 'id'> | null {
  if (lastBeat === null || now - lastBeat < PAUSE_THRESHOLD_MS) return null;
  if (start === 'enabled') return { start: lastBeat, end: now, reason: 'disabled' };
  if (start === 'update') return { start: lastBeat, end: now, reason: 'restarted' };
  return null;
}
