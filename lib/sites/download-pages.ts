import type { AppStore } from './types';

/**
 * App stores and APK download sites (the ones Indonesian children use to get apps a parent's phone or the Play
 * Store would not give them), and the browser extension galleries a lab PC can install a VPN add-on from. On these
 * pages the app's name is in the URL (package id, slug, subdomain) or the title.
 */
export const APP_STORES: readonly AppStore[] = [
  { host: 'play.google.com', paths: ['/store/apps/details', '/store/search'] },
  { host: 'apps.apple.com', paths: ['/app/'] },
  { host: 'apps.microsoft.com', paths: ['/detail/'] },
  { host: 'chromewebstore.google.com', paths: ['/detail/', '/search/'] },
  { host: 'chrome.google.com', paths: ['/webstore/detail/'] },
  { host: 'microsoftedge.microsoft.com', paths: ['/addons/detail/'] },
  { host: 'addons.mozilla.org', paths: ['/addon/'] },
  { host: 'apkpure.com', paths: [] },
  { host: 'apkpure.net', paths: [] },
  { host: 'apkcombo.com', paths: [] },
  { host: 'apkmirror.com', paths: ['/apk/'] },
  { host: 'uptodown.com', paths: [] },
  { host: 'an1.com', paths: [] },
  { host: 'happymod.com', paths: [] },
];
