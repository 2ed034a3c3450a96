import { isShown, matchesSafe, type Strength, type Surfaces } from './layer';

/**
 * Why the child can't see the card right now:
 * - `hidden-tab`: the tab is in the background or the window is minimised (nobody's fault; waits, never escalates);
 * - `detached`: our host was removed from the page or moved away from the end of `<html>`;
 * - `closed`: the surface left the top layer (a page's fullscreen hides popovers; a closed dialog);
 * - `small`: scaled down out of reading (a page's `zoom` or `transform`);
 * - `off-screen`: its centre is outside the viewport;
 * - `covered`: the browser's own hit test at its centre (or four points around it) lands on something of the
 *   page's, not on our host — so something is painted over it, or it is inert under a page's modal dialog.
 */
export type Unseen = 'hidden-tab' | 'detached' | 'closed' | 'small' | 'off-screen' | 'covered';
export type Check = { ok: true } | { ok: false; why: Unseen };

/** Smaller than this (CSS px, or this share of the viewport when that is smaller) and a card is not readable. */
const MIN_WIDTH = 160;
const MIN_HEIGHT = 60;
/** A rendered box under this share of its layout size is scaled down (a `transform` on an ancestor). */
const MIN_SCALE = 0.75;

export interface CardParts {
  host: HTMLElement;
  surfaces: Surfaces;
  /** The card's own box (not the full-viewport surface around it). */
  box: () => Element | null;
  strength: () => Strength;
}

/**
 * Whether the child can see the card now, checked as the browser paints it: in the page, in the top layer, big
 * enough, on screen, and the hit test at its centre and four points around it returns our host (a closed shadow
 * root is seen from the document as its host). The hit test sees a page's element painted over the card, a page's
 * modal dialog or fullscreen element above it, and a card made inert under them.
 */
export function checkCard(parts: CardParts, doc: Document = document): Check {
  if (doc.visibilityState !== 'visible') return { ok: false, why: 'hidden-tab' };
  const { host, surfaces } = parts;
  if (!doc.documentElement || host.parentNode !== doc.documentElement) return { ok: false, why: 'detached' };
  if (!isShown(surfaces, parts.strength())) return { ok: false, why: 'closed' };
  const card = parts.box() ?? surfaces.card;
  const r = card.getBoundingClientRect();
  const vw = doc.documentElement.clientWidth || window.innerWidth;
  const vh = doc.documentElement.clientHeight || window.innerHeight;
  const layout = card instanceof HTMLElement ? card.offsetWidth : r.width;
  if (
    r.width < Math.min(MIN_WIDTH, vw / 2) ||
    r.height < Math.min(MIN_HEIGHT, vh / 2) ||
    (layout > 0 && r.width < layout * MIN_SCALE)
  ) {
    return { ok: false, why: 'small' };
  }
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  if (cx < 0 || cy < 0 || cx > vw || cy > vh) return { ok: false, why: 'off-screen' };
  const points = [
    [cx, cy],
    [r.left + r.width / 4, r.top + r.height / 4],
    [r.right - r.width / 4, r.top + r.height / 4],
    [r.left + r.width / 4, r.bottom - r.height / 4],
    [r.right - r.width / 4, r.bottom - r.height / 4],
  ];
  for (const [x, y] of points) {
    if (x! < 0 || y! < 0 || x! > vw || y! > vh) continue;
    if (doc.elementFromPoint(x!, y!) !== host) return { ok: false, why: 'covered' };
  }
  return { ok: true };
}

/** The card counts as seen once it has passed a check this long after it appeared (its entrance has played). */
export const SETTLE_MS = 250;
/** A card not seen this long after it appeared (while its tab is in front) is shown elsewhere. */
export const SEEN_WITHIN_MS = 3000;
/** Putting the card back on top more often than this within `RAISE_WINDOW_MS` means the page fights it. */
export const MAX_RAISES = 5;
export const RAISE_WINDOW_MS = 10_000;
/** Failed checks in a row, each after putting it back, before it is shown elsewhere. */
export const MAX_FAILURES = 3;

export interface WatchHandlers {
  check(): Check;
  /** Puts the card back on top; `attempt` counts the failures in a row (1, 2, …): the later, the stronger. */
  raise(attempt: number): void;
  /** The child could see it (once). */
  onSeen(): void;
  /** The page keeps it from being seen: show it on a surface the page can't touch (once; the watch stops). */
  onLost(why: Unseen): void;
}

/**
 * The card's watch, as a clock-driven state machine (pure, for tests): each `tick` checks the card; a card that
 * can't be seen is put back on top, more strongly each time, and a page that keeps undoing that — more than
 * {@link MAX_RAISES} times in {@link RAISE_WINDOW_MS}, {@link MAX_FAILURES} failures in a row, or no moment seen within
 * {@link SEEN_WITHIN_MS} of appearing — loses the card to the extension's own page.
 */
