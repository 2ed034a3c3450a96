/**
 * Phone numbers as parents and schools type them: "0812-3456-7890", "+62 812 3456 7890", "62812…", "(0331) 123456".
 * WhatsApp links need the international form without "+" (wa.me/6281234567890); short service numbers such as
 * 129 or 1500-771 only work as they are, inside Indonesia.
 */

const SEPARATORS = /[\s\-.()/\u00A0]/g;

/** E.164 allows at most 15 digits; below 8 a number with a country code is not a real subscriber number. */
const MIN_INTL_DIGITS = 8;
const MAX_INTL_DIGITS = 15;
/** Indonesian short codes (129, 1500-771, 110) are 3 to 7 digits and never start with 0. */
const SHORT_CODE = /^[1-9]\d{2,6}$/;

/**
 * The number in international form, digits only (`628111129129`), or `null` when it is not a full phone number.
 * Indonesian national numbers (`08…`, `0331…`) get the country code 62; `+` and `00` prefixes are dropped.
 * @example toInternational('08111-129-129') // '628111129129'
 */
export function toInternational(raw: string): string | null {
  const compact = raw.trim().replace(SEPARATORS, '');
  let digits: string;
  if (/^\+\d+$/.test(compact)) digits = compact.slice(1);
  else if (/^00\d+$/.test(compact)) digits = compact.slice(2);
  else if (/^0\d+$/.test(compact)) digits = `62${compact.slice(1)}`;
  else if (/^62\d+$/.test(compact)) digits = compact;
  // A mobile number typed without its leading 0 ("812 3456 7890").
  else if (/^8\d{8,11}$/.test(compact)) digits = `62${compact}`;
  else return null;
  // "+62 0812…" is a common slip: the national 0 does not belong after the country code.
  if (digits.startsWith('620')) digits = `62${digits.slice(3)}`;
  if (digits.length < MIN_INTL_DIGITS || digits.length > MAX_INTL_DIGITS) return null;
  return digits;
}

/** A short service number such as 129 or 1500-771, digits only, or `null`. */
export function toShortCode(raw: string): string | null {
  const compact = raw.trim().replace(SEPARATORS, '');
  return SHORT_CODE.test(compact) ? compact : null;
}

/** What goes after `tel:` or `sms:`: `+628…` for a full number, the digits for a short code, else `null`. */
export function dialable(raw: string): string | null {
  const intl = toInternational(raw);
  if (intl) return `+${intl}`;
  return toShortCode(raw);
}

/** A plain check for an email address: one @, a dot in the domain, no spaces or characters that break a URL. */
export function isEmail(raw: string): boolean {
  return (
    /^[^\s@<>()[\]\\,;:"?&#%/]+@[^\s@<>()[\]\\,;:"?&#%/]+\.[a-z]{2,}$/i.test(raw.trim()) && raw.trim().length <= 254
  );
}
