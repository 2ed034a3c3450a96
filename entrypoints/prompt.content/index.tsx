import ReactDOM from 'react-dom/client';
import { createShadowRootUi, defineContentScript, type ShadowRootContentScriptUi } from '#imports';
import childCss from '@/components/child/child.css?inline';
import { sendMessage, onMessage } from '@/lib/messages/protocol';
import type { ChildChoice, PromptData } from '@/lib/messages/types';
import { Prompt } from './prompt';
import css from './style.css?inline';

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
 * in it.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const self = globalThis as Flagged;
    if (self.__kawanAmanPrompt) return;
    self.__kawanAmanPrompt = true;
    let current: ShadowRootContentScriptUi<ReactDOM.Root> | null = null;
    let returnFocus: HTMLElement | null = null;

    const close = () => {
      current?.remove();
      current = null;
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    };
    const choose = (data: PromptData, choice: ChildChoice) => {
      void sendMessage('recordChoice', { promptId: data.promptId, choice }).catch(() => undefined);
      if (choice === 'back') returnFocus = null;
      close();
      // "Go back" really goes back; on a first page with no history it just closes the card.
      if (choice === 'back' && history.length > 1) history.back();
    };

    onMessage('showPrompt', async ({ data }) => {
      const focusBefore = current ? returnFocus : pageFocus();
      close();
      // Only a warning takes focus (it is a modal dialog); a tip never steals it from what the child is typing.
      returnFocus = data.action === 'warn' ? focusBefore : null;
      const ui = await createShadowRootUi(ctx, {
        name: 'kawan-aman-prompt',
        css: `${childCss}\n${css}`,
        position: 'inline',
        anchor: 'html',
        append: 'last',
        isolateEvents: true,
        onMount(container, _shadow, host) {
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
      ui.mount();
      current = ui;
    });
    ctx.onInvalidated(close);
  },
});
