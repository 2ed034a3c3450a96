import type { ChildLang } from '../../locales';
import { fill } from '../../locales';
import { reportWords } from '../../locales/report';
import type { TrustedAdult } from '../settings/schema';
import { sapa } from './directory';
import { mailtoHref, smsHref, telHref, whatsappHref } from './links';
import { oneLine } from './sanitize';
import type { ReportChannel } from './types';

/** One way to reach someone in one tap, with the message already written. */
export interface ContactOption {
  via: ReportChannel;
  href: string;
  /** The button's words, e.g. "Kirim ke Ibu Sari lewat WhatsApp". */
  label: string;
  /** Who and how, for the report's status, e.g. "Ibu Sari (WhatsApp)". */
  sentTo: string;
}

function option(via: ReportChannel, href: string | null, name: string, lang: ChildLang): ContactOption | null {
  if (!href) return null;
  const w = reportWords[lang];
  const channel = w.channels[via];
  const label = via === 'tel' ? fill(w.oneTap.callTo, { name }) : fill(w.oneTap.sendVia, { name, channel });
  return { via, href, label, sentTo: `${name} (${channel})` };
}

/**
 * Every channel the trusted adult has, best first: WhatsApp, SMS, a call, email. Numbers that are not real phone
 * numbers and addresses that are not plain emails are left out, so a link can never go somewhere unexpected.
 */
export function adultOptions(
  adult: TrustedAdult | null,
  message: string,
  subject: string,
  lang: ChildLang,
): ContactOption[] {
  if (!adult) return [];
  const name = oneLine(adult.name, 80);
  if (!name) return [];
  const phone = adult.phone ?? '';
  return [
    option('whatsapp', adult.whatsapp ? whatsappHref(adult.whatsapp, message) : null, name, lang),
    option('sms', phone ? smsHref(phone, message) : null, name, lang),
    option('tel', phone ? telHref(phone) : null, name, lang),
    option('email', adult.email ? mailtoHref(adult.email, subject, message) : null, name, lang),
  ].filter((o): o is ContactOption => o !== null);
}

/** SAPA 129 (DESIGN.md §7): WhatsApp with the message, or a call to 129. The default when there is no adult. */
export function sapaOptions(message: string, lang: ChildLang): ContactOption[] {
  const s = sapa();
  return [
    option('whatsapp', whatsappHref(s.whatsapp, message), s.name, lang),
    option('tel', telHref(s.tel), s.name, lang),
  ].filter((o): o is ContactOption => o !== null);
}
