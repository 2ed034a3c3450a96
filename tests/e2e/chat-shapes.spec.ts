import { expect, practiceUrl, test } from './fixtures';
import { settled } from './pages/guard';
import { SHAPE_PAGES, type ShapePage } from '../fixtures/pages/shapes/pages.mjs';

// Every web chat, not only the seven the guard has site adapters for (issue #13): the shape practice pages imitate
// the public DOM of real apps and long-tail sites (hashed class names, no "chat" or "message" in any class or id),
// each labelled with what a child should see. Risky chats show a prompt whose categories overlap what was said and
// name `unknown_contact` where the page says so; harmless chats get a tip at most; look-alike pages (comment
// sections, shops, forum threads, class boards…) are never read as chats.
const url = (p: ShapePage) => practiceUrl(p.host, `shapes/${p.file}?delay=150`);

test.describe('chats found by their shape', () => {
  for (const p of SHAPE_PAGES.filter((x) => x.kind === 'risky')) {
    test(`${p.file}: ${p.about}`, async ({ page, prompt, guard }) => {
      await page.goto(url(p));
      const wanted = p.categories!;
      await expect
        .poll(
          async () => {
            const state = await prompt.state();
            const shown = state?.categories ?? [];
            return wanted.some((c) => shown.includes(c)) && (!p.unknown || shown.includes('unknown_contact'));
          },
          {
            timeout: 15_000,
            message: `prompt with one of ${wanted.join(', ')}${p.unknown ? ' and unknown_contact' : ''}`,
          },
        )
        .toBe(true);
      // What was recorded is a chat finding (read as a conversation, not as page text).
      expect((await guard.events()).some((e) => e.kind === 'chat')).toBe(true);
    });
  }

  for (const p of SHAPE_PAGES.filter((x) => x.kind === 'harmless')) {
    test(`${p.file}: ${p.about} — a tip at most`, async ({ page, prompt, guard }) => {
      await page.goto(url(p));
      await settled(page);
      const state = await prompt.state();
      expect(state === null || state.action === 'tip', JSON.stringify(state)).toBe(true);
      expect((await guard.events()).filter((e) => e.action !== 'tip')).toEqual([]);
    });
  }
});

test.describe('pages that look like chats but are pages', () => {
  for (const p of SHAPE_PAGES.filter((x) => x.kind === 'page')) {
    test(`${p.file}: ${p.about} — never read as a chat`, async ({ page, prompt, guard }) => {
      await page.goto(url(p));
      await settled(page);
      const state = await prompt.state();
      expect(state === null || state.action === 'tip', JSON.stringify(state)).toBe(true);
      expect((await guard.events()).filter((e) => e.kind === 'chat')).toEqual([]);
    });
  }
});
