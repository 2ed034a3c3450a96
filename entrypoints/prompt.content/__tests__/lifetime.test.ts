// @vitest-environment happy-dom
import { ContentScriptContext, createShadowRootUi } from '#imports';
import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionAlive, keepsCurrent, promptContext } from '../lifetime';

describe('a weaker prompt never replaces a stronger one on screen', () => {
  test.each([
    [{ action: 'warn', risk: 'high' }, { action: 'warn', risk: 'medium' }, true],
    [{ action: 'warn', risk: 'medium' }, { action: 'tip', risk: 'high' }, true],
    [{ action: 'tip', risk: 'medium' }, { action: 'tip', risk: 'low' }, true],
    [{ action: 'warn', risk: 'medium' }, { action: 'warn', risk: 'medium' }, false],
    [{ action: 'tip', risk: 'low' }, { action: 'tip', risk: 'low' }, false],
    [{ action: 'tip', risk: 'high' }, { action: 'warn', risk: 'medium' }, false],
    [{ action: 'warn', risk: 'medium' }, { action: 'warn', risk: 'high' }, false],
  ] as const)('%j on screen, %j arrives: keep the first? %s', (current, next, keep) => {
    expect(keepsCurrent(current, next)).toBe(keep);
  });
});

describe('a page’s fake "newer script started" event', () => {
  const mountWith = async (ctx: ContentScriptContext) => {
    const ui = await createShadowRootUi(ctx, {
      name: 'kawan-aman-prompt',
      position: 'inline',
      anchor: 'body',
      onMount: (container) => container.append('tip'),
    });
    ui.mount();
    return ui;
  };
  // What hostile.html?attack=invalidate sends (`<extension id>:prompt:wxt:content-script-started`; the id is public).
  const fakeEvent = () =>
    document.dispatchEvent(
      new CustomEvent(`${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`, {
        detail: { contentScriptName: 'prompt', messageId: 'not-you' },
      }),
    );

  test('would remove a UI that lives by WXT’s context', async () => {
    const ui = await mountWith(new ContentScriptContext('prompt', { noScriptStartedPostMessage: true }));
    fakeEvent();
    expect(ui.shadowHost.isConnected).toBe(false);
  });

  test('leaves the prompt’s own UI alone; only we remove it', async () => {
    const ui = await mountWith(promptContext());
    fakeEvent();
    expect(ui.shadowHost.isConnected).toBe(true);
    ui.remove();
    expect(ui.shadowHost.isConnected).toBe(false);
  });
});

test('the extension counts as gone once runtime.id is', () => {
  expect(extensionAlive()).toBe(true);
  const id = fakeBrowser.runtime.id;
  Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
  try {
    expect(extensionAlive()).toBe(false);
  } finally {
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: id, configurable: true });
  }
});
