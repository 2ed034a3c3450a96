/** How long the child pauses before we look at what they typed: long enough not to check every keystroke. */
const PAUSE_MS = 700;
const MAX_TYPED = 1000;

function valueOf(el: Element): string {
  const value = (el as HTMLInputElement).value;
  return (typeof value === 'string' ? value : (el.textContent ?? '')).slice(0, MAX_TYPED);
}

/**
 * Calls `onPause(box, text)` when the child pauses typing in a chat compose box, or presses Enter to send. Passive
 * listeners only: it never blocks, delays or changes typing, and it keeps nothing but the latest text of the box
 * being typed in, in memory, until the pause.
 */
export function watchTyping(
  doc: Document,
  signal: AbortSignal,
  isCompose: (el: Element) => boolean,
  onPause: (box: Element, text: string) => void,
): void {
  let box: Element | null = null;
  let text = '';
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fire = () => {
    clearTimeout(timer);
    if (box && text.trim() && text !== last && !signal.aborted) onPause(box, text);
    last = text;
    box = null;
    text = '';
  };
  const options = { capture: true, passive: true, signal };
  doc.addEventListener(
    'input',
    (event) => {
      const target = event.composedPath()[0];
      if (!target || (target as Node).nodeType !== 1) return;
      const el = target as Element;
      if (!isCompose(el)) return;
      box = el;
      text = valueOf(el);
      clearTimeout(timer);
      timer = setTimeout(fire, PAUSE_MS);
    },
    options,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key === 'Enter' && box) fire();
    },
    options,
  );
  signal.addEventListener('abort', () => clearTimeout(timer));
}
