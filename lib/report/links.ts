import { dialable, isEmail, toInternational } from './phone';

/**
 * Deep links that open the adult's channel with the message already written. Every value is URL-encoded with
 * `encodeURIComponent` (spaces as %20, not "+", which mail and SMS apps would show literally).
 */

/**
 * `https://wa.me/<international number>?text=…` (no `text` when there is none to pre-fill), or `null` when the
 * number is not a full phone number.
 */
export function whatsappHref(number: string, text = ''): string | null {
  const intl = toInternational(number);
  if (!intl) return null;
  return text ? `https://wa.me/${intl}?text=${encodeURIComponent(text)}` : `https://wa.me/${intl}`;
}

/** `sms:+62…?body=…` (RFC 5724); short codes such as 129 keep their local form. */
export function smsHref(number: string, text: string): string | null {
  const to = dialable(number);
  if (!to) return null;
  return `sms:${to}?body=${encodeURIComponent(text)}`;
}

/** `tel:+62…` or `tel:129`. */
export function telHref(number: string): string | null {
  const to = dialable(number);
  return to ? `tel:${to}` : null;
}

/** `mailto:` with subject and body; `null` for anything that is not a plain address (no header injection). */
export function mailtoHref(email: string, subject: string, body: string): string | null {
  if (!isEmail(email)) return null;
  return `mailto:${email.trim()}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * A web address a parent or school typed, as a link that can only open a web page: http(s) only, so a
 * `javascript:` or `data:` value never becomes a link. A bare "uptdppa.example.go.id" gets https.
 */
export function safeWebUrl(raw: string): string | null {
  const text = raw.trim();
  if (!text || /\s/.test(text)) return null;
  const candidate = /^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') || url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}
