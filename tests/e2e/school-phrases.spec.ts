import type { BrowserContext } from '@playwright/test';
import type { SchoolStatus } from '../../lib/school/status';
import { EXTENSION_ID } from '../../lib/extension-id';
import { expect, practiceUrl, receive, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PromptObject } from './pages/prompt';
import {
  ExtensionMessenger,
  launchBrowser,
  newProfileDir,
  policyUnavailable,
  removePolicy,
  writePolicy,
} from './school-policy';

// Issue #15: one odd phrase in a school policy once made the compiler throw, and on a fresh install no pack was ever
// written, so nothing was flagged. Chromium reads the policy from a machine-wide folder: the file is written right
// before launch and removed in `finally`.
const unavailable = policyUnavailable();

/** A chat page that receives `text` from the other side; returns the card it shows. */
async function chatWith(context: BrowserContext, text: string): Promise<PromptObject> {
  const page = await context.newPage();
  await page.goto(practiceUrl('chat', 'chat.html'));
  await receive(page, text);
  return new PromptObject(page);
}

test.describe('a school policy with odd extra phrases', () => {
  test.skip(unavailable !== null, unavailable ?? '');
  test.setTimeout(90_000);

  test('on a fresh install, the built-in rules and the good phrase both work; the odd ones are listed', async () => {
    const profile = newProfileDir();
    let context: BrowserContext | undefined;
    try {
      writePolicy({
        extraPhrases: [
          { category: 'secrecy', phrase: '++' },
          { category: 'gifts', phrase: '©®' },
          { category: 'gifts', phrase: '🙈🙈' },
          { category: 'gifts', phrase: 'ok ++ ok' },
          { category: 'gifts', phrase: 'koin zamrud gratisan' },
        ],
      });
      ({ context } = await launchBrowser(profile));
      const messenger = await ExtensionMessenger.open(context);
      let status: SchoolStatus | null = null;
      await expect
        .poll(
          async () => {
            status = await messenger.send('getSchoolStatus');
            return status?.policy.extraPhrases?.length ?? 0;
          },
          { timeout: 30_000, intervals: [250, 500, 1000] },
        )
        .toBe(3);
      // The school admin sees which phrases were skipped and why.
      expect(status!.problems).toEqual([
        { key: 'extraPhrases[0]', code: 'phrase-skipped', message: expect.stringContaining('"++" has no letter') },
        { key: 'extraPhrases[1]', code: 'phrase-skipped', message: expect.stringContaining('"©®" has no letter') },
      ]);

      // The school's good phrase is flagged in a chat…
      const gift = await chatWith(context, 'mau koin zamrud gratisan? ambil aja');
      await gift.expectState({ categories: 'gifts' }, { timeout: 20_000 });
      // …and so is what the built-in rules catch.
      const secret = await chatWith(context, 'jangan bilang ortu ya, ini rahasia kita');
      await secret.expectState({ categories: 'secrecy' });

      // The options page (here the first-run wizard, before any parent set up) carries the admin's note…
      const optionsTab = await context.newPage();
      const options = new OptionsPage(optionsTab, EXTENSION_ID);
      await options.open();
      const note = optionsTab.getByTestId('policy-problems');
      await expect(note.locator('li[data-key="extraPhrases[0]"]')).toContainText('"++" has no letter');
      await expect(note.locator('li[data-key="extraPhrases[1]"]')).toContainText('"©®" has no letter');
      await expect(note.locator('li')).toHaveCount(2);
      // …and the school panel, readable without a PIN, lists the same skipped phrases and why.
      await options.open('school');
      const problems = optionsTab.getByTestId('school-panel').getByTestId('school-problems');
      await expect(problems.locator('li[data-key="extraPhrases[0]"]')).toContainText('"++" has no letter');
      await expect(problems.locator('li[data-key="extraPhrases[1]"]')).toContainText('"©®" has no letter');
      await expect(problems.locator('li')).toHaveCount(2);
    } finally {
      removePolicy();
      await context?.close();
    }
  });
});
