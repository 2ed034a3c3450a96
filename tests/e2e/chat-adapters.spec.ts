import { expect, practiceUrl, siteUrl, test } from './fixtures';
import { settled } from './pages/guard';
import { PromptObject } from './pages/prompt';

// Each web chat the guard has an adapter for, imitated on its real hostname (served locally over HTTPS), plus the
// generic adapter on a forum shoutbox, an in-game chat and a random-chat site. Alternating UI languages covers
// Indonesian and English banners and buttons across the table.
const CHATS = [
  { name: 'WhatsApp Web', url: (q: string) => siteUrl('web.whatsapp.com', `/?${q}`), lang: 'id' },
  { name: 'Telegram Web', url: (q: string) => siteUrl('web.telegram.org', `/k/?${q}`), lang: 'en' },
  { name: 'Instagram DM', url: (q: string) => siteUrl('www.instagram.com', `/direct/inbox/?${q}`), lang: 'id' },
  { name: 'Messenger', url: (q: string) => siteUrl('www.messenger.com', `/t/?${q}`), lang: 'en' },
  { name: 'Discord', url: (q: string) => siteUrl('discord.com', `/channels/@me/?${q}`), lang: 'id' },
  { name: 'Roblox chat', url: (q: string) => siteUrl('www.roblox.com', `/home?${q}`), lang: 'en' },
  { name: 'TikTok messages', url: (q: string) => siteUrl('www.tiktok.com', `/messages?${q}`), lang: 'id' },
] as const;

const other = (lang: 'id' | 'en') => (lang === 'id' ? 'en' : 'id');

test.describe('a child chatting with a stranger on the web chats they use', () => {
  for (const chat of CHATS) {
    test(`${chat.name}: a stranger's grooming is flagged as a stranger's; a harmless chat stays quiet`, async ({
      page,
      prompt,
      context,
    }) => {
      await page.goto(chat.url(`script=secret-${chat.lang}&contact=unknown&lang=${chat.lang}&delay=60`));
      await expect
        .poll(async () => (await prompt.state())?.categories)
        .toEqual(expect.arrayContaining(['secrecy', 'unknown_contact']));
      // A stranger plus grooming talk escalates past a gentle tip.
      await prompt.expectState({ risk: /medium|high/, action: 'warn' });
      await page.screenshot({ path: test.info().outputPath(`${chat.name.split(' ')[0]}-stranger.png`) });

      const quiet = await context.newPage();
      const lang = other(chat.lang);
      await quiet.goto(chat.url(`script=harmless-${lang}&lang=${lang}&delay=60`));
      await settled(quiet);
      expect(await new PromptObject(quiet).state()).toBeNull();
    });
  }

  test('a random-chat site: the site itself, the stranger and the grooming are each recognised', async ({
    page,
    prompt,
    guard,
  }) => {
    await page.goto(siteUrl('www.omegle.com', '/?script=secret-en&lang=en&delay=60'));
    await expect
      .poll(async () => (await prompt.state())?.categories)
      .toEqual(expect.arrayContaining(['secrecy', 'unknown_contact']));
    const seen = async (kind: string, ...categories: string[]) =>
      (await guard.events()).some((e) => e.kind === kind && categories.every((c) => e.categories.includes(c)));
    await expect.poll(() => seen('page', 'anonymous_chat')).toBe(true);
    await expect.poll(() => seen('chat', 'secrecy', 'unknown_contact')).toBe(true);
  });

  test('generic adapter: a forum shoutbox and an in-game chat', async ({ page, prompt, context }) => {
    await page.goto(practiceUrl('forum', 'sites/forum.html?script=secret-id&delay=60'));
    await prompt.expectState({ categories: /secrecy/ });
    const game = await context.newPage();
    await game.goto(practiceUrl('game', 'sites/game-chat.html?script=secret-en&delay=60'));
    await new PromptObject(game).expectState({ categories: /secrecy/ });
    const quiet = await context.newPage();
    await quiet.goto(practiceUrl('game', 'sites/game-chat.html?script=harmless-id&delay=60'));
    await settled(quiet);
    expect(await new PromptObject(quiet).state()).toBeNull();
  });
});

test.describe('knowing who is a stranger', () => {
  test('a saved contact is not a stranger: only what they say counts', async ({ page, prompt, guard }) => {
    // Kak Dimas is in the child's contacts, so nothing on the site says "stranger". What he says still counts: he
    // asks the child's class, offers free diamonds and asks to keep it from the parents. A saved contact is not a
    // trusted one (only the parent's list lowers the response), so that is a grooming pattern and a warning.
    await page.goto(siteUrl('web.whatsapp.com', '/?script=secret-id&delay=60'));
    await settled(page);
    const state = await prompt.expectState({ action: 'warn' });
    expect(state.categories.sort()).toEqual(['gifts', 'personal_info', 'secrecy']);
    expect((await guard.events()).flatMap((e) => e.categories)).not.toContain('unknown_contact');
  });

  test('a stranger alone gets a gentle tip, from the site’s own cue, in both UI languages', async ({
    page,
    prompt,
    context,
  }) => {
    await page.goto(siteUrl('web.whatsapp.com', '/?script=stranger-id&contact=unknown&delay=60'));
    await prompt.expectState({ categories: 'unknown_contact', action: 'tip', risk: 'low' });
    const en = await context.newPage();
    await en.goto(siteUrl('web.telegram.org', '/k/?script=stranger-en&contact=unknown&lang=en&delay=60'));
    await new PromptObject(en).expectState({ categories: 'unknown_contact' });
  });

  test('a contact on the parent’s trusted list never counts as a stranger', async ({ page, guard }) => {
    // Nadia's number shows as the chat title with WhatsApp's "not in your contacts" notice.
    await guard.setSettings({ trustedContacts: ['0878 5550 3210'] });
    await page.goto(siteUrl('web.whatsapp.com', '/?script=stranger-id&contact=unknown&delay=60'));
    await settled(page);
    expect(await new PromptObject(page).state()).toBeNull();
    expect(await guard.events()).toEqual([]);
  });
});
