import { CHAT_SITE_HOSTS } from '../chat-sites';
import { selectorAdapter, textOf, titled } from './shared';

/** The signed-in user's name, shown in the user area at the bottom left. */
function selfName(): string {
  return textOf(document.querySelector('[class*="panelTitleContainer"]'));
}

/** Discord groups a person's consecutive messages under one name: walk back to the message that shows it. */
function authorOf(el: Element): string {
  let item: Element | null = el;
  for (let i = 0; item && i < 30; i++, item = item.previousElementSibling) {
    const name = item.querySelector('[id^="message-username-"]');
    if (name) return textOf(name);
  }
  return '';
}

/**
 * Discord (`/channels/<server or @me>/<channel>`). Messages are `li#chat-messages-<channel>-<id>`, the author is
 * `#message-username-<id>`, the text `#message-content-<id>`. A DM with someone who is not a friend shows "Add
 * Friend" in its header, and message requests say so.
 */
export default selectorAdapter({
  id: 'discord',
  hosts: CHAT_SITE_HOSTS.discord,
  path: /^\/channels\//,
  message: 'li[id^="chat-messages-"]',
  cue: 'section[aria-label] button, [class*="messageRequest"]',
  compose: '[data-slate-editor="true"], [role="textbox"][contenteditable="true"]',
  chatOf() {
    const title = textOf(document.querySelector('section[aria-label] h1'));
    return titled(location.pathname.split('/')[3] ?? '', title);
  },
  read(el) {
    const sender = authorOf(el);
    return {
      direction: sender && sender === selfName() ? 'outgoing' : 'incoming',
      sender,
      text: textOf(el.querySelector('[id^="message-content-"]')),
    };
  },
});
