import { expect, practiceUrl, test } from './fixtures';
import { settled } from './pages/guard';

// A page that writes a risky line so a naive reader misses it, or hides a chat no child sees to probe the extension
// (issue #15, items 3, 5, 6 and 9): the guard reads what a person sees. Each case plays a short chat whose third line
// is "jangan bilang ortu ya" written with one trick (tests/fixtures/pages/hostile-reading.html).
const page = (attack: string) => practiceUrl('hostile', `hostile-reading.html?attack=${attack}&delay=150`);

test.describe('a page that tricks the reader', () => {
  const tricks: [attack: string, what: string][] = [
    ['letters', 'a letter per <span> is read as the words it shows'],
    [
      'noise',
      'hidden noise between the letters (display, visibility, opacity, font-size 0, transparent, off the page)',
    ],
    ['pseudo', 'words drawn by ::before and ::after'],
    ['bidi', 'text written backwards and shown forwards by unicode-bidi: bidi-override'],
    ['rlo', 'text written backwards and shown forwards by a right-to-left override mark'],
    ['order', 'words shuffled in the DOM and put back in order by flex `order`'],
    ['time-class', 'a message body whose class says "time"'],
    ['zero-width', '2,100 zero-width characters before the words'],
    ['closed-shadow', 'the chat inside a closed shadow root'],
    ['document-open', 'the page rewritten by document.open() after the guard started'],
    ['huge-node', 'a 20 MB text node on the same page'],
  ];
  for (const [attack, what] of tricks) {
    test(`${attack}: ${what}`, async ({ page: tab, prompt }) => {
      await tab.goto(page(attack));
      await prompt.expectState({ categories: /secrecy/ }, { timeout: 15_000 });
    });
  }

  test('named-prompt: a page that names its own element kawan-aman-prompt has it read like any other', async ({
    page: tab,
    guard,
  }) => {
    // (The card is not read here: the page's element shares its tag. What was recorded tells what was read.)
    await tab.goto(page('named-prompt'));
    await expect
      .poll(async () => (await guard.events()).some((e) => e.kind === 'chat' && e.categories.includes('secrecy')))
      .toBe(true);
  });
});

test.describe('no oracle: text no child sees', () => {
  test('a chat placed off the page raises nothing and records nothing', async ({ page: tab, prompt, guard }) => {
    await tab.goto(page('offscreen'));
    await settled(tab);
    expect(await prompt.state()).toBeNull();
    expect(await guard.events()).toEqual([]);
  });
});
