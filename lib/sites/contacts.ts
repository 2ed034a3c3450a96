/**
 * How a contact is matched against the parent's trusted list, and a raw phone number as a chat's title. Pure
 * functions: the guard uses them on the page, the background to check what a page reported. (The words a site shows
 * for a stranger — "Nomor ini tidak ada di kontak Anda", "Add contact", a message request — are data in the rule
 * pack: the `unknown_contact` rules of context `ui`, which the guard runs on a chat's own UI text.)
 */

/**
 * A chat titled with a raw phone number: the site has no saved name for it.
 * @example looksLikePhoneNumber('+62 812-5550-1234') // true
 */
export function looksLikePhoneNumber(title: string): boolean {
  const t = title.trim();
  const digits = t.replace(/\D/g, '').length;
  return /^\+?[\d\s().-]+$/.test(t) && digits >= 8 && digits <= 15;
}

/** A comparable form of a name or number: Indonesian numbers in their 08… form, names without case or emoji. */
export function contactKey(contact: string): string {
  if (looksLikePhoneNumber(contact)) {
    const d = contact.replace(/\D/g, '');
    return d.startsWith('62') ? `0${d.slice(2)}` : d.startsWith('8') ? `0${d}` : d;
  }
  return contact
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether a chat's title names someone on the parent's trusted list (by name or number).
 * @example isTrustedContact('Mama ❤️', ['mama']) // true
 */
export function isTrustedContact(contact: string | undefined, trusted: readonly string[]): boolean {
  const key = contact ? contactKey(contact) : '';
  return key !== '' && trusted.some((t) => contactKey(t) === key);
}
