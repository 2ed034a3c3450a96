/**
 * Where the card is painted: the browser's **top layer**, above everything in the page whatever its z-index,
 * transforms or stacking (issue #15). The card (one element, React's root) moves between two surfaces inside the
 * closed shadow root:
 *
 * - `light` — a manual popover (`showPopover()`, Chrome 114+, Firefox 125+): above the page, which stays usable
 *   around the tip, and it takes no focus (a popover `<dialog>` would). COMPAT(chrome-109): without popovers, a plain
 *   fixed surface at the highest z-index, kept as the last child of `<html>`; the watcher (`watch.ts`) notices
 *   anything painted over it and puts it back on top, or goes `modal`.
 * - `modal` — a `<dialog>` shown with `showModal()`: above everything the page shows, and the page behind it inert.
 *   The warning card always; a tip only when a page's own modal dialog would otherwise keep it inert (a page's modal
 *   makes everything outside it inert, popovers above it included).
 *
 * Shown again while shown, a surface moves above whatever the page put in the top layer since (the top layer is
 * painted in the order things entered it).
 */
export type Strength = 'light' | 'modal';

export interface Surfaces {
  /** The card: React renders into it; it carries the test contract's attributes. */
  card: HTMLElement;
  light: HTMLDivElement;
  modal: HTMLDialogElement;
}

/** Whether `el` matches a selector this browser may not know (`:popover-open` before Chrome 114). */
export function matchesSafe(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export function supportsPopover(): boolean {
  return typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;
}

/** The card and its two surfaces, appended to `container` (nothing shown yet). */
export function createSurfaces(container: HTMLElement): Surfaces {
  const doc = container.ownerDocument;
  const card = doc.createElement('div');
  card.className = 'ka-root ka-card-root';
  const light = doc.createElement('div');
  light.className = 'ka-layer';
  if (supportsPopover()) light.setAttribute('popover', 'manual');
  const modal = doc.createElement('dialog');
  modal.className = 'ka-layer';
  // A modal card closes only by the child's choice, never by Escape alone.
  modal.addEventListener('cancel', (event) => event.preventDefault());
  light.append(card);
  container.append(light, modal);
  return { card, light, modal };
}

const popoverOpen = (el: HTMLElement) => matchesSafe(el, ':popover-open');

/** Whether the card is on its surface and that surface in the top layer (or, without popovers, in the page). */
export function isShown(s: Surfaces, strength: Strength): boolean {
  if (!s.card.isConnected) return false;
  if (strength === 'modal') return s.card.parentNode === s.modal && s.modal.open && matchesSafe(s.modal, ':modal');
  if (s.card.parentNode !== s.light) return false;
  return s.light.hasAttribute('popover') ? popoverOpen(s.light) : true;
}

/** Takes both surfaces out of the top layer. */
export function hideSurfaces(s: Surfaces): void {
  if (s.light.hasAttribute('popover') && popoverOpen(s.light)) s.light.hidePopover();
  if (s.modal.open) s.modal.close();
}

/** Shows the card at `strength`, on top of the top layer (again, if it was shown already). */
export function showSurface(s: Surfaces, strength: Strength): void {
  hideSurfaces(s);
  if (strength === 'modal') {
    if (s.card.parentNode !== s.modal) s.modal.append(s.card);
    s.modal.showModal();
    return;
  }
  if (s.card.parentNode !== s.light) s.light.append(s.card);
  if (s.light.hasAttribute('popover')) s.light.showPopover();
}
