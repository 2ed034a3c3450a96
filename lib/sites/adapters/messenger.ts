import { CHAT_SITE_HOSTS } from '../chat-sites';
import { metaThread } from './shared';

/**
 * Facebook Messenger (messenger.com and facebook.com/messages): Meta's thread shape (`metaThread`). A message request
 * from someone who is not a friend says "<name> wants to send you a message" / "You're not friends on Facebook".
 */
export default metaThread({
  id: 'messenger',
  hosts: CHAT_SITE_HOSTS.messenger,
  path: /(^|\/)t\//,
  compose: '[role="main"] [contenteditable="true"][role="textbox"]',
  isRequest: (url) => url.pathname.includes('/requests/'),
});
