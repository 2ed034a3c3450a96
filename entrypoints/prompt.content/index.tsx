// First: keeps WXT's start event out of the page (no oracle, issue #15).
import './quiet-start';
import ReactDOM from 'react-dom/client';
import { createShadowRootUi, defineContentScript, type ShadowRootContentScriptUi } from '#imports';
import childCss from '@/components/child/child.css?inline';
import { sendMessage, onMessage } from '@/lib/messages/protocol';
import type { ChildChoice, PromptData } from '@/lib/messages/types';
import { ownElements } from '@/lib/sites/own-elements';
import { createSurfaces, showSurface, type Strength, type Surfaces } from './layer';
import layerCss from './layer.css?inline';
import { extensionAlive, keepsCurrent, promptContext } from './lifetime';
import { Prompt } from '@/components/child/card/prompt';
import css from '@/components/child/card/card.css?inline';
import { acceptOnlyTrusted } from './trusted';
import { checkCard, watchLive, type CardParts } from './watch';

/** While a prompt is open, how often it checks that Kawan Aman is still there (an orphan's buttons would do nothing). */
const ALIVE_CHECK_MS = 2000;
/** Rebuilt this often for one prompt (a page that rewrites itself again and again), it is shown elsewhere. */
const MAX_REBUILDS = 3;

type Flagged = typeof globalThis & { __kawanAmanPrompt?: boolean };

interface Mounted {
  root: ReactDOM.Root;
  surfaces: Surfaces;
  shadow: ShadowRoot;
  undoTrusted: () => void;
}

interface Current {
  ui: ShadowRootContentScriptUi<Mounted>;
  data: PromptData;
  watch: AbortController;
  /** The page's `<html>` the card was built in: `document.open()` replaces it, and erases every listener (below). */
  root: Element | null;
}

/** The element that had focus in the page (not inside our own shadow root), to give focus back after a warning. */
function pageFocus(): HTMLElement | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  return active.tagName === 'KAWAN-AMAN-PROMPT' ? null : active;
}