export class CardWatch {
  private seen = false;
  private lost = false;
  private failures = 0;
  private raises: number[] = [];
  private deadline: number;

  constructor(
    private readonly handlers: WatchHandlers,
    private readonly startedAt: number,
  ) {
    this.deadline = startedAt + SEEN_WITHIN_MS;
  }

  get done(): boolean {
    return this.lost;
  }

  get wasSeen(): boolean {
    return this.seen;
  }

  tick(now: number): void {
    if (this.lost) return;
    const result = this.handlers.check();
    if (result.ok) {
      this.failures = 0;
      if (!this.seen && now - this.startedAt >= SETTLE_MS) {
        this.seen = true;
        this.handlers.onSeen();
      }
      return;
    }
    if (result.why === 'hidden-tab') {
      // Nobody can see any page now: the time to be seen starts again when the tab is in front.
      if (!this.seen) this.deadline = now + SEEN_WITHIN_MS;
      return;
    }
    this.failures++;
    this.raises = this.raises.filter((at) => now - at < RAISE_WINDOW_MS);
    const late = !this.seen && now > this.deadline;
    if (late || this.failures > MAX_FAILURES || this.raises.length >= MAX_RAISES) {
      this.lost = true;
      this.handlers.onLost(result.why);
      return;
    }
    this.raises.push(now);
    this.handlers.raise(this.failures);
  }
}

let topLayer: string | undefined;
/** Selectors for what a page can put in the top layer (each only where this browser knows it). */
function topLayerSelector(): string {
  // `:x, *` matches any element, or throws where the browser doesn't know `:x`.
  topLayer ??= [':modal', ':popover-open', ':fullscreen']
    .filter((s) => matchesSafe(document.documentElement, `${s}, *`))
    .join(', ');
  return topLayer;
}

export interface LiveWatchOptions extends WatchHandlers {
  parts: CardParts;
  /** Shows the card again on top without counting as a failure (something of the page's entered the top layer). */
  lift(): void;
  signal: AbortSignal;
}

/** How often the card is checked while it is on screen, besides the events that say something changed. */
const TICK_MS = 400;

/**
 * Runs a {@link CardWatch} on the live page: a tick every {@link TICK_MS}, and soon after anything that can hide the
 * card — the page's children of `<html>` or our host's attributes changing, a page's popover or dialog opening
 * (`toggle`), fullscreen, our surface leaving the top layer, the tab coming to the front, a resize. Something of the
 * page's entering the top layer lifts the card above it at once (it may be transparent to the hit test). Stops when
 * `signal` aborts or the card is lost.
 */
export function watchLive(options: LiveWatchOptions): CardWatch {
  const { parts, signal } = options;
  const watch = new CardWatch(options, Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    timer = undefined;
    if (signal.aborted) return;
    watch.tick(Date.now());
    if (watch.done) stop();
  };
  const soon = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(tick, 30);
  };
  // The page's own top-layer elements we already answered by lifting the card above them.
  const answered = new WeakSet<Element>();
  let lastLift = 0;
  const liftAboveNew = () => {
    const selector = topLayerSelector();
    if (!selector) return;
    let fresh = false;
    for (const el of document.querySelectorAll(selector)) {
      if (el === parts.host || answered.has(el)) continue;
      answered.add(el);
      fresh = true;
    }
    const now = Date.now();
    if (fresh && now - lastLift > 100) {
      lastLift = now;
      options.lift();
    }
  };
  const interval = setInterval(() => {
    liftAboveNew();
    tick();
  }, TICK_MS);
  let observed: Element | null = null;
  const observer = new MutationObserver(() => {
    // `document.open()` replaces `<html>`: keep watching the new one.
    if (document.documentElement !== observed) observe();
    soon();
  });
  const observe = () => {
    observer.disconnect();
    observed = document.documentElement;
    if (observed) observer.observe(observed, { childList: true });
    observer.observe(parts.host, { attributes: true });
  };
  observe();
  const onTopLayer = () => {
    liftAboveNew();
    soon();
  };
  const listen = { capture: true, signal } as const;
  document.addEventListener('toggle', onTopLayer, listen);
  document.addEventListener('fullscreenchange', onTopLayer, listen);
  document.addEventListener('visibilitychange', soon, listen);
  window.addEventListener('resize', soon, listen);
  parts.surfaces.light.addEventListener('toggle', soon, { signal });
  parts.surfaces.modal.addEventListener('close', soon, { signal });
  const stop = () => {
    clearInterval(interval);
    clearTimeout(timer);
    observer.disconnect();
  };
  signal.addEventListener('abort', stop, { once: true });
  // The first check right after the card is painted.
  requestAnimationFrame(() => soon());
  return watch;
}
