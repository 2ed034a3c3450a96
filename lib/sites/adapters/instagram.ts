import { CHAT_SITE_HOSTS } from '../chat-sites';
import { metaThread } from './shared';

/**
 * Instagram direct messages (`/direct/t/<thread>/`): Meta's thread shape (`metaThread`). A message request shows
 * "<name> wants to send you a message" with Accept / Block, also under `/direct/requests/`.
 */
export default metaThread({
  id: 'instagram',
  hosts: CHAT_SITE_HOSTS.instagram,
  path: /^\/direct\//,
  compose: '[role="main"] [contenteditable="true"], [role="main"] textarea',
  isRequest: (url) => url.pathname.startsWith('/direct/requests'),
});