/**
 * The child's in-page prompt: injected by the background with `scripting.executeScript` only when something must
 * be shown (never in the manifest), rendered in a **closed** shadow root, so the page's styles can't reach it, ours
 * can't leak out, and no page script can read it, rewrite its words or click into it (issue #15). Keyboard events
 * stay inside it (`isolateEvents`), so a page's shortcuts don't fire while the child types in it. Its lifetime is its
 * own, not WXT's `ctx`, which a page can invalidate (`lifetime.ts`).
 *
 * The card must be seen, and only the child chooses:
 * - it sits in the top layer (`layer.ts`) and is watched (`watch.ts`): removed, moved, covered, sent under a page's
 *   modal dialog, popover or fullscreen, or scaled away, it is put back on top; a page that keeps hiding it loses
 *   it to the extension's own page (`promptHidden`: the background opens it, `entrypoints/background/escalate.ts`);
 * - only a card that passed the check counts as shown (`promptSeen`): until then the background shows the same
 *   finding again when it is reported again;
 * - it takes input only from trusted events (`trusted.ts`).
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main() {
    const self = globalThis as Flagged;
    if (self.__kawanAmanPrompt) return;
    self.__kawanAmanPrompt = true;
    const ctx = promptContext();
    let current: Current | null = null;
    let returnFocus: HTMLElement | null = null;
    let aliveTimer: ReturnType<typeof setInterval> | undefined;
    let latest = 0;
    /** How often each prompt was rebuilt after its page rewrote itself. */
    const rebuilds = new Map<string, number>();

    const close = () => {
      clearInterval(aliveTimer);
      current?.watch.abort();
      current?.ui.remove();
      current = null;
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    };
    const choose = (data: PromptData, choice: ChildChoice) => {
      void sendMessage('recordChoice', { promptId: data.promptId, choice }).catch(() => undefined);
      if (choice === 'back') returnFocus = null;
      close();
      // "Leave this page": the background moves the tab to a calm page when it records the choice (issue #14).
    };

    /** Keeps the card on screen (see above) until it closes. */
    const watch = (ui: ShadowRootContentScriptUi<Mounted>, data: PromptData, signal: AbortSignal) => {
      const mounted = ui.mounted!;
      const host = ui.shadowHost;
      let strength: Strength = data.action === 'warn' ? 'modal' : 'light';
      /** Times this card was put back on top. */
      let raised = 0;
      const parts: CardParts = {
        host,
        surfaces: mounted.surfaces,
        // The card's own box, not the full-viewport surface around it.
        box: () => mounted.surfaces.card.querySelector('.card'),
        strength: () => strength,
      };
      const reshow = () => {
        const focused = mounted.shadow.activeElement;
        try {
          showSurface(mounted.surfaces, strength);
        } catch {
          // Not in a document (a page that emptied itself): the next check says so.
        }
        if (focused instanceof HTMLElement && focused.isConnected && mounted.shadow.activeElement !== focused) {
          focused.focus({ preventScroll: true });
        }
      };
      watchLive({
        parts,
        signal,
        check: () => checkCard(parts),
        lift: () => {
          if (mounted.surfaces.card.isConnected) reshow();
        },
        raise(attempt) {
          if (current?.data.promptId === data.promptId && document.documentElement !== current.root) {
            rebuild(data);
            return;
          }
          // The host carries nothing of ours, and nothing of the page's either (`inert`, `popover`, `hidden`…).
          for (const name of host.getAttributeNames()) host.removeAttribute(name);
          raised++;
          if (attempt >= 2 || raised >= 3) {
            // Putting it back on top was not enough (twice in a row, or a page that covers it again each time it is
            // back — without popovers, Chrome 109–113, a tip is only at the top z-index): above a page's modal
            // dialog or cover only a modal is sure to be seen and usable, and a fullscreen element ends.
            strength = 'modal';
            if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          }
          const root = document.documentElement;
          if (root && (host.parentNode !== root || host.nextSibling)) root.append(host);
          reshow();
        },
        onSeen: () => void sendMessage('promptSeen', { promptId: data.promptId }).catch(() => undefined),
        onLost: () => {
          // The page keeps it from being seen: the extension's own page shows it instead, and this card goes.
          void sendMessage('promptHidden', { promptId: data.promptId }).catch(() => undefined);
          if (current?.data.promptId === data.promptId) close();
        },
      });
    };

    /**
     * The page rewrote itself (`document.open()`): that erased every event listener in the old document, our card's
     * included (React's, the trusted-input guard's), so the card put back as it is would not answer the child's
     * press. It is built again, in the new document, from the same data; a page that keeps doing it loses the card
     * to the extension's own page.
     */
    const rebuild = (data: PromptData) => {
      const count = (rebuilds.get(data.promptId) ?? 0) + 1;
      rebuilds.set(data.promptId, count);
      close();
      if (count > MAX_REBUILDS) {
        void sendMessage('promptHidden', { promptId: data.promptId }).catch(() => undefined);
        return;
      }
      void show(data);
    };

    const show = async (data: PromptData) => {
      // Reported again before the child saw it: it is on screen already (or being put back by its watch).
      if (current?.data.promptId === data.promptId && !current.watch.signal.aborted) return;
      // The child is still answering a stronger prompt (on screen, or being put back by its watch): a weaker one
      // that arrives now does not replace it.
      if (current && !current.watch.signal.aborted && keepsCurrent(current.data, data)) return;
      const focusBefore = current ? returnFocus : pageFocus();
      close();
      // Only a warning takes focus (it is a modal dialog); a tip never steals it from what the child is typing.
      returnFocus = data.action === 'warn' ? focusBefore : null;
      const mine = ++latest;
      const ui = await createShadowRootUi<Mounted>(ctx, {
        name: 'kawan-aman-prompt',
        css: `${childCss}\n${css}\n${layerCss}`,
        position: 'inline',
        anchor: 'html',
        append: 'last',
        // Closed: no page script can read the card, rewrite its words or click into it (issue #15).
        mode: 'closed',
        isolateEvents: true,
        onMount(container, shadow, host) {
          // The guard knows our host by identity and never reads the card's words as page text.
          ownElements.add(host);
          // The host carries nothing a page could read; what the card is about is on its outermost element inside
          // the closed root (the test contract, docs/design.md#the-cards-test-contract).
          const surfaces = createSurfaces(container);
          const { card } = surfaces;
          card.dataset.action = data.action;
          card.dataset.risk = data.risk;
          card.dataset.categories = data.categories.join(',');
          const undoTrusted = acceptOnlyTrusted(shadow);
          // Shown before React renders, so the warning's own first focus ("Go back") lands after the dialog's.
          showSurface(surfaces, data.action === 'warn' ? 'modal' : 'light');
          const root = ReactDOM.createRoot(card);
          root.render(<Prompt data={data} onChoice={(choice) => choose(data, choice)} onHide={close} />);
          return { root, surfaces, shadow, undoTrusted };
        },
        onRemove: (mounted) => {
          mounted?.root.unmount();
          mounted?.undoTrusted();
        },
      });
      // Another prompt arrived while this one was being built: that one is shown instead.
      if (mine !== latest) return;
      ui.mount();
      current = { ui, data, watch: new AbortController(), root: document.documentElement };
      watch(ui, data, current.watch.signal);
      // Kawan Aman was updated, disabled or removed: this copy is an orphan whose buttons would do nothing.
      aliveTimer = setInterval(() => {
        if (!extensionAlive()) close();
      }, ALIVE_CHECK_MS);
    };

    onMessage('showPrompt', ({ data }) => show(data));
  },
});
