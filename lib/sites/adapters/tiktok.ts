import { CHAT_SITE_HOSTS } from '../chat-sites';
import { selectorAdapter, sideOf, textOf, titled } from './shared';

const HEADER = '[class*="DivChatHeader"]';

/**
 * TikTok messages (`/messages`). TikTok marks its parts with `data-e2e` (`chat-item`, `chat-nickname`,
 * `chat-uniqueid`) and names its styled components in class names (`…-DivChatHeader`). Each message shows its
 * author's avatar link; the other side's handle is in the header. Message requests say so above the chat.
 */
export default selectorAdapter({
  id: 'tiktok',
  hosts: CHAT_SITE_HOSTS.tiktok,
  path: /^\/messages/,
  message: '[data-e2e="chat-item"]',
  cue: '[class*="DivChatMain"] p, [class*="DivChatMain"] button, [class*="DivChatMain"] span',
  compose: '[class*="DivChatMain"] [contenteditable="true"], [data-e2e="message-input-area"] [contenteditable="true"]',
  chatOf() {
    const handle = textOf(document.querySelector(`${HEADER} [data-e2e="chat-uniqueid"]`));
    const title = textOf(document.querySelector(`${HEADER} [data-e2e="chat-nickname"]`)) || handle;
    return titled(handle, title);
  },
  read(el) {
    const handle = textOf(document.querySelector(`${HEADER} [data-e2e="chat-uniqueid"]`)).replace(/^@/, '');
    const author = el.querySelector('a[href^="/@"]')?.getAttribute('href')?.slice(2) ?? '';
    const text = el.querySelector('[class*="DivMessageContainer"], p');
    return {
      direction: author
        ? author === handle
          ? 'incoming'
          : 'outgoing'
        : text
          ? sideOf(text, el.parentElement)
          : 'incoming',
      text: textOf(text),
    };
  },
});
