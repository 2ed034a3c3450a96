import { useEffect, useState } from 'react';
import { HelpButton } from '@/components/child/help-button';
import { ReadAloudButton } from '@/components/child/read-aloud';
import { sendMessage } from '@/lib/messages/protocol';
import type { ChildStatus } from '@/lib/messages/protocol/child';
import { childWords } from '@/locales/child';
import { leftWords } from '@/locales/left';

/**
 * Where "Tinggalkan halaman ini / Leave this page" takes the tab (issue #14): a calm page that says the child did
 * well, with help one tap away and nothing to read that is not needed. The risky page is one step back in the tab's
 * history, where Kawan Aman still looks out.
 */
export function LeftPage({ eventId }: { eventId?: string }) {
  const [status, setStatus] = useState<ChildStatus | null>(null);
  useEffect(() => {
    void sendMessage('getChildStatus', undefined).then(
      (s) => setStatus(s ?? null),
      () => setStatus(null),
    );
  }, []);
  const lang = status?.language ?? 'id';
  const w = leftWords[lang];
  const c = childWords[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = w.pageTitle;
  }, [lang, w.pageTitle]);

  const spoken = `${w.title}. ${w.lead} ${w.tell}`;
  return (
    <main className="ka-root page" lang={lang} aria-busy={status ? undefined : true}>
      <div className="sheet">
        <div className="hero" aria-hidden="true">
          🌱
        </div>
        <h1>{w.title}</h1>
        <p className="lead">{w.lead}</p>
        <p>{w.tell}</p>
        <div className="actions">
          <HelpButton lang={lang} big onHelp={() => void sendMessage('askForHelp', { from: 'left', eventId })} />
          <ReadAloudButton lang={lang} text={() => spoken} />
        </div>
        <p className="small">{w.onward}</p>
        <p className="small">
          {c.notYourFault} {c.onDevice}
        </p>
      </div>
    </main>
  );
}
