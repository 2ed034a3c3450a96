import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { HelpButton } from '@/components/child/help-button';
import { ReadAloudButton } from '@/components/child/read-aloud';
import { WhyToggle } from '@/components/child/why';
import { sendMessage } from '@/lib/messages/protocol';
import type { BlockInfo, ChildStatus, UnlockResult } from '@/lib/messages/protocol/child';
import { storyFromCategories } from '@/lib/story';
import { fill } from '@/locales';
import { blockedWords } from '@/locales/blocked';
import { categoryWords } from '@/locales/categories';
import { cardWords } from '@/locales/stories';
import { parseTarget } from './target';

interface Props {
  eventId?: string;
  /** The raw address from the fragment. */
  target: string;
}

type PinState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; result: Extract<UnlockResult, { ok: false }> }
  | { kind: 'opened'; minutes: number };

const FALLBACK: ChildStatus = {
  language: 'id',
  ageBand: '10-12',
  pausedUntil: null,
  managedBySchool: false,
  labMode: false,
  mayChangeLanguage: false,
  keepsSnippets: false,
};

export function BlockedPage({ eventId: initialEventId, target }: Props) {
  const url = parseTarget(target);
  const [status, setStatus] = useState<ChildStatus | null>(null);
  const [info, setInfo] = useState<BlockInfo | null>(null);
  const [pin, setPin] = useState('');
  const [pinState, setPinState] = useState<PinState>({ kind: 'idle' });
  const pinMessageId = useId();
  const pinRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [childStatus, blockInfo] = await Promise.all([
        sendMessage('getChildStatus', undefined).catch(() => null),
        url
          ? sendMessage('blockedPageOpened', { url: url.href, eventId: initialEventId }).catch(() => null)
          : Promise.resolve(null),
      ]);
      if (!live) return;
      setStatus(childStatus ?? FALLBACK);
      const resolved: BlockInfo = blockInfo ?? {
        reason: 'site',
        eventId: initialEventId ?? null,
        categories: [],
        risk: 'medium',
      };
      setInfo(resolved);
      // Remember the recorded event in the address, so a reload doesn't record the block twice.
      if (resolved.eventId && resolved.eventId !== initialEventId) {
        history.replaceState(null, '', `?event=${resolved.eventId}${location.hash}`);
      }
    })();
    return () => {
      live = false;
    };
    // Runs once: the page's address is fixed for its lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const lang = status?.language ?? 'id';
  const w = blockedWords[lang];
  const cats = categoryWords[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = w.pageTitle;
  }, [lang, w.pageTitle]);

  if (!status || !info) {
    return <main className="ka-root page" aria-busy="true" />;
  }

  const eventId = info.eventId ?? undefined;
  const reason = info.reason;
  // A page blocked for what it contained tells what happened, as a card would; a listed site says it is closed.
  const story = reason === 'content' ? (info.story ?? storyFromCategories(info.categories)) : null;
  const words = story ? cardWords(lang, status.ageBand, story) : null;
  const reasonText = words ? words.what : reason === 'content' ? w.reasonContent : w.reasonSite;
  const whyText = words ? words.why : w.whySite;
  const todoText = words ? words.todo : w.siteTodo;
  const spoken = `${w.title}. ${reasonText} ${whyText} ${todoText}`;

  // "Leave this page": the background records the choice and moves the tab to the calm page (issue #14).
  const goBack = () => sendMessage('leaveBlockedPage', { eventId }).catch(() => undefined);

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    if (!url) {
      setPinState({ kind: 'refused', result: { ok: false, reason: 'bad-url', lockedForMs: 0 } });
      return;
    }
    setPinState({ kind: 'checking' });
    const result = await sendMessage('unlockBlockedPage', { url: url.href, pin, eventId }).catch((): UnlockResult => ({
      ok: false,
      reason: 'wrong-pin',
      lockedForMs: 0,
    }));
    setPin('');
    if (result.ok) {
      setPinState({ kind: 'opened', minutes: result.minutes });
      location.replace(url.href);
      return;
    }
    setPinState({ kind: 'refused', result });
    pinRef.current?.focus();
  };

  const pinMessage = (() => {
    if (pinState.kind === 'checking') return w.pinChecking;
    if (pinState.kind === 'opened') return fill(w.opened, { minutes: pinState.minutes });
    if (pinState.kind !== 'refused') return '';
    const r = pinState.result;
    if (r.reason === 'locked' || r.lockedForMs > 0) {
      return fill(w.pinLocked, { seconds: Math.ceil(r.lockedForMs / 1000) });
    }
    if (r.reason === 'no-pin') return w.pinNone;
    if (r.reason === 'bad-url') return w.pinInvalid;
    return w.pinWrong;
  })();

  return (
    <main
      className="ka-root page"
      lang={lang}
      // The test contract, as on the in-page card (docs/design.md#the-cards-test-contract).
      data-action="block"
      data-risk={info.risk}
      data-categories={info.categories.join(',')}
    >
      <div className="sheet">
        <div className="hero" aria-hidden="true">
          🌿
        </div>
        <h1>{w.title}</h1>
        <p className="reason">{reasonText}</p>
        {/* Why it matters is on the page itself, not behind a toggle (issue #14). */}
        <p className="why-line">{whyText}</p>
        {url && (
          <p className="site">
            {w.site}: <strong>{url.hostname}</strong>
          </p>
        )}
        <section className="tip-box" aria-labelledby="tip-heading">
          <h2 id="tip-heading">{w.siteTodoHeading}</h2>
          <p className="todo">{todoText}</p>
        </section>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void goBack()}>
            {w.leave}
          </button>
          <HelpButton lang={lang} onHelp={() => void sendMessage('askForHelp', { from: 'blocked', eventId })} />
          <ReadAloudButton lang={lang} text={() => spoken} />
        </div>
        <WhyToggle lang={lang}>
          {reason === 'content' && info.categories.length > 0 && (
            <ul>
              {info.categories.map((category) => (
                <li key={category}>
                  <strong>{cats[category].name}.</strong> {cats[category].why}
                </li>
              ))}
            </ul>
          )}
        </WhyToggle>
        <details className="parent">
          <summary>{w.parentTitle}</summary>
          <p>{w.parentLead}</p>
          <form onSubmit={(event) => void unlock(event)} className="pin-form">
            <label htmlFor="parent-pin">{w.pinLabel}</label>
            <div className="pin-row">
              <input
                ref={pinRef}
                id="parent-pin"
                name="pin"
                type="password"
                inputMode="numeric"
                autoComplete="off"
                maxLength={8}
                value={pin}
                onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
                aria-describedby={pinMessageId}
                aria-invalid={pinState.kind === 'refused' ? true : undefined}
              />
              <button
                type="submit"
                className="secondary"
                disabled={pin.length < 4 || pinState.kind === 'checking' || pinState.kind === 'opened'}
              >
                {w.pinSubmit}
              </button>
            </div>
            <p id={pinMessageId} className={`pin-message ${pinState.kind}`} role="status">
              {pinMessage}
            </p>
          </form>
        </details>
      </div>
    </main>
  );
}
