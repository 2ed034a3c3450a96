/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';
import { expect, practiceUrl, receive, test } from './fixtures';
import { BlockedPageObject } from './pages/blocked';
import { OptionsPage, seedParent } from './pages/options';
import { settled, type GuardObject } from './pages/guard';
import { BUTTONS, PromptObject } from './pages/prompt';
import { expectAccessible, screenshot } from './support/extension';
import { evaluateInContentScript } from './support/content-script';
import { promptWords } from '../../locales/prompt';

const PIN = '2468';

// Pages that try to switch the guard off, fake or remove its prompt, or drown it in DOM. The guard must keep
// working and the page must stay responsive. (Speed itself is measured by the benchmark, not asserted here.)
test.describe('a page that fights back', () => {
  test('a page that fakes our "newer script started" event cannot switch the guard off', async ({ page, guard }) => {
    await guard.recordMessages();
    await page.goto(practiceUrl('hostile', 'hostile.html?attack=invalidate&script=secret-id&delay=200'));
    await expect(page.locator('body[data-attack-invalidate]')).toBeAttached();
    await expect
      .poll(async () => (await guard.events()).some((e) => e.kind === 'chat' && e.categories.includes('secrecy')))
      .toBe(true);
    // Long after the page started firing the event, a new message is still read and reported.
    await page.waitForTimeout(500);
    await receive(page, "don't tell your parents about this");
    await expect.poll(() => guard.recordedMessages()).toContain("don't tell your parents");
  });

  test('the same fake event cannot keep the prompt from showing or close it', async ({ page, prompt }) => {
    await page.goto(practiceUrl('hostile', 'hostile.html?attack=invalidate'));
    await expect(page.locator('body[data-attack-invalidate]')).toBeAttached();
    // One risky line: one prompt, injected while the page fires the event every 100 ms.
    await receive(page, 'jangan bilang ortu ya');
    await prompt.expectState({ categories: 'secrecy' });
    await expect.poll(() => prompt.visible()).toBe(true);
    // Many fake events later it is still there, until the child closes it.
    await page.waitForTimeout(1000);
    expect(await prompt.visible()).toBe(true);
    await prompt.press('close');
    await prompt.expectGone();
  });

  test('a fake prompt and an endless mutation storm: the real prompt still comes', async ({ page, prompt }) => {
    await page.goto(practiceUrl('hostile', 'hostile.html?attack=fake-prompt,storm&script=secret-id&delay=200'));
    // The real prompt (a card in a closed shadow root), not the page's fake one. The storm keeps the page's main
    // thread busy (by design): give it time on a loaded CI box.
    await prompt.expectState({ categories: /secrecy/ }, { timeout: 20_000 });
    await expect.poll(() => prompt.visible()).toBe(true);
    // The page's fake is the one with attributes: ours carries none.
    await expect(page.locator('kawan-aman-prompt[data-action]')).toHaveText('jangan bilang ortu ya');
    expect(await page.evaluate(() => document.getElementById('ticker')!.textContent!.length > 0)).toBe(true);
  });

  test('a page that removes and hides our prompt cannot stop the finding being recorded', async ({ page, guard }) => {
    await page.goto(practiceUrl('hostile', 'hostile.html?attack=remove-prompt&script=secret-en&delay=60'));
    await expect
      .poll(async () => (await guard.events()).some((e) => e.kind === 'chat' && e.categories.includes('secrecy')))
      .toBe(true);
  });

  test('a chat inside a same-origin iframe', async ({ page, prompt }) => {
    await page.goto(practiceUrl('hostile', 'hostile.html?attack=iframe&script=secret-en&delay=60'));
    await prompt.expectState({ categories: /secrecy/ });
  });
});

