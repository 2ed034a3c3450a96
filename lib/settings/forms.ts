import { z } from 'zod';
import { CATEGORIES } from '../detection/types';
import { hostnameSchema, type LocalService, type TrustedAdult } from './schema';

/**
 * Validation of what a parent types on the options page, with stable error codes instead of zod's English
 * messages: the page turns each code into plain words in the parent's language (`locales/options.ts`).
 */
export type FormError =
  | 'required'
  | 'too-long'
  | 'phone'
  | 'email'
  | 'url'
  | 'contact-needed'
  | 'site-invalid'
  | 'site-spaces'
  | 'site-no-dot'
  | 'duplicate'
  | 'phrase-short'
  | 'number-range';

export type FieldErrors<K extends string> = Partial<Record<K, FormError>>;
export type FormResult<T, K extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<K> };

/** Indonesian or international numbers as people write them: 0812-3456-7890, +62 812 3456 7890, (0331) 123456. */
const PHONE = /^\+?[0-9][0-9 ()-]{5,22}$/;

const optionalText = (max: number, code: FormError = 'too-long') =>
  z
    .string()
    .trim()
    .max(max, { error: code })
    .transform((s) => (s === '' ? undefined : s));
const optionalPhone = optionalText(30).refine((s) => s === undefined || PHONE.test(s), { error: 'phone' });
const optionalEmail = optionalText(120).refine((s) => s === undefined || z.email().safeParse(s).success, {
  error: 'email',
});

const trustedAdultForm = z
  .object({
    name: z.string().trim().min(1, { error: 'required' }).max(120, { error: 'too-long' }),
    role: optionalText(120),
    whatsapp: optionalPhone,
    phone: optionalPhone,
    email: optionalEmail,
  })
  .refine((v) => Boolean(v.whatsapp || v.phone || v.email), { error: 'contact-needed', path: ['whatsapp'] });

export type TrustedAdultInput = Record<keyof TrustedAdult, string>;

function firstErrors<K extends string>(issues: readonly z.core.$ZodIssue[]): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '') as K;
    errors[key] ??= issue.message as FormError;
  }
  return errors;
}

/** The trusted adult: a name and at least one way to reach them (WhatsApp, phone or email), each well-formed. */
export function validateTrustedAdult(input: TrustedAdultInput): FormResult<TrustedAdult, keyof TrustedAdult> {
  const parsed = trustedAdultForm.safeParse(input);
  if (!parsed.success) return { ok: false, errors: firstErrors(parsed.error.issues) };
  const { name, role, whatsapp, phone, email } = parsed.data;
  const value: TrustedAdult = { name };
  if (role) value.role = role;
  if (whatsapp) value.whatsapp = whatsapp;
  if (phone) value.phone = phone;
  if (email) value.email = email;
  return { ok: true, value };
}

const localServiceForm = z.object({
  name: z.string().trim().min(1, { error: 'required' }).max(120, { error: 'too-long' }),
  phone: optionalPhone,
  whatsapp: optionalPhone,
  url: optionalText(300).refine((s) => s === undefined || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s), { error: 'url' }),
});

export type LocalServiceInput = Record<keyof LocalService, string>;

/** The district service (e.g. UPTD PPA): a name and any of phone, WhatsApp and website. Empty means none. */
export function validateLocalService(input: LocalServiceInput): FormResult<LocalService | null, keyof LocalService> {
  if (Object.values(input).every((v) => v.trim() === '')) return { ok: true, value: null };
  const parsed = localServiceForm.safeParse(input);
  if (!parsed.success) return { ok: false, errors: firstErrors(parsed.error.issues) };
  const { name, phone, whatsapp, url } = parsed.data;
  const value: LocalService = { name };
  if (phone) value.phone = phone;
  if (whatsapp) value.whatsapp = whatsapp;
  if (url) value.url = url;
  return { ok: true, value };
}

/**
 * A site as a parent writes it: `example.com`, `www.example.com` or a whole address pasted from the browser. Keeps
 * the hostname without `www.` (subdomains match anyway, docs/design.md#guidance-levels).
 * @example parseSite('https://www.Example.com/chat?x=1') // { ok: true, value: 'example.com' }
 */
export function parseSite(input: string, existing: readonly string[] = []): FormResult<string, 'site'> {
  let text = input.trim().toLowerCase();
  if (text === '') return { ok: false, errors: { site: 'required' } };
  if (/\s/.test(text)) return { ok: false, errors: { site: 'site-spaces' } };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return { ok: false, errors: { site: 'site-invalid' } };
    }
  } else {
    text = text.replace(/^\*\./, '').split(/[/?#]/)[0]!.replace(/:\d+$/, '');
  }
  text = text.replace(/\.$/, '').replace(/^www\./, '');
  if (!text.includes('.')) return { ok: false, errors: { site: 'site-no-dot' } };
  const host = hostnameSchema.safeParse(text);
  if (!host.success) return { ok: false, errors: { site: 'site-invalid' } };
  if (existing.includes(host.data)) return { ok: false, errors: { site: 'duplicate' } };
  return { ok: true, value: host.data };
}

/** A trusted contact: a name or number as it appears in the chat app. */
export function parseContact(input: string, existing: readonly string[] = []): FormResult<string, 'contact'> {
  const text = input.trim();
  if (text === '') return { ok: false, errors: { contact: 'required' } };
  if (text.length > 120) return { ok: false, errors: { contact: 'too-long' } };
  if (existing.some((c) => c.toLowerCase() === text.toLowerCase()))
    return { ok: false, errors: { contact: 'duplicate' } };
  return { ok: true, value: text };
}

export const PHRASE_CATEGORIES = CATEGORIES;

/** An extra phrase (local slang): 2 to 100 characters, not already listed for that category. */
export function parsePhrase(
  input: string,
  existing: readonly { phrase: string; category: string }[],
  category: string,
): FormResult<string, 'phrase'> {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, errors: { phrase: 'required' } };
  if (text.length < 2) return { ok: false, errors: { phrase: 'phrase-short' } };
  if (text.length > 100) return { ok: false, errors: { phrase: 'too-long' } };
  if (existing.some((p) => p.category === category && p.phrase.toLowerCase() === text.toLowerCase())) {
    return { ok: false, errors: { phrase: 'duplicate' } };
  }
  return { ok: true, value: text };
}

/** Days to keep history: a whole number from 1 to 365. */
export function parseRetentionDays(input: string): FormResult<number, 'days'> {
  const n = Number(input.trim());
  if (input.trim() === '' || !Number.isInteger(n) || n < 1 || n > 365) {
    return { ok: false, errors: { days: 'number-range' } };
  }
  return { ok: true, value: n };
}
