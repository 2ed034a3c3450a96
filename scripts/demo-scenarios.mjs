// What the headless demo drives: each practice page, and what a child should see there.
// `expect` is the prompt action we expect (`none` = nothing shown); `help: true` also taps "Get help" and shows the
// report page. Later features add their pages here.
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
];
