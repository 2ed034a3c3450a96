/**
 * How chat sites show that the other side is a stranger, and how a contact is matched against the parent's
 * trusted list. Pure data and functions: the guard uses them on the page, the background to check what a page
 * reported.
 */

/**
 * Short texts a chat site's own UI shows when the other side is not a saved contact or friend: WhatsApp's banner,
 * Telegram's "Add contact / Report spam" bar, message requests on Instagram, Messenger and TikTok, Discord's "Add
 * Friend", random-chat sites' greeting. Indonesian and English. Matched inside the site's UI (never inside messages)
 * after `cueText()`.
 */
export const UNKNOWN_CONTACT_CUES: readonly string[] = [
  'not in your contact',
  'tidak ada di kontak',
  'tidak ada di daftar kontak',
  'add to contacts',
  'add contact',
  'tambahkan ke kontak',
  'tambah kontak',
  'report spam',
  'laporkan spam',
  'message request',
  'permintaan pesan',
  'wants to send you a message',
  'ingin mengirimi anda pesan',
  'add friend',
  'tambahkan teman',
  'tambah teman',
  'not friends',
  'tidak berteman',
  'random stranger',
  'orang asing acak',
];

/**
 * The cues that are safe on any page with a chat (the generic adapter): words that name a stranger outright,
 * unlike "Add friend", which a forum shows next to everyone.
 */
export const STRANGER_CUES: readonly string[] = [
  'not in your contact',
  'tidak ada di kontak',
  'random stranger',
  'orang asing acak',
];

/** Lower-case, one space between words, straight apostrophes. */
export function cueText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ');
}

/**
 * Whether a short UI text carries one of `cues`. No default list, so the per-page guard, which needs only
 * `STRANGER_CUES`, does not carry `UNKNOWN_CONTACT_CUES` (the site adapters check those, in the chat-sites script).
 */
export function hasCue(text: string, cues: readonly string[]): boolean {
  const t = cueText(text);
  return cues.some((c) => t.includes(c));
}

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
