import { useId, useState, type ReactNode } from 'react';
import type { ReportRow } from '@/lib/db';
import { adultOptions, sapaOptions, type ContactOption } from '@/lib/report/channels';
import { sapa } from '@/lib/report/directory';
import { messageSubject } from '@/lib/report/message';
import { oneLine } from '@/lib/report/sanitize';
import type { TrustedAdult } from '@/lib/settings/schema';
import { fill, type ChildLang } from '@/locales';
import { reportWords } from '@/locales/report';

interface Props {
  lang: ChildLang;
  adult: TrustedAdult | null;
  messages: { adult: string; sapa: string };
  row: ReportRow | null;
  onSent(option: ContactOption): void;
}

function ChannelLink({
  option,
  primary,
  id,
  onSent,
  children,
}: {
  option: ContactOption;
  primary: boolean;
  id?: string;
  onSent(option: ContactOption): void;
  children: ReactNode;
}) {
  // wa.me opens in a new tab; tel:, sms: and mailto: hand over to the phone or mail app and leave this page open.
  const newTab = option.via === 'whatsapp';
  return (
    <a
      id={id}
      className={primary ? 'button primary big' : 'button secondary'}
      href={option.href}
      target={newTab ? '_blank' : undefined}
      rel="noopener noreferrer"
      data-via={option.via}
      onClick={() => onSent(option)}
    >
      {children}
    </a>
  );
}

/** Step 2, the one tap: the trusted adult's channel with the message already written, or SAPA 129. */
export function OneTap({ lang, adult, messages, row, onSent }: Props) {
  const w = reportWords[lang];
  const titleId = useId();
  const [opened, setOpened] = useState<string | null>(null);
  const adultChoices = adultOptions(adult, messages.adult, messageSubject(lang), lang);
  const sapaChoices = sapaOptions(messages.sapa, lang);
  const [primary, ...others] = adultChoices.length > 0 ? adultChoices : sapaChoices;
  const sent = (option: ContactOption) => {
    setOpened(option.sentTo);
    onSent(option);
  };
  const name = adultChoices.length > 0 && adult ? oneLine(adult.name, 80) : sapa().name;

  return (
    <section className="card one-tap" aria-labelledby={titleId}>
      <h2 id={titleId}>{w.oneTap.title}</h2>
      {adultChoices.length === 0 && (
        <p>{adult?.name ? fill(w.oneTap.adultNoChannel, { name: adult.name }) : w.oneTap.noAdult}</p>
      )}
      {primary && (
        <p className="send-row">
          <ChannelLink option={primary} primary id="send" onSent={sent}>
            <span className="send-main">{fill(w.oneTap.sendTo, { name })}</span>
            <span className="send-via">{w.channels[primary.via]}</span>
          </ChannelLink>
        </p>
      )}
      {others.length > 0 && (
        <div className="other-ways">
          <p>{w.oneTap.otherWays}</p>
          <ul className="button-list">
            {others.map((option) => (
              <li key={option.via}>
                <ChannelLink option={option} primary={false} onSent={sent}>
                  {option.label}
                </ChannelLink>
              </li>
            ))}
          </ul>
        </div>
      )}
      {adultChoices.length > 0 && (
        <div className="other-ways">
          <p>{w.oneTap.orSapa}</p>
          <ul className="button-list">
            {sapaChoices.map((option) => (
              <li key={option.via}>
                <ChannelLink option={option} primary={false} onSent={sent}>
                  {option.label}
                </ChannelLink>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="note" role="status">
        {opened
          ? fill(w.oneTap.opened, { to: opened })
          : row?.status === 'sent'
            ? fill(w.evidence.statusSent, { to: row.sentTo ?? '' })
            : ''}
      </p>
      <details className="preview">
        <summary>{w.oneTap.preview}</summary>
        <pre data-testid="message-preview">{adultChoices.length > 0 ? messages.adult : messages.sapa}</pre>
        <p className="hint">{w.oneTap.previewHint}</p>
      </details>
    </section>
  );
}