test.describe('a page that attacks the extension itself', () => {
  test('spams messages and events, fakes our prompt and probes our files: nothing trusted, nothing found, no crash', async ({
    page,
    prompt,
    guard,
    sw,
  }) => {
    await page.goto(practiceUrl('hostile', 'hostile.html?attack=spam,probe,fake-prompt&script=secret-id&delay=200'));
    // The real prompt comes (a card in a closed shadow root); the page's fake one is just the page's.
    await prompt.expectState({ categories: /secrecy/ }, { timeout: 20_000 });
    await expect.poll(() => prompt.visible()).toBe(true);

    // None of the extension's files can be fetched, shown or framed from the page, so it cannot even tell we are here.
    await expect(page.locator('body[data-probe]')).toBeAttached({ timeout: 15_000 });
    const probes = JSON.parse(await page.evaluate(() => document.body.dataset.probe!)) as string[];
    expect(probes.length).toBeGreaterThan(10);
    expect(probes.filter((p) => !/: (refused|unreadable|no load|empty)$/.test(p))).toEqual([]);

    // Thousands of fake messages later, the guard still reads the chat and reports what is really there…
    await expect
      .poll(async () => Number(await page.evaluate(() => document.body.dataset.spamSent)))
      .toBeGreaterThan(5000);
    await receive(page, 'kirim pap dong');
    await expect.poll(async () => (await guard.events()).flatMap((e) => e.categories)).toContain('sexual_request');
    // …and only that: the page's fake "sextortion" findings and fake settings never reached the background.
    // (The practice chat's real lines also ask the class and offer diamonds: personal_info and gifts are real.)
    const categories = new Set((await guard.events()).flatMap((e) => e.categories));
    expect([...categories]).toEqual(expect.arrayContaining(['secrecy', 'sexual_request']));
    expect([...categories]).not.toContain('sextortion');
    expect(await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null)).toBeNull();
  });

  test('a subverted content script floods the background and writes storage: rate-limited, refused, put back, no PIN', async ({
    context,
    page,
    sw,
    extensionId,
    guard,
  }) => {
    await seedParent(context, extensionId, { pin: PIN, settings: { guidanceLevel: 'guided', language: 'id' } });
    const settingsBefore = await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    // A prompt in another tab: its event is that tab's to answer.
    const other = await context.newPage();
    await other.goto(practiceUrl('chat', 'chat.html?script=secret-id&delay=10'));
    await new PromptObject(other).expectState({ categories: /secrecy/ });
    const [otherEvent] = await guard.events();

    await page.goto(practiceUrl('chat', 'chat.html?script=family&delay=10'));
    await settled(page);
    const pagesBefore = context.pages().length;
    const answers = (await evaluateInContentScript(
      context,
      page,
      `(async () => {
        const send = (type, data) =>
          chrome.runtime.sendMessage({ id: Math.random(), type, data, timestamp: Date.now() }).then(
            (a) => a, (e) => ({ threw: String(e) }));
        const finding = (i) => ({ kind: 'chat', risk: 'high', categories: ['sextortion'], ruleIds: ['x'],
          scope: 'chat.test/flood-' + i, matched: ['x'] });
        await Promise.all(Array.from({ length: 300 }, (_, i) => send('reportFindings', finding(i))));
        const privileged = {
          saveSettings: { token: 'stolen', patch: { pausedUntil: 4102444800000, guidanceLevel: 'gentle' } },
          wipeAllData: { token: 'stolen' },
          resetForgottenPin: { confirm: 'RESET' },
          setPin: { pin: '1111' },
          verifyPin: { pin: '${PIN}' },
          getPinStatus: undefined,
          setChildLanguage: { language: 'en' },
          askForHelp: { from: 'popup' },
          getReportContext: { event: 1 },
          exportHistory: { token: 'stolen' },
          exportSettings: { token: 'stolen' },
          importSettings: { token: 'stolen', text: '{}' },
          dismissHealthNote: { token: 'stolen', note: 'storageTrouble' },
          unlockBlockedPage: { url: 'https://blocked.example/', pin: '${PIN}' },
          getSchoolStatus: undefined,
          exportSchoolReport: {},
          getChildStatus: undefined,
          blockedPageOpened: { url: 'https://chat.test/' },
        };
        const refused = {};
        for (const [type, data] of Object.entries(privileged)) refused[type] = (await send(type, data))?.res ?? null;
        await Promise.all(Array.from({ length: 60 }, (_, i) =>
          send('recordChoice', { promptId: String(i), choice: i % 2 ? 'help' : 'continue' })));
        const local = JSON.stringify(await chrome.storage.local.get(null));
        // Content scripts may write storage.local: pause protection, switch the page config off, empty the rules.
        const stored = await chrome.storage.local.get(['settings', 'pageConfig', 'detectionPack']);
        await chrome.storage.local.set({
          settings: { ...stored.settings, pausedUntil: 4102444800000, guidanceLevel: 'gentle' },
          pageConfig: { ...stored.pageConfig, enabled: false },
          detectionPack: {
            ...stored.detectionPack,
            tables: Object.fromEntries(Object.entries(stored.detectionPack.tables).map(([k, t]) => [k, t.map(() => 0)])),
          },
        });
        const session = await chrome.storage.session.get(null).then(() => 'readable', (e) => 'refused: ' + e.message);
        const databases = (await indexedDB.databases()).map((d) => d.name);
        return { refused, local, session, databases };
      })()`,
    )) as { refused: Record<string, unknown>; local: string; session: string; databases: string[] };

    // Refused, all of it: no answer carries anything but "no".
    for (const [type, answer] of Object.entries(answers.refused)) {
      const nothing =
        answer === null ||
        (answer as { ok?: boolean }).ok === false ||
        JSON.stringify(answer) === JSON.stringify({ hasPin: false, lockedForMs: 0 });
      expect(nothing, `${type} answered ${JSON.stringify(answer)}`).toBe(true);
    }
    // The right PIN from a content script gets no grant, and the PIN hash is nowhere it can read.
    expect(answers.refused.verifyPin).toMatchObject({ ok: false });
    const secret = await sw.evaluate(
      () =>
        new Promise<{ hash: string; salt: string }>((resolve) => {
          const open = indexedDB.open('kawan-aman');
          open.onsuccess = () => {
            const get = open.result.transaction('secrets').objectStore('secrets').get('pin');
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result.record);
            };
          };
        }),
    );
    expect(secret.hash.length).toBeGreaterThan(20);
    expect(answers.local).not.toContain(secret.hash);
    expect(answers.local).not.toContain(secret.salt);
    expect(answers.local).not.toMatch(/PBKDF2|pinGrants/);
    expect(answers.session).toMatch(/^refused/);
    // A content script's IndexedDB is the web page's: the extension's database is not among them.
    expect(answers.databases).not.toContain('kawan-aman');

    // Nothing a parent set changed (what the script wrote straight into storage was put back); the flood recorded no
    // more than the tab's budget; at most 3 help pages opened.
    await expect
      .poll(() => sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings))
      .toEqual(settingsBefore);
    await expect
      .poll(() =>
        sw.evaluate(
          async () => ((await chrome.storage.local.get('pageConfig')).pageConfig as { enabled?: boolean })?.enabled,
        ),
      )
      .toBe(true);
    const events = await guard.events();
    const flood = events.filter((e) => e.categories.includes('sextortion'));
    expect(flood.length).toBeGreaterThan(0);
    expect(flood.length).toBeLessThanOrEqual(33);
    expect(
      (await guard.events()).find((e) => e.host === otherEvent!.host && e.kind === otherEvent!.kind),
    ).toBeDefined();
    const otherNow = (await guard.events())[0]!;
    expect(otherNow.choice).toBeUndefined();
    expect(context.pages().length - pagesBefore).toBeLessThanOrEqual(3);

    // The background is fine: another tab still gets its prompt, and the parent's PIN still works.
    const fresh = await context.newPage();
    await fresh.goto(practiceUrl('chat', 'chat.html?script=secret-en&delay=10'));
    await new PromptObject(fresh).expectState({ categories: /secrecy/ });
    const options = new OptionsPage(fresh, extensionId);
    await options.open('picture');
    await options.unlock(PIN);
    await expect(options.heading()).toHaveText('Gambaran');
    // The parent learns that something tried, and that it was undone.
    await expect(fresh.getByTestId('settings-guarded')).toContainText('Ada yang mencoba mengubah Kawan Aman tanpa PIN');
  });
});

