import { CHAT_SITE_HOSTS } from '../chat-sites';
import { selectorAdapter, textOf, titled } from './shared';

/**
 * WhatsApp Web. The open chat is `#main`: its header names the contact (or shows the raw number of an unsaved
 * one), each message is a `.message-in` / `.message-out` bubble whose `data-pre-plain-text` carries
 * "[time, date] Sender: ", and a chat with an unsaved number carries a "not in your contacts" notice with Block/Add.
 */
export default selectorAdapter({
  id: 'whatsapp',
  hosts: CHAT_SITE_HOSTS.whatsapp,
  message: '#main .message-in, #main .message-out',
  cue: '#main span, #main button, #main [role="button"]',
  compose: '#main footer [contenteditable="true"]',
  chatOf(el) {
    const header = el.closest('#main')?.querySelector('header');
    const title = textOf(header?.querySelector('span[title]') ?? header?.querySelector('span[dir="auto"]'));
    return titled(title, title);
  },
  read(el) {
    const meta = el.querySelector('[data-pre-plain-text]')?.getAttribute('data-pre-plain-text') ?? '';
    return {
      direction: el.classList.contains('message-out') ? 'outgoing' : 'incoming',
      sender: /\]\s*(.+?):\s*$/.exec(meta)?.[1] ?? '',
      text: textOf(el.querySelector('.selectable-text')),
    };
  },
});
