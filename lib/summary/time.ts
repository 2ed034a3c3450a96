export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

/** The local calendar day as `YYYY-MM-DD` (the key of lab mode's daily counts). */
export { localDay } from '../school/day';

/** Noon (local) of a `YYYY-MM-DD` day: a time that is safely inside that day whatever the clock changes. */
export function dayNoon(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1, 12).getTime();
}
