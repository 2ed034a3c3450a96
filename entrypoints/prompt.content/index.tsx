import ReactDOM from 'react-dom/client';
import { createShadowRootUi, defineContentScript, type ShadowRootContentScriptUi } from '#imports';
import { sendMessage, onMessage } from '@/lib/messages/protocol';
import type { ChildChoice, PromptData } from '@/lib/messages/types';
import { Prompt } from './prompt';
import css from './style.css?inline';

type Flagged = typeof globalThis & { __kawanAmanPrompt?: boolean };

/**
 * The child's in-page prompt: injected by the background with `scripting.executeScript` only when something must
 * be shown (never in the manifest), rendered in a shadow root so the page's styles can't reach it.
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

    const close = () => {
      current?.remove();
      current = null;
    };
    const choose = (data: PromptData, choice: ChildChoice) => {
      void sendMessage('recordChoice', { promptId: data.promptId, choice }).catch(() => undefined);
      close();
      if (choice === 'back' && history.length > 1) history.back();
    };

    onMessage('showPrompt', async ({ data }) => {
      close();
      const ui = await createShadowRootUi(ctx, {
        name: 'kawan-aman-prompt',
        css,
        position: 'inline',
        anchor: 'html',
        append: 'last',
        onMount(container, _shadow, host) {
          host.dataset.action = data.action;
          host.dataset.risk = data.risk;
          host.dataset.categories = data.categories.join(',');
          const root = ReactDOM.createRoot(container);
          root.render(<Prompt data={data} onChoice={(choice) => choose(data, choice)} />);
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
