import ReactDOM from 'react-dom/client';
import { createShadowRootUi, defineContentScript, type ShadowRootContentScriptUi } from '#imports';
import childCss from '@/components/child/child.css?inline';
import { sendMessage, onMessage } from '@/lib/messages/protocol';
import type { ChildChoice, PromptData } from '@/lib/messages/types';
import { ownElements } from '@/lib/sites/own-elements';
import { extensionAlive, keepsCurrent, promptContext } from './lifetime';
import { Prompt } from './prompt';
import css from './style.css?inline';

/** While a prompt is open, how often it checks that Kawan Aman is still there (an orphan's buttons would do nothing). */
const ALIVE_CHECK_MS = 2000;

type Flagged = typeof globalThis & { __kawanAmanPrompt?: boolean };

/** The element that had focus in the page (not inside our own shadow root), to give focus back after a warning. */
function pageFocus(): HTMLElement | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  return active.tagName === 'KAWAN-AMAN-PROMPT' ? null : active;
}

/**
 * The child's in-page prompt: injected by the background with `scripting.executeScript` only when something must
 * be shown (never in the manifest), rendered in a shadow root so the page's styles can't reach it and ours can't
 * leak out. Keyboard events stay inside it (`isolateEvents`), so a page's shortcuts don't fire while the child types
 * in it. Its lifetime is its own, not WXT's `ctx`, which a page can invalidate (`lifetime.ts`).
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
    let current: { ui: ShadowRootContentScriptUi<ReactDOM.Root>; data: PromptData } | null = null;
    let returnFocus: HTMLElement | null = null;
    let aliveTimer: ReturnType<typeof setInterval> | undefined;
    let latest = 0;

    const close = () => {
      clearInterval(aliveTimer);
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

    onMessage('showPrompt', async ({ data }) => {
      // The child is still answering a stronger prompt: a weaker one that arrives now does not replace it.
      if (current?.ui.shadowHost.isConnected && keepsCurrent(current.data, data)) return;
      const focusBefore = current ? returnFocus : pageFocus();
      close();
      // Only a warning takes focus (it is a modal dialog); a tip never steals it from what the child is typing.
      returnFocus = data.action === 'warn' ? focusBefore : null;
      const mine = ++latest;
      const ui = await createShadowRootUi(ctx, {
        name: 'kawan-aman-prompt',
        css: `${childCss}\n${css}`,
        position: 'inline',
        anchor: 'html',
        append: 'last',
        isolateEvents: true,
        onMount(container, _shadow, host) {
          // The guard knows our host by identity and never reads the card's words as page text.
          ownElements.add(host);
          host.dataset.action = data.action;
          host.dataset.risk = data.risk;
          host.dataset.categories = data.categories.join(',');
          const root = ReactDOM.createRoot(container);
          root.render(
            <div className="ka-root">
              <Prompt data={data} onChoice={(choice) => choose(data, choice)} onHide={close} />
            </div>,
          );
          return root;
        },
        onRemove: (root) => root?.unmount(),
      });
      // Another prompt arrived while this one was being built: that one is shown instead.
      if (mine !== latest) return;
      ui.mount();
      current = { ui, data };
      // Kawan Aman was updated, disabled or removed: this copy is an orphan whose buttons would do nothing.
      aliveTimer = setInterval(() => {
        if (!extensionAlive()) close();
      }, ALIVE_CHECK_MS);
    });
  },
});
