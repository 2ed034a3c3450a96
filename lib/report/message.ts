import type { Category } from '../detection/types';
import type { ChildLang } from '../../locales';
import { adultLang, dateLocale, fill } from '../../locales';
import { categoryWords } from '../../locales/categories';
import { reportWords } from '../../locales/report';
import { whereWords } from '../../locales/stories';
import { sapa } from './directory';
import { multiLine, oneLine } from './sanitize';
import type { ReportDetails } from './types';

/** Caps that keep a WhatsApp or SMS link a sensible size; the evidence text keeps more. */
const MESSAGE_CAPS = { title: 120, contact: 80, words: 300, note: 600 } as const;
const EVIDENCE_CAPS = { title: 300, contact: 120, words: 1000, note: 2000 } as const;

export interface FormatOptions {
  /** IANA time zone; the browser's own when left out (tests pin one). */
  timeZone?: string;
}

/** A date and time as people write it in the child's language, e.g. "29 November 2026 pukul 09.42". */
export function formatWhen(ms: number, lang: ChildLang, options: FormatOptions = {}): string {
  if (!Number.isFinite(ms) || ms <= 0) return '';
  return new Intl.DateTimeFormat(dateLocale(lang), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(ms);
}

/** The categories in child words, e.g. "Diminta merahasiakan, Diajak ketemuan". */
export function categoryNames(categories: readonly Category[], lang: ChildLang): string {
  return categories.map((c) => categoryWords[lang][c].name).join(', ');
}

/**
 * What happened, for the adult: the categories in child words, and where, when the card's story is still one of
 * them (the child may have unticked it), e.g. "Diajak ketemuan (di chat)".
 */
export function whatHappened(details: Pick<ReportDetails, 'categories' | 'story'>, lang: ChildLang): string {
  const names = categoryNames(details.categories, lang);
  const story = details.story;
  if (!names || !story || !details.categories.includes(story.category)) return names;
  return `${names} (${whereWords(lang, story.context)})`;
}

function lines(pairs: [label: string, value: string][]): string[] {
  return pairs.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`);
}

function where(details: Pick<ReportDetails, 'host' | 'title'>, titleCap: number): string {
  const host = oneLine(details.host, 253);
  const title = oneLine(details.title, titleCap);
  if (host && title) return `${host} (“${title}”)`;
  return host || (title ? `“${title}”` : '');
}

/** Who the message goes to: a person the child knows, or a help service such as SAPA 129. */
export interface Recipient {
  name: string;
  kind: 'adult' | 'service';
}

/**
 * The message the child sends to the trusted adult (or SAPA 129), in the child's language: what happened, where,
 * who, when, and the flagged words. Lines without a value are left out. Every value is cleaned so text from a
 * page (a title, a contact's name) cannot add lines of its own.
 * @example buildAdultMessage(details, 'id', { name: 'Ibu Sari', kind: 'adult' })
 */
export function buildAdultMessage(
  details: ReportDetails,
  childLang: ChildLang,
  to: Recipient,
  options: FormatOptions = {},
): string {
  // A help line's staff may not read Javanese: a child writing in Javanese writes to SAPA 129 in Indonesian.
  const lang = to.kind === 'service' ? adultLang(childLang) : childLang;
  const w = reportWords[lang].message;
  const name = oneLine(to.name, 80);
  const words = oneLine(details.flaggedWords, MESSAGE_CAPS.words);
  const note = multiLine(details.note, MESSAGE_CAPS.note);
  return [
    fill(to.kind === 'adult' ? w.greeting : w.greetingService, { name }),
    w.intro,
    '',
    ...lines([
      [w.what, whatHappened(details, lang)],
      [w.where, where(details, MESSAGE_CAPS.title)],
      [w.who, oneLine(details.contact, MESSAGE_CAPS.contact)],
      [w.when, formatWhen(details.happenedAt, lang, options)],
      [w.words, words ? `“${words}”` : ''],
    ]),
    ...(note ? ['', `${w.note}:`, note] : []),
    '',
    w.footer,
  ].join('\n');
}

/** The email subject line that goes with `buildAdultMessage`. */
export function messageSubject(lang: ChildLang): string {
  return reportWords[lang].message.subject;
}

export interface EvidenceInput extends ReportDetails {
  createdAt: number;
  /** The report's status in words, from `statusText`. */
  status: string;
}

/**
 * The plain-text copy of a report, for the clipboard, a .txt file or printing: every field, in the child's language,
 * with SAPA 129's numbers at the end. Never an image.
 */
export function buildEvidenceText(report: EvidenceInput, lang: ChildLang, options: FormatOptions = {}): string {
  const w = reportWords[lang].evidenceText;
  const empty = w.empty;
  const help = sapa();
  const note = multiLine(report.note, EVIDENCE_CAPS.note);
  const words = oneLine(report.flaggedWords, EVIDENCE_CAPS.words);
  return [
    w.heading,
    '='.repeat(w.heading.length),
    `${w.created}: ${formatWhen(report.createdAt, lang, options) || empty}`,
    `${w.status}: ${oneLine(report.status, 200) || empty}`,
    '',
    `${w.categories}: ${whatHappened(report, lang) || empty}`,
    `${w.site}: ${oneLine(report.host, 253) || empty}`,
    `${w.pageTitle}: ${oneLine(report.title, EVIDENCE_CAPS.title) || empty}`,
    `${w.contact}: ${oneLine(report.contact, EVIDENCE_CAPS.contact) || empty}`,
    `${w.when}: ${formatWhen(report.happenedAt, lang, options) || empty}`,
    `${w.words}: ${words ? `“${words}”` : empty}`,
    `${w.note}:`,
    note || empty,
    '',
    w.noImages,
    fill(w.help, { name: help.name, tel: help.tel, whatsapp: help.whatsapp }),
    '',
  ].join('\n');
}
