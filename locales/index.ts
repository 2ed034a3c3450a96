/**
 * Child- and parent-facing words live here, never in code. Each area file holds every language side by side with
 * the same keys (TypeScript checks the shape, `tests/meta/locales.test.ts` checks nothing is empty). The language is
 * a setting, independent of the browser's language (notes/wxt-mv3.md §6).
 */
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** Replaces `{name}` placeholders. Unknown placeholders are left as they are so a missing value is visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
