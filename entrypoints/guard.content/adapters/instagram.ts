import { CHAT_SITE_HOSTS } from '@/lib/sites/chat-sites';
import { pathPart, selectorAdapter, sideOf, textOf, titled } from './shared';

/**
 * Instagram direct messages (`/direct/t/<thread>/`). Class names are generated, so this reads roles and layout:
 * the thread is a `[role="grid"]` of `[role="row"]` messages, the child's own bubbles sit on the right, and a
 * message request shows "<name> wants to send you a message" with Accept / Block (also under `/direct/requests/`).
 */
export default selectorAdapter({
  id: 'instagram',
  hosts: CHAT_SITE_HOSTS.instagram,
  path: /^\/direct\//,
  message: '[role="main"] [role="grid"] [role="row"]',
  cue: '[role="main"] span, [role="main"] [role="button"]',
  compose: '[role="main"] [contenteditable="true"], [role="main"] textarea',
  chatOf() {
    const title = textOf(document.querySelector('[role="main"] h2'));
    return titled(pathPart('t'), title);
  },
  read(el) {
    const bubble = el.querySelector('div[dir="auto"]');
    return {
      direction: bubble ? sideOf(bubble, el.closest('[role="grid"]')) : 'incoming',
      text: textOf(bubble),
    };
  },
  isRequest: (url) => url.pathname.startsWith('/direct/requests'),
});
