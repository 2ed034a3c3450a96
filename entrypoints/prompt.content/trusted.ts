/**
 * The input the card reacts to at all. A choice (go back, continue, close, get help) must come from the child's own
 * hand, never from a script: anything a script dispatches is untrusted (`isTrusted === false`), while a real click, a
 * key press and the click the browser makes of Enter or Space on a button are trusted.
 */
const GUARDED = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

/**
 * Drops every untrusted input event at the card's shadow root, in the capture phase, before React (whose listeners
 * sit on the card's own root element, further in) can see it. A closed root already keeps page scripts from reaching
 * the card's elements; this holds even for a script that got hold of one (issue #15). Returns the undo.
 */
export function acceptOnlyTrusted(root: ShadowRoot | HTMLElement): () => void {
  const drop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED) root.addEventListener(type, drop, true);
  return () => {
    for (const type of GUARDED) root.removeEventListener(type, drop, true);
  };
}
