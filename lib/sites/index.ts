export { CHAT_SITES, type ChatSite } from './chat-sites';
export { classifySite, SITE_LISTS } from './classify';
export { hasCue, isTrustedContact, looksLikePhoneNumber, STRANGER_CUES, UNKNOWN_CONTACT_CUES } from './contacts';
export type { ListedSite, SiteList, SiteMatch } from './types';
