import { CHAT_SITE_HOSTS } from '@/lib/sites/chat-sites';
import { pathPart, selectorAdapter, sideOf, textOf, titled } from './shared';

/**
 * Facebook Messenger (messenger.com and facebook.com/messages). Like Instagram (same generated class names): a
 * `[role="grid"]` of `[role="row"]` messages, the child's own on the right; a message request from someone who is
 * not a friend says "<name> wants to send you a message" / "You're not friends on Facebook".
 */
export default selectorAdapter({
  id: 'messenger',
  hosts: CHAT_SITE_HOSTS.messenger,
  path: /(^|\/)t\//,
  message: '[role="main"] [role="grid"] [role="row"]',
  cue: '[role="main"] span, [role="main"] [role="button"]',
  compose: '[role="main"] [contenteditable="true"][role="textbox"]',
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
  isRequest: (url) => url.pathname.includes('/requests/'),
});
