import { useId } from 'react';
import { DIRECTORY, type DirectoryChannel, type DirectoryEntry } from '@/lib/report/directory';
import { safeWebUrl, telHref, whatsappHref } from '@/lib/report/links';
import { oneLine } from '@/lib/report/sanitize';
import type { LocalService } from '@/lib/settings/schema';
import { dateLocale, fill, type ChildLang } from '@/locales';
import { directoryWords, reportWords } from '@/locales/report';

function checkedDate(iso: string, lang: ChildLang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(y!, m! - 1, d!),
  );
}

interface LinkItem {
  href: string;
  label: string;
  external: boolean;
}

function channelLink(channel: DirectoryChannel, lang: ChildLang): LinkItem | null {
  const w = reportWords[lang].help;
  if (channel.kind === 'tel') {
    const href = telHref(channel.number);
    return href ? { href, label: fill(w.call, { number: channel.number }), external: false } : null;
  }
  if (channel.kind === 'whatsapp') {
    const href = whatsappHref(channel.number);
    return href ? { href, label: fill(w.whatsapp, { number: channel.number }), external: true } : null;
  }
  const href = safeWebUrl(channel.url);
  return href ? { href, label: fill(w.open, { site: channel.url.replace(/^https?:\/\//, '') }), external: true } : null;
}

function Links({ links, lang }: { links: LinkItem[]; lang: ChildLang }) {
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link.href}>
          <a
            href={link.href}
            target={link.external ? '_blank' : undefined}
            rel={link.external ? 'noopener noreferrer' : undefined}
          >
            {link.label}
            {link.external && <span className="sr-only"> {reportWords[lang].help.newTab}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Entry({ entry, lang, level }: { entry: DirectoryEntry; lang: ChildLang; level: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const links = entry.channels.map((c) => channelLink(c, lang)).filter((l): l is LinkItem => l !== null);
  return (
    <li className="directory-entry" data-entry={entry.id}>
      <Heading>
        {entry.name} <span className="by">({entry.by})</span>
      </Heading>
      <p>{directoryWords[lang][entry.id].what}</p>
      <Links links={links} lang={lang} />
      <p className="checked">{fill(reportWords[lang].help.checked, { date: checkedDate(entry.checked, lang) })}</p>
    </li>
  );
}

/** The district service a parent or school set (UPTD PPA, DP3AKB); there is no default (DESIGN.md §7). */
function LocalEntry({ service, lang }: { service: LocalService; lang: ChildLang }) {
  const w = reportWords[lang].help;
  const links: LinkItem[] = [];
  const tel = service.phone ? telHref(service.phone) : null;
  if (tel && service.phone)
    links.push({ href: tel, label: fill(w.call, { number: oneLine(service.phone, 40) }), external: false });
  const wa = service.whatsapp ? whatsappHref(service.whatsapp) : null;
  if (wa && service.whatsapp) {
    links.push({ href: wa, label: fill(w.whatsapp, { number: oneLine(service.whatsapp, 40) }), external: true });
  }
  const url = service.url ? safeWebUrl(service.url) : null;
  if (url) links.push({ href: url, label: fill(w.open, { site: new URL(url).host }), external: true });
  return (
    <li className="directory-entry" data-entry="local">
      <h3>
        {oneLine(service.name, 120)} <span className="by">({w.local})</span>
      </h3>
      <p>{w.localWhat}</p>
      <Links links={links} lang={lang} />
    </li>
  );
}

/** Step 5: more help, Indonesia first, each with what it is for in child words. */
export function MoreHelp({ lang, localService }: { lang: ChildLang; localService: LocalService | null }) {
  const w = reportWords[lang].help;
  const titleId = useId();
  const forChild = DIRECTORY.filter((e) => e.audience === 'child');
  const forAdults = DIRECTORY.filter((e) => e.audience === 'adult');
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{w.title}</h2>
      <ul className="directory">
        {forChild.map((entry) => (
          <Entry key={entry.id} entry={entry} lang={lang} level={3} />
        ))}
        {localService?.name && <LocalEntry service={localService} lang={lang} />}
      </ul>
      <h3>{w.forAdults}</h3>
      <ul className="directory">
        {forAdults.map((entry) => (
          <Entry key={entry.id} entry={entry} lang={lang} level={4} />
        ))}
      </ul>
    </section>
  );
}
