// What the headless demo drives: each practice page, and what a child should see there.
// `expect` is the prompt action we expect (`none` = nothing shown; `block` = the tab went to the block page);
// `help: true` also taps "Get help" and shows the report page.
// `settings` (optional) are written into the parent's settings for that scenario only, as the options page would.
// Later features add their pages here.

/** Local slang a parent may add (extra phrases): with it, a game gift plus secrecy escalates to medium risk. */
const GIFT_PHRASES = [
  { category: 'gifts', phrase: 'diamond gratis', lang: 'id' },
  { category: 'gifts', phrase: 'free robux', lang: 'en' },
];

export const SCENARIOS = [
  {
    name: 'chat-secret-id',
    path: 'http://chat.test:{port}/chat.html?script=secret-id&delay=150',
    expect: 'tip',
    about: 'Indonesian chat: a stranger asks the child to keep the chat secret ("jangan bilang ortu")',
  },
  {
    name: 'chat-secret-en',
    path: 'http://chat.test:{port}/chat.html?script=secret-en&delay=150',
    expect: 'tip',
    about: 'English chat: "don\'t tell your parents"',
  },
  {
    name: 'chat-family',
    path: 'http://chat.test:{port}/chat.html?script=family&delay=150',
    expect: 'none',
    about: 'A harmless family chat with look-alike words ("jangan lupa bilang ortu")',
  },
  {
    name: 'report-from-chat',
    path: 'http://chat.test:{port}/chat.html?script=secret-id&delay=150',
    expect: 'tip',
    help: true,
    about: 'The child taps "Minta bantuan" on the tip: the report page opens, filled in, with the one tap to SAPA 129',
  },
  {
    name: 'game-lobby-escalates-id',
    path: 'http://mabar.test:{port}/mabar.html?script=diamond-id&delay=150',
    settings: { guidanceLevel: 'guided', extraPhrases: GIFT_PHRASES },
    expect: 'warn',
    about: 'Game lobby: "diamond gratis" then "jangan bilang ortu" — the conversation escalates to a warning card',
  },
  {
    name: 'game-lobby-escalates-en',
    path: 'http://mabar.test:{port}/mabar.html?script=robux-en&delay=150',
    settings: { guidanceLevel: 'guided', language: 'en', extraPhrases: GIFT_PHRASES },
    expect: 'warn',
    about: 'Game lobby in English: "free robux" then "don\'t tell your parents" — a warning card in English',
  },
  {
    name: 'game-lobby-friends',
    path: 'http://mabar.test:{port}/mabar.html?script=friends&delay=150',
    expect: 'none',
    about: 'Classmates arranging to play after school ("aku bilang mama dulu"): nothing to flag',
  },
  {
    name: 'hostile-css-page',
    path: 'http://hostile.test:{port}/hostile.html?script=diamond-id&delay=150',
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
];