/** The child's choice on each recorded event, in order (undefined: not answered). */
async function choices(guard: GuardObject): Promise<(string | undefined)[]> {
  return (await guard.events()).map((e) => e.choice);
}

/** A practice chat that fights the card (tests/fixtures/pages/hostile-card.html), with one risky line received. */
async function fightingChat(page: Page, attack: string, line = 'tapi jangan bilang ortu ya kalau kita ngobrol') {
  await page.goto(practiceUrl('hostile', `hostile-card.html?attack=${attack}`));
  await expect(page.locator('body[data-attacks]')).toBeAttached();
  await receive(page, line);
}

const WARNING_PAGE = /\/warning\.html\?prompt=/;

/** The warning page a hidden card was moved to, once it opens. */
async function warningPage(context: BrowserContext): Promise<Page> {
  await expect.poll(() => context.pages().some((p) => WARNING_PAGE.test(p.url())), { timeout: 15_000 }).toBe(true);
  const page = context.pages().find((p) => WARNING_PAGE.test(p.url()))!;
  await expect(page.locator('main[data-action]')).toBeAttached();
  return page;
}

/**
 * Where the child sees the warning at the end of a fight: on the page (the browser's hit test lands on the card) or
 * on the extension's warning page. Returns which, and what it showed.
 */
