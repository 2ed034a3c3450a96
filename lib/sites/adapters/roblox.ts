import { CHAT_SITE_HOSTS } from '../chat-sites';
import { selectorAdapter, textOf, titled } from './shared';

/**
 * Roblox website chat: several chat windows (`.dialog-container`) can be open at once, each its own conversation
 * with the friend's name in its header; a sender in a group chat who is not a friend has "Add Friend".
 */
export default selectorAdapter({
  id: 'roblox',
  hosts: CHAT_SITE_HOSTS.roblox,
  message: '.dialog-container .dialog-message-container',
  cue: '.dialog-container button, .dialog-container .dialog-banner',
  compose: '.dialog-container textarea, .dialog-container input',
  chatOf(el) {
    const dialog = el.closest('.dialog-container');
    if (!dialog) return null;
    const title = textOf(dialog.querySelector('.dialog-header-title'));
    return titled(dialog.getAttribute('data-dialog-id') ?? '', title);
  },
  read(el) {
    return {
      direction: el.classList.contains('message-outbound') ? 'outgoing' : 'incoming',
      sender: textOf(el.querySelector('.dialog-message-author')),
      text: textOf(el.querySelector('.dialog-message-content')),
    };
  },
});
