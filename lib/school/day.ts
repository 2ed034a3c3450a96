const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The local calendar day of a moment, `YYYY-MM-DD`. Lab mode keeps only this: no time of day.
 * @example localDay(new Date(2026, 0, 5, 14, 30)) // '2026-01-05'
 */
export function localDay(time: number | Date): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return localDay(d) === value;
}

/** The calendar day after `day` (local, so daylight-saving changes never skip or repeat a day). */
export function nextDay(day: string): string {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  return localDay(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1));
}
