export { CHAT_SITES, type ChatSite } from './chat-sites';
export { classifySite, SITE_LISTS } from './classify';
export { isTrustedContact, looksLikePhoneNumber } from './contacts';
export type { ListedSite, SiteList, SiteMatch } from './types';