async function whereSeen(context: BrowserContext, prompt: PromptObject): Promise<'card' | 'warning page'> {
  let where: 'card' | 'warning page' | null = null;
  await expect
    .poll(
      async () => {
        if (context.pages().some((p) => WARNING_PAGE.test(p.url()))) where = 'warning page';
        else if (await prompt.visible().catch(() => false)) where = 'card';
        return where;
      },
      { timeout: 15_000 },
    )
    .not.toBeNull();
  return where!;
}

test.describe('a page that fights the card: it can’t read it, answer for the child, hide it or hold a block (#15)', () => {
  test('rewriting the card’s words and pressing “continue” from a script changes nothing; the child’s own press counts', async ({
    page,
    prompt,
    guard,
  }) => {
    await guard.setSettings({ categoryActions: { secrecy: 'warn' } });
    await fightingChat(page, 'rewrite');
    const shown = await prompt.expectState({ action: 'warn', categories: 'secrecy' });
    const words = await prompt.text();
    await expect
      .poll(async () => JSON.parse((await page.locator('body').getAttribute('data-rewrite')) ?? '{"tries":0}').tries)
      .toBeGreaterThanOrEqual(10);
    // Fifteen rounds of rewriting and clicking later: the same card, the same words, on screen, and no choice made.
    expect(await prompt.state()).toEqual(shown);
    expect(await prompt.text()).toBe(words);
    expect(words).not.toContain('AMAN');
    expect(await prompt.visible()).toBe(true);
    expect((await guard.events()).map((e) => [e.action, e.choice])).toEqual([['warn', undefined]]);
    // The child's own press is the one that counts.
    await prompt.press('continue');
    await prompt.expectGone();
    await expect.poll(() => choices(guard)).toEqual(['continue']);
  });

  test('the page learns nothing from the DOM: no attributes on the host, no root to open, no start event', async ({
    page,
    prompt,
  }) => {
    await fightingChat(page, 'read');
    await prompt.expectState({ action: 'tip', categories: 'secrecy' });
    await expect
      .poll(async () => JSON.parse((await page.locator('body').getAttribute('data-oracle')) ?? 'null'))
      .toBeTruthy();
    await page.waitForTimeout(1700);
    const oracle = JSON.parse((await page.locator('body').getAttribute('data-oracle'))!) as Record<string, unknown>;
    expect(oracle).toMatchObject({
      attributes: [],
      dataset: {},
      shadowRoot: null,
      captured: false,
      html: '',
      text: '',
    });
    // The prompt script's start is not announced to the page (WXT's started event is kept in our own world).
    expect((oracle.heard as string[]).filter((h) => h.includes(':prompt:') || h === 'postMessage')).toEqual([]);
  });

  test('a page that removes the card each time it appears: the warning page shows it, and the child’s answer counts', async ({
    context,
    page,
    guard,
  }) => {
    await fightingChat(page, 'remove');
    const warning = await warningPage(context);
    expect(await new BlockedPageObject(warning).state()).toEqual({
      action: 'tip',
      risk: 'low',
      categories: ['secrecy'],
    });
    // It says why it opened in a tab of its own.
    await expect(warning.locator('main')).toContainText(promptWords.id.movedHere);
    await expectAccessible(warning);
    await screenshot(warning, 'warning-page-tip-id');
    // The tip there closes as in the page, and the child is back on the chat.
    await warning.getByRole('button', { name: BUTTONS.close }).click();
    await expect.poll(() => warning.isClosed()).toBe(true);
    await expect
      .poll(async () => (await guard.events()).map((e) => [e.action, e.choice]))
      .toEqual([['tip', 'dismiss']]);
    // Seen there, it counts as shown: the same line again brings no second tab.
    await receive(page, 'jangan bilang ortu ya');
    await page.waitForTimeout(1500);
    expect(context.pages().filter((p) => WARNING_PAGE.test(p.url()))).toEqual([]);
  });

  test('an opaque sheet at the top z-index, appended after the card again and again: the card stays on top', async ({
    page,
    prompt,
    guard,
  }) => {
    await page.goto(practiceUrl('hostile', 'hostile-card.html?attack=cover&loop=1'));
    await receive(page, 'jangan bilang ortu ya');
    await prompt.expectState({ action: 'tip', categories: 'secrecy' });
    await expect(page.locator('#cover')).toBeAttached();
    await page.waitForTimeout(800);
    expect(await prompt.visible()).toBe(true);
    await screenshot(page, 'tip-over-a-cover');
    await prompt.press('close');
    await expect.poll(() => choices(guard)).toEqual(['dismiss']);
  });

  test('without popovers (Chrome 109): the tip on its fixed surface still stays above a cover appended again and again', async ({
    context,
    page,
    prompt,
    guard,
  }) => {
    await page.goto(practiceUrl('hostile', 'hostile-card.html?attack=cover&loop=1'));
    await expect(page.locator('body[data-attacks]')).toBeAttached();
    // Our isolated world (the guard's, which the prompt script joins) loses the Popover API, as in Chrome 109–113.
    const noPopovers = `delete HTMLElement.prototype.showPopover; delete HTMLElement.prototype.hidePopover;
      delete HTMLElement.prototype.togglePopover; 'showPopover' in HTMLElement.prototype`;
    await expect.poll(() => evaluateInContentScript(context, page, noPopovers).catch(() => 'no guard yet')).toBe(false);
    await receive(page, 'jangan bilang ortu ya');
    await prompt.expectState({ action: 'tip', categories: 'secrecy' });
    await expect(page.locator('#cover')).toBeAttached();
    await page.waitForTimeout(1200);
    await expect.poll(() => prompt.visible()).toBe(true);
    await prompt.press('close');
    await prompt.expectGone();
    await expect.poll(() => choices(guard)).toEqual(['dismiss']);
  });

  test('the chat moved into a page’s modal dialog above the tip: the tip comes back on top, usable', async ({
    page,
    prompt,
    guard,
  }) => {
    await fightingChat(page, 'dialog');
    await prompt.expectState({ action: 'tip' });
    await expect(page.locator('dialog#room[open]')).toBeAttached();
    await expect.poll(() => prompt.visible()).toBe(true);
    await prompt.press('close');
    await prompt.expectGone();
    await expect.poll(() => choices(guard)).toEqual(['dismiss']);
  });

  test('a page that reopens its modal dialog over the warning again and again: the child still sees the warning', async ({
    context,
    page,
    prompt,
    guard,
  }) => {
    await guard.setSettings({ categoryActions: { secrecy: 'warn' } });
    await page.goto(practiceUrl('hostile', 'hostile-card.html?attack=dialog&loop=1'));
    await receive(page, 'jangan bilang ortu ya');
    await prompt.expectState({ action: 'warn' }).catch(() => undefined);
    await page.waitForTimeout(1500);
    const where = await whereSeen(context, prompt);
    if (where === 'warning page') {
      expect(await new BlockedPageObject(await warningPage(context)).state()).toMatchObject({ action: 'warn' });
    }
    expect((await guard.events()).map((e) => e.action)).toEqual(['warn']);
  });

  test('a page’s opaque popover over the tip: the tip comes back above it', async ({ page, prompt }) => {
    await fightingChat(page, 'popover');
    await prompt.expectState({ action: 'tip' });
    await expect(page.locator('#sheet')).toBeAttached();
    await page.waitForTimeout(600);
    await expect.poll(() => prompt.visible()).toBe(true);
  });

  test('fullscreen: the tip stays above a chat gone fullscreen, and a warning shows over one', async ({
    page,
    prompt,
    guard,
  }) => {
    await fightingChat(page, 'none');
    await prompt.expectState({ action: 'tip' });
    await page.locator('#fullscreen').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.waitForTimeout(600);
    await expect.poll(() => prompt.visible()).toBe(true);
    await prompt.press('close');
    await prompt.expectGone();

    // Already fullscreen when a warning comes: it shows above it.
    await guard.setSettings({ categoryActions: { sexual_request: 'warn' } });
    await page.locator('#fullscreen').click();
    await receive(page, 'kirim pap dong');
    await prompt.expectState({ action: 'warn', categories: /sexual_request/ });
    await expect.poll(() => prompt.visible()).toBe(true);
  });

  test('a page scaled down to nothing: the warning page shows the tip', async ({ context, page, prompt }) => {
    await fightingChat(page, 'scale');
    await prompt.expectState({ action: 'tip' }).catch(() => undefined);
    const warning = await warningPage(context);
    expect(await new BlockedPageObject(warning).state()).toMatchObject({ action: 'tip', categories: ['secrecy'] });
  });

  test('a page that rewrites itself with document.open() under the card: the card comes back, and the child’s press counts', async ({
    page,
    prompt,
    guard,
  }) => {
    await fightingChat(page, 'docopen');
    await prompt.expectState({ action: 'tip', categories: 'secrecy' });
    await expect(page.locator('body[data-rewritten]')).toBeAttached();
    await expect.poll(() => prompt.visible()).toBe(true);
    await prompt.expectState({ action: 'tip', categories: 'secrecy' });
    // Its buttons still work (document.open() erased every listener in the old document, the card's included).
    await prompt.press('close');
    await prompt.expectGone();
    // The child's press is recorded. (The rewritten page has no chat header, so the guard may count its copy of the
    // line as a new conversation: a second tip event, never a stronger one.)
    await expect
      .poll(async () => (await guard.events()).map((e) => [e.action, e.choice]))
      .toContainEqual(['tip', 'dismiss']);
    const events = await guard.events();
    expect(events.length).toBeLessThanOrEqual(2);
    expect(events.every((e) => e.action === 'tip')).toBe(true);
  });

  test('a “Leave site?” dialog can’t hold a block: the tab goes to the block page anyway, and history says block', async ({
    context,
    page,
    guard,
  }) => {
    await guard.setSettings({ guidanceLevel: 'protective', categoryActions: { secrecy: 'block' } });
    await page.goto(practiceUrl('hostile', 'hostile-card.html?attack=beforeunload'));
    // A page may ask "Leave site?" only after the child touched it.
    await page.locator('#compose-input').click();
    const asked: string[] = [];
    // The child answers "Stay".
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss().catch(() => undefined);
    });
    await receive(page, 'jangan bilang ortu ya');
    const BLOCKED = /\/blocked\.html\?event=\d+#http:\/\/hostile\.test:\d+\/hostile-card\.html/;
    await expect.poll(() => context.pages().some((p) => BLOCKED.test(p.url())), { timeout: 15_000 }).toBe(true);
    const blocked = new BlockedPageObject(context.pages().find((p) => BLOCKED.test(p.url()))!);
    await expect(blocked.heading()).toBeVisible();
    expect(await blocked.state()).toEqual({ action: 'block', risk: 'low', categories: ['secrecy'] });
    // The chat is gone: no tab shows it any more.
    await expect
      .poll(() => context.pages().filter((p) => /hostile-card\.html/.test(p.url()) && !BLOCKED.test(p.url())).length)
      .toBe(0);
    expect(asked).toContain('beforeunload');
    expect((await guard.events()).map((e) => [e.action, e.categories.join()])).toEqual([['block', 'secrecy']]);
  });
});
