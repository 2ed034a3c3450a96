import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Splits a duration into whole days, hours and minutes (rounded to the nearest minute, at least one minute). */
export function durationParts(ms: number): DurationParts {
  let minutes = Math.max(1, Math.round(ms / MINUTE_MS));
  const days = Math.floor((minutes * MINUTE_MS) / DAY_MS);
  minutes -= (days * DAY_MS) / MINUTE_MS;
  const hours = Math.floor((minutes * MINUTE_MS) / HOUR_MS);
  minutes -= (hours * HOUR_MS) / MINUTE_MS;
  return { days, hours, minutes };
}
