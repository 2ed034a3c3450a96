// Control characters (C0 except tab/newline, DEL, C1), bidirectional overrides and isolates (which can make
// "gpj.exe" look like "exe.jpg"), and invisible zero-width characters except the zero-width joiner that emoji use.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const INVISIBLE = /[\u200B\u200C\u2060\uFEFF]/g;

function strip(text: string): string {
  return text.replace(CONTROL, '').replace(BIDI, '').replace(INVISIBLE, '');
}

/** Cuts at `max` characters without splitting a surrogate pair, adding "…" when something was cut. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * One line of untrusted text (a page title, a contact's name): no control or direction-changing characters, no
 * line breaks that could forge another line of the message, collapsed spaces, capped.
 * @example oneLine('Kak\nRani\u202E') // 'Kak Rani'
 */
export function oneLine(text: string, max = 200): string {
  return cap(
    strip(text.replace(/[\r\n\t\u2028\u2029]+/g, ' '))
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  );
}

/** Several lines of the child's own words: line breaks kept (at most one empty line in a row), the rest as `oneLine`. */
export function multiLine(text: string, max = 1000): string {
  const lines = strip(text.replace(/\r\n?|[\u2028\u2029]/g, '\n'))
    .split('\n')
    .map((line) => line.replace(/[\t ]+/g, ' ').trim());
  return cap(
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    max,
  );
}
