/**
 * Where the tip card goes: a corner that doesn't cover what the child is doing. Chat apps keep the compose box and
 * its send button at the bottom, so a card in the bottom corner would sit on top of them (issue #5).
 */
export type Corner = 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const CORNERS: readonly Corner[] = ['bottom-right', 'top-right', 'bottom-left', 'top-left'];
export const MARGIN = 16;
/** Below this height a card is too cramped to read; then it may cover something rather than shrink further. */
export const MIN_HEIGHT = 180;

export interface Placement {
  corner: Corner;
  /** The card scrolls inside itself beyond this height, so it stops short of what the child is using. */
  maxHeight: number;
}

/**
 * How tall a card of `width` may grow from `corner` before it reaches something in `avoid` (0 when something already
 * sits in the corner).
 */
function freeHeight(
  corner: Corner,
  width: number,
  viewport: { width: number; height: number },
  avoid: readonly Rect[],
): number {
  const left = corner.endsWith('left') ? MARGIN : viewport.width - MARGIN - width;
  const right = left + width;
  const column = avoid.filter((a) => a.right > left && a.left < right && a.bottom > a.top);
  if (corner.startsWith('top')) {
    if (column.some((a) => a.top <= MARGIN && a.bottom > MARGIN)) return 0;
    const stop = Math.min(viewport.height, ...column.filter((a) => a.top > MARGIN).map((a) => a.top));
    return Math.max(0, stop - 2 * MARGIN);
  }
  const edge = viewport.height - MARGIN;
  if (column.some((a) => a.bottom >= edge && a.top < edge)) return 0;
  const stop = Math.max(0, ...column.filter((a) => a.bottom < edge).map((a) => a.bottom));
  return Math.max(0, edge - stop - MARGIN);
}

/**
 * The first corner (bottom-right, top-right, bottom-left, top-left) where the whole card fits without covering
 * anything in `avoid`; else the corner with the most free room, the card scrolling inside itself; and when no corner
 * has a readable amount of room, top-right over everything (a page's header matters less than where the child types).
 * Pure, for tests.
 */
export function choosePlacement(
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: readonly Rect[],
): Placement {
  const whole = viewport.height - 2 * MARGIN;
  const room = CORNERS.map((corner) => ({
    corner,
    free: Math.min(whole, freeHeight(corner, size.width, viewport, avoid)),
  }));
  const fits = room.find((r) => r.free >= size.height);
  if (fits) return { corner: fits.corner, maxHeight: fits.free };
  const roomiest = room.reduce((a, b) => (b.free > a.free ? b : a));
  if (roomiest.free >= Math.min(MIN_HEIGHT, size.height)) return { corner: roomiest.corner, maxHeight: roomiest.free };
  return { corner: 'top-right', maxHeight: whole };
}

const EDITABLE =
  'textarea, input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), [contenteditable=""], [contenteditable="true"], [role="textbox"]';

function grow(r: DOMRect, by: number): Rect {
  return { left: r.left - by, top: r.top - by, right: r.right + by, bottom: r.bottom + by };
}

/**
 * What the child may be using: every visible text field with the bar around it (its form, or its parent row, which
 * holds the send button), and whatever has focus.
 */
export function busyAreas(doc: Document = document): Rect[] {
  const areas: Rect[] = [];
  const viewportH = doc.documentElement.clientHeight || window.innerHeight;
  for (const el of doc.querySelectorAll<HTMLElement>(EDITABLE)) {
    if (el.closest('kawan-aman-prompt')) continue;
    const own = el.getBoundingClientRect();
    if (own.width === 0 || own.height === 0 || own.bottom < 0 || own.top > viewportH) continue;
    const bar = el.closest('form') ?? el.parentElement;
    const barRect = bar?.getBoundingClientRect();
    // A whole-page form is not a compose bar; then only the field and a little room around it count.
    const useBar = barRect && barRect.height > 0 && barRect.height <= Math.max(160, own.height * 3);
    areas.push(grow(useBar ? barRect : own, 8));
  }
  const active = doc.activeElement;
  if (active instanceof HTMLElement && active !== doc.body && active.tagName !== 'KAWAN-AMAN-PROMPT') {
    areas.push(grow(active.getBoundingClientRect(), 8));
  }
  return areas;
}
