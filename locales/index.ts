/**
 * Child- and parent-facing words live here, never in code. Each area file holds every language side by side with
 * the same keys (TypeScript checks the shape, `tests/meta/locales.test.ts` checks nothing is empty). The language is
 * a setting, independent of the browser's language.
 *
 * The child's surfaces (card, block page, popup, report page, the calm page after leaving) speak Indonesian,
 * Javanese (East-Javanese ngoko, as children in Jember write it) and English; the parent's and the school's pages
 * speak Indonesian and English, and show Indonesian where the child's language is Javanese (issue #14).
 */

/** The languages of the parent's and school's pages. */
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** The languages of the child's surfaces. */
export type ChildLang = 'id' | 'en' | 'jv';
export const CHILD_LANGS: readonly ChildLang[] = ['id', 'en', 'jv'];

/** The language a parent or school page shows for a setting that may be Javanese: Indonesian. */
export function adultLang(lang: ChildLang): Lang {
  return lang === 'en' ? 'en' : 'id';
}

/** The locale dates and times are written in: Javanese uses the Indonesian calendar words children read at school. */
export function dateLocale(lang: ChildLang): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

/** Replaces `{name}` placeholders. Unknown placeholders are left as they are so a missing value is visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
