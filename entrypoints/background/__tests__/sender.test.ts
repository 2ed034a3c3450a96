import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifySender } from '../sender';

const ext = () => fakeBrowser.runtime.getURL('/');

describe('classifySender', () => {
  test('a content script in a web page is unprivileged and carries the page host', () => {
    expect(
      classifySender({
        id: fakeBrowser.runtime.id,
        url: 'https://chat.example/room/1',
        tab: { id: 7 } as never,
        frameId: 0,
      }),
    ).toEqual({ kind: 'content', tabId: 7, frameId: 0, host: 'chat.example', url: 'https://chat.example/room/1' });
  });

  test('a chat widget in a frame speaks for the page the child sees: the tab’s host and address', () => {
    expect(
      classifySender({
        id: fakeBrowser.runtime.id,
        url: 'https://widget.example/room',
        tab: { id: 7, url: 'https://shop.example/p/1' } as never,
        frameId: 12,
      }),
    ).toEqual({ kind: 'content', tabId: 7, frameId: 12, host: 'shop.example', url: 'https://shop.example/p/1' });
  });

  test('our own pages are privileged', () => {
    expect(classifySender({ id: fakeBrowser.runtime.id, url: `${ext()}options.html` })).toMatchObject({
      kind: 'extension',
    });
  });

  test.each([
    ['another extension', { id: 'someone-else', url: 'https://x.example/', tab: { id: 1 } }],
    ['no url', { id: 'test-extension-id', tab: { id: 1 } }],
    ['a content script without a tab', { id: 'test-extension-id', url: 'https://x.example/' }],
    ['a non-web page', { id: 'test-extension-id', url: 'chrome://settings', tab: { id: 1 } }],
  ])('%s is refused', (_name, sender) => {
    expect(classifySender(sender as never)).toBeNull();
  });
});
