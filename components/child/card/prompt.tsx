import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { HelpButton } from '@/components/child/help-button';
import { ReadAloudButton } from '@/components/child/read-aloud';
import { WhyToggle } from '@/components/child/why';
import type { ChildChoice, PromptData } from '@/lib/messages/types';
import { storyFromCategories } from '@/lib/story';
import { fill } from '@/locales';
import { categoryWords } from '@/locales/categories';
import { childWords } from '@/locales/child';
import { promptWords } from '@/locales/prompt';
import { cardWords } from '@/locales/stories';
import { useFocusTrap } from './focus';
import { busyAreas, choosePlacement, type Placement } from './placement';

/** A tip goes away by itself after this long, unless the child is pointing at it, in it, or it is high risk. */
export const TIP_AUTO_HIDE_MS = 25_000;

interface Props {
  data: PromptData;
  /** The child chose something; it is recorded as an event. */
  onChoice(choice: ChildChoice): void;
  /** The tip went away by itself (not a choice; nothing is recorded). */
  onHide(): void;
  /**
   * Shown as an example in the parents' card gallery (`cards.html`), not over a page: it keeps no focus, stays put
   * and never goes away by itself.
   */
  preview?: boolean;
  /** A line before what happened that says why the card is where it is (the warning page: the page hid it). */
  note?: string;
}

function useCountdown(seconds: number): number {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (left <= 0) return;
    const id = setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => clearTimeout(id);
  }, [left]);
  return left;
}

/** Hides after `ms` of not being looked at; hovering or focusing the card starts the wait again. */
function useAutoHide(enabled: boolean, held: boolean, ms: number, onHide: () => void): void {
  useEffect(() => {
    if (!enabled || held) return;
    const id = setTimeout(onHide, ms);
    return () => clearTimeout(id);
  }, [enabled, held, ms, onHide]);
}

/**
 * Keeps the tip in a corner that covers no text field, no compose bar and nothing focused, and lets it scroll inside
 * itself rather than grow over them. Re-placed when the window, the focus or the card's own content changes.
 */
function usePlacement(
  card: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  enabled: boolean,
): Placement {
  const [placement, setPlacement] = useState<Placement>({ corner: 'bottom-right', maxHeight: 10_000 });
  const place = useCallback(() => {
    const el = card.current;
    if (!el || !enabled) return;
    // The card's natural size, even while it is capped and scrolling.
    const size = { width: el.offsetWidth, height: Math.max(el.scrollHeight, el.offsetHeight) };
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    const next = choosePlacement(size, viewport, busyAreas());
    setPlacement((prev) => (prev.corner === next.corner && prev.maxHeight === next.maxHeight ? prev : next));
  }, [card, enabled]);
  useLayoutEffect(place, [place]);
  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    const resize = new ResizeObserver(later);
    if (content.current) resize.observe(content.current);
    window.addEventListener('resize', later);
    document.addEventListener('focusin', later, true);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      window.removeEventListener('resize', later);
      document.removeEventListener('focusin', later, true);
    };
  }, [enabled, place, content]);
  return placement;
}

export function Prompt({ data, onChoice, onHide, preview = false, note }: Props) {
  const lang = data.language;
  const w = promptWords[lang];
  const c = childWords[lang];
  const cats = categoryWords[lang];
  const isWarn = data.action === 'warn';
  // What happened, told in child words: the background's story, or the strongest category's from an older one.
  const story = data.story ?? storyFromCategories(data.categories)!;
  const words = cardWords(lang, data.ageBand, story);
  const titleId = useId();
  const leadId = useId();
  const cardRef = useRef<HTMLElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState({ hover: false, focus: false });
  const waitLeft = useCountdown(isWarn ? data.continueDelaySeconds : 0);
  const placement = usePlacement(cardRef, contentRef, !isWarn && !preview);
  // A tip never takes focus; a screen reader hears it through this polite live region instead.
  const [announce, setAnnounce] = useState('');

  useFocusTrap(cardRef, isWarn && !preview);
  useAutoHide(!isWarn && !data.helpFirst && !preview, held.hover || held.focus, TIP_AUTO_HIDE_MS, onHide);

  const title = isWarn ? w.warnTitle : w.tipTitle;
  const lead = words.what;
  const readText = () => [`${title}.`, note, words.what, words.why, words.todo].filter(Boolean).join(' ');

  useEffect(() => {
    if (isWarn) return;
    const id = setTimeout(() => setAnnounce(`${title}. ${lead}`), 150);
    return () => clearTimeout(id);
  }, [isWarn, title, lead]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !isWarn) {
      event.stopPropagation();
      onChoice('dismiss');
    }
  };

  const why = (
    <WhyToggle lang={lang}>
      <p>{w.whyWarn}</p>
      <ul>
        {data.categories.map((category) => (
          <li key={category}>
            <strong>{cats[category].name}.</strong> {cats[category].why}
          </li>
        ))}
      </ul>
    </WhyToggle>
  );

  const card = (
    <section
      ref={cardRef}
      className={`card ${isWarn ? 'warn' : `tip ${placement.corner}`}${data.helpFirst ? ' high' : ''}`}
      style={isWarn ? undefined : { maxHeight: placement.maxHeight }}
      role={isWarn ? 'alertdialog' : 'region'}
      aria-modal={isWarn && !preview ? true : undefined}
      aria-labelledby={titleId}
      aria-describedby={leadId}
      lang={lang}
      onKeyDown={onKeyDown}
      onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      <div ref={contentRef} className="card-inner">
        <header>
          <span className="badge" aria-hidden="true">
            ♥
          </span>
          <h2 id={titleId}>{title}</h2>
          {!isWarn && (
            <button type="button" className="icon" aria-label={w.close} onClick={() => onChoice('dismiss')}>
              ×
            </button>
          )}
        </header>
        <div className="body">
          {note && <p className="note">{note}</p>}
          <p id={leadId} className="lead">
            {lead}
          </p>
          {/* The reason is on the card itself, not behind "why am I seeing this?" (issue #14). */}
          <p className="why-line">
            <span className="sr-only">{c.tipWhy}: </span>
            {words.why}
          </p>
          <p className="todo">
            <span className="sr-only">{c.tipTodo}: </span>
            <span className="todo-text">{words.todo}</span>
          </p>
        </div>
        {data.helpFirst && (
          <div className="actions">
            <HelpButton lang={lang} big onHelp={() => onChoice('help')} />
          </div>
        )}
        {isWarn ? (
          <div className="actions main">
            {/* Leaves the risky page or chat for a calm page (the background moves the tab), not one step back. */}
            <button type="button" className="primary" onClick={() => onChoice('back')} autoFocus={!preview}>
              {w.leave}
            </button>
            <button
              type="button"
              className="secondary continue"
              disabled={waitLeft > 0}
              onClick={() => onChoice('continue')}
            >
              {waitLeft > 0 ? fill(w.continueIn, { seconds: waitLeft }) : w.continue}
            </button>
          </div>
        ) : null}
        <div className="actions">
          {!data.helpFirst && <HelpButton lang={lang} onHelp={() => onChoice('help')} />}
          <ReadAloudButton lang={lang} text={readText} />
        </div>
        {why}
        {!isWarn && (
          <p role="status" className="sr-only">
            {announce}
          </p>
        )}
      </div>
    </section>
  );

  if (!isWarn) return card;
  return <div className="backdrop">{card}</div>;
}
