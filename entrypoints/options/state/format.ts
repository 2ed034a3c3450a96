import { fill, type Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { durationParts } from '@/lib/summary/duration';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

export function formatDateTime(time: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

export function formatDate(time: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(time);
}

export function formatTime(time: number, lang: Lang): string {
  const sameDay = new Date(time).toDateString() === new Date().toDateString();
  return new Intl.DateTimeFormat(
    LOCALES[lang],
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(time);
}

/** "2 jam 13 menit" / "2 h 13 min". */
export function formatDuration(ms: number, lang: Lang): string {
  const w = optionsWords[lang].picture.duration;
  const { days, hours, minutes } = durationParts(ms);
  const parts: string[] = [];
  if (days) parts.push(fill(w.days, { n: days }));
  if (hours) parts.push(fill(w.hours, { n: hours }));
  if (minutes || parts.length === 0) parts.push(fill(w.minutes, { n: minutes }));
  return parts.join(' ');
}

/** A wait such as "30 detik" / "2 minutes", for the PIN lockout. */
export function formatWait(ms: number, lang: Lang): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const [value, unit] = seconds < 90 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
