// What the headless demo drives: each practice page, and what a child should see there.
// `expect` is the prompt action we expect (`none` = nothing shown; `block` = the tab went to the block page).
// Optional: `help: true` also taps "Get help" and shows the report page; `settings` (a parent's settings to apply
// first, for that scenario only, as the options page would); `waitFor` (a selector the page sets when its
// conversation has played: every practice chat sets `data-practice-done` on its body); `settleMs` (extra wait before
// reading the prompt).
import { SHAPE_PAGES } from '../tests/fixtures/pages/shapes/pages.mjs';

const DONE = 'body[data-practice-done]';
const chatScenario = (name, url, expect, about) => ({ name, path: url, expect, about, waitFor: DONE, settleMs: 1200 });

export const SCENARIOS = [
  {
    name: 'practice-index',
    path: 'http://practice.test:{port}/index.html',
    expect: 'tip',
    about: 'The practice index: a guide for parents and teachers that names risky chats and searches — a tip at most',
  },
  {
    name: 'chat-secret-id',
    path: 'http://chat.test:{port}/chat.html?script=secret-id&delay=150',
    waitFor: DONE,
    expect: 'tip',
    about: 'Indonesian chat: a stranger asks the child to keep the chat secret ("jangan bilang ortu")',
  },
  {
    name: 'chat-secret-en',
    path: 'http://chat.test:{port}/chat.html?script=secret-en&delay=150',
    waitFor: DONE,
    expect: 'tip',
    about: 'English chat: "don\'t tell your parents"',
  },
  {
    name: 'chat-family',
    path: 'http://chat.test:{port}/chat.html?script=family&delay=150',
    waitFor: DONE,
    expect: 'none',
    about: 'A harmless family chat with look-alike words ("jangan lupa bilang ortu")',
  },
  {
    name: 'report-from-chat',
    path: 'http://chat.test:{port}/chat.html?script=secret-id&delay=150',
    waitFor: DONE,
    expect: 'tip',
    help: true,
    about: 'The child taps "Minta bantuan" on the tip: the report page opens, filled in, with the one tap to SAPA 129',
  },
  {
    name: 'game-lobby-escalates-id',
    path: 'http://mabar.test:{port}/mabar.html?script=diamond-id&delay=150',
    waitFor: DONE,
    settings: { guidanceLevel: 'guided' },
    expect: 'warn',
    about: 'Game lobby: "diamond gratis" then "jangan bilang ortu" — the conversation escalates to a warning card',
  },
  {
    name: 'game-lobby-meet-id',
    path: 'http://mabar.test:{port}/mabar.html?script=meet-id&delay=150',
    waitFor: DONE,
    settings: { guidanceLevel: 'guided' },
    expect: 'warn',
    about: 'Game lobby: a gift, secrecy, then "ketemuan yuk" — high risk: help first, "continue" waits a few seconds',
  },
  {
    name: 'game-lobby-escalates-en',
    path: 'http://mabar.test:{port}/mabar.html?script=robux-en&delay=150',
    waitFor: DONE,
    settings: { guidanceLevel: 'guided', language: 'en' },
    expect: 'warn',
    about: 'Game lobby in English: "free robux" then "don\'t tell your parents" — a warning card in English',
  },
  {
    name: 'game-lobby-friends',
    path: 'http://mabar.test:{port}/mabar.html?script=friends&delay=150',
    waitFor: DONE,
    expect: 'none',
    about: 'Classmates arranging to play after school ("aku bilang mama dulu"): nothing to flag',
  },
  {
    name: 'hostile-css-page',
    path: 'http://hostile.test:{port}/hostile-css.html?script=gift-id&delay=150',
    waitFor: DONE,
    expect: 'tip',
    about: 'A page whose CSS attacks every element (and ours by name): the tip still looks and works the same',
  },
  {
    name: 'blocked-site',
    path: 'http://blocked.test:{port}/chat.html?script=family',
    settings: { blockSites: ['blocked.test'] },
    expect: 'block',
    about: 'A site on the blocked list never loads: the calm block page, with help and the parent-PIN door',
  },
  {
    name: 'blocked-category',
    path: 'http://chat.test:{port}/chat.html?script=secret-id&delay=150',
    settings: { categoryActions: { secrecy: 'block' } },
    expect: 'block',
    about: 'A category the parent set to "block": the chat is replaced by the block page, which says why',
  },
  // Imitations of the real chat sites, on their real hostnames (served locally over HTTPS in the demo browser).
  chatScenario(
    'whatsapp-stranger-id',
    'https://web.whatsapp.com:{port}/?script=secret-id&contact=unknown&delay=100',
    'warn',
    'WhatsApp Web: an unsaved number ("not in your contacts") offers diamonds and asks for secrecy',
  ),
  chatScenario(
    'whatsapp-family',
    'https://web.whatsapp.com:{port}/?script=harmless-id&delay=100',
    'none',
    'WhatsApp Web: Mama, with look-alike words — nothing to flag',
  ),
  chatScenario(
    'telegram-stranger-en',
    'https://web.telegram.org:{port}/k/?script=secret-en&contact=unknown&lang=en&delay=100',
    'warn',
    'Telegram Web (English UI): "Add contact / Report spam" bar, then "don\'t tell your parents"',
  ),
  chatScenario(
    'telegram-new-contact',
    'https://web.telegram.org:{port}/k/?script=stranger-id&contact=unknown&delay=100',
    'tip',
    'Telegram Web: a new contact who says nothing risky — a gentle tip about strangers',
  ),
  chatScenario(
    'instagram-request-en',
    'https://www.instagram.com:{port}/direct/inbox/?script=secret-en&contact=unknown&lang=en&delay=100',
    'warn',
    'Instagram DM: a message request ("wants to send you a message") that turns to secrecy',
  ),
  chatScenario(
    'instagram-harmless',
    'https://www.instagram.com:{port}/direct/inbox/?script=harmless-id&delay=100',
    'none',
    'Instagram DM: a harmless chat',
  ),
  chatScenario(
    'messenger-request-id',
    'https://www.messenger.com:{port}/t/?script=secret-id&contact=unknown&delay=100',
    'warn',
    'Messenger: "Kalian tidak berteman di Facebook", then "jangan bilang ortu"',
  ),
  chatScenario(
    'discord-stranger-en',
    'https://discord.com:{port}/channels/@me/?script=secret-en&contact=unknown&lang=en&delay=100',
    'warn',
    'Discord: a DM from a non-friend ("Add Friend", message request)',
  ),
  chatScenario(
    'discord-saved-secret',
    'https://discord.com:{port}/channels/@me/?script=secret-id&delay=100',
    'warn',
    'Discord: a saved friend asks the class, offers diamonds, asks for secrecy — no stranger signal, still grooming',
  ),
  chatScenario(
    'roblox-stranger-id',
    'https://www.roblox.com:{port}/home?script=secret-id&contact=unknown&delay=100',
    'warn',
    'Roblox website chat: a non-friend offers gifts and asks for secrecy',
  ),
  chatScenario(
    'roblox-harmless',
    'https://www.roblox.com:{port}/home?script=harmless-en&lang=en&delay=100',
    'none',
    'Roblox website chat: the class group talks about homework',
  ),
  chatScenario(
    'tiktok-request-id',
    'https://www.tiktok.com:{port}/messages?script=secret-id&contact=unknown&delay=100',
    'warn',
    'TikTok messages: a message request that turns to secrecy',
  ),
  chatScenario(
    'tiktok-harmless',
    'https://www.tiktok.com:{port}/messages?script=harmless-en&lang=en&delay=100',
    'none',
    'TikTok messages: a harmless chat',
  ),
  chatScenario(
    'random-chat-en',
    'https://www.omegle.com:{port}/?script=secret-en&lang=en&delay=100',
    'warn',
    'A random-chat site: listed as anonymous chat, "chatting with a random stranger", then secrecy',
  ),
  chatScenario(
    'forum-shoutbox',
    'http://forum.test:{port}/sites/forum.html?script=secret-id&delay=100',
    'warn',
    'A forum shoutbox (generic adapter): the class, free diamonds, then "jangan bilang ortu"',
  ),
  chatScenario(
    'game-chat',
    'http://game.test:{port}/sites/game-chat.html?script=secret-en&delay=100',
    'warn',
    'An in-game chat (generic adapter): flattery, free robux, then "don\'t tell your parents"',
  ),
  chatScenario(
    'game-chat-harmless',
    'http://game.test:{port}/sites/game-chat.html?script=harmless-id&delay=100',
    'none',
    'An in-game chat with everyday talk',
  ),
  // Searches: the query is read from the URL and rated by the engine's own search rules.
  {
    name: 'search-google-vpn',
    path: 'https://www.google.com:{port}/search?q=vpn+gratis+buka+situs+diblokir',
    expect: 'tip',
    about: 'Google: "vpn gratis buka situs diblokir" — the VPN tip',
  },
  {
    name: 'search-bing-second-account',
    path: 'https://www.bing.com:{port}/search?q=cara+bikin+akun+kedua+rahasia',
    expect: 'tip',
    about: 'Bing: "cara bikin akun kedua rahasia" — the secret-account tip',
  },
  {
    name: 'search-duckduckgo-random-chat',
    path: 'https://duckduckgo.com:{port}/?q=random+video+chat+with+strangers',
    expect: 'warn',
    about: 'DuckDuckGo: "random video chat with strangers" — a way to strangers on camera, so a warning card',
  },
  {
    name: 'search-tiktok-vpn',
    path: 'https://www.tiktok.com:{port}/search?q=free+vpn',
    expect: 'tip',
    about: 'TikTok search: "free vpn"',
  },
  {
    name: 'search-youtube-harmless',
    path: 'https://www.youtube.com:{port}/results?search_query=resep+nasi+goreng',
    expect: 'none',
    about: 'YouTube: "resep nasi goreng" — nothing to flag',
  },
  // Sites by category (lib/sites).
  {
    name: 'store-vpn-app',
    path: 'https://play.google.com:{port}/store/apps/details?id=free.vpn.unblock.proxy.turbovpn',
    expect: 'tip',
    about: 'An app store page for a free VPN app',
  },
  // Hard pages: the guard keeps working.
  chatScenario(
    'hostile-storm',
    'http://hostile.test:{port}/hostile.html?attack=storm&script=secret-id&delay=100',
    'warn',
    'A page that mutates its DOM endlessly (thousands of changes a second)',
  ),
  chatScenario(
    'hostile-huge-shadow',
    'http://hostile.test:{port}/hostile.html?attack=huge,deep,shadow&script=secret-id&delay=100',
    'warn',
    'A page with 100,000 elements, 2,000 levels deep, its chat in a shadow root',
  ),
  chatScenario(
    'hostile-iframe',
    'http://hostile.test:{port}/hostile.html?attack=iframe&script=secret-en&delay=100',
    'warn',
    'A chat inside a same-origin iframe',
  ),
  // Every other web chat, found by its shape (issue #13): copies of the big apps on ordinary hosts and the long tail
  // (risky ones warn), harmless chats and look-alike pages (nothing). Labels and hosts: tests/fixtures/pages/shapes.
  ...SHAPE_PAGES.map((p) =>
    chatScenario(
      `shape-${p.file.replace(/\.html$/, '')}`,
      `http://${p.host}.test:{port}/shapes/${p.file}?delay=100`,
      p.kind === 'risky' ? 'warn' : 'none',
      `${p.kind === 'page' ? 'Not a chat' : 'Chat found by shape'}: ${p.about}`,
    ),
  ),
  // Pages that write the risky line so a naive reader misses it: read as a person sees it ("jangan bilang ortu ya").
  ...['letters', 'noise', 'pseudo', 'bidi', 'order', 'zero-width', 'closed-shadow', 'document-open'].map((attack) =>
    chatScenario(
      `reading-${attack}`,
      `http://hostile.test:{port}/hostile-reading.html?attack=${attack}&delay=100`,
      'tip',
      `A reading trick (${attack}): the risky line is read as it is shown`,
    ),
  ),
  chatScenario(
    'reading-offscreen',
    'http://hostile.test:{port}/hostile-reading.html?attack=offscreen&delay=100',
    'none',
    'A chat placed off the page: no child sees it, so nothing is shown or recorded',
  ),
];
