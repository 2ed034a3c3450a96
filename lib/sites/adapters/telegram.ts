import { CHAT_SITE_HOSTS } from '../chat-sites';
import { selectorAdapter, textOf, titled } from './shared';

/**
 * Telegram Web (the K client at /k/ and the A client at /a/). Messages are `.bubble.is-in|is-out` (K) or
 * `.Message` with `.own` for the child's own (A); the peer is in the URL hash and on the header's `.peer-title`.
 * A new chat with a non-contact shows an action bar: "Add contact" / "Report spam" ("Tambahkan ke kontak" /
 * "Laporkan spam").
 */
export default selectorAdapter({
  id: 'telegram',
  hosts: CHAT_SITE_HOSTS.telegram,
  message: '.bubble.is-in, .bubble.is-out, .Message.message-list-item',
  cue: '.pinned-container button, .pinned-container span, .chat-actions button, .ChatReportPanel button',
  compose: '.input-message-input, #editable-message-text',
  chatOf() {
    const peer = document.querySelector(
      '.chat.active .chat-info .peer-title, .chat-info .peer-title, .ChatInfo .title',
    );
    const title = textOf(peer);
    return titled(peer?.getAttribute('data-peer-id') ?? location.hash.slice(1), title);
  },
  read(el) {
    const outgoing = el.classList.contains('is-out') || el.classList.contains('own');
    return {
      direction: outgoing ? 'outgoing' : 'incoming',
      sender: textOf(el.querySelector('.name .peer-title, .message-title-name')),
      text: textOf(el.querySelector('.message, .text-content'), '.time, .reactions, .MessageMeta, .name'),
    };
  },
});
