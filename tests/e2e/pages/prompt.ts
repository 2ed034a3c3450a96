import { expect, type Locator, type Page } from '@playwright/test';

/** What the card shows: the test contract of DESIGN.md §3 (action, risk, categories). */
export interface PromptState {
  action: string;
  risk: string;
  categories: string[];
}

export interface ExpectedPrompt {
  action?: string | RegExp;
  risk?: string | RegExp;
  /** The exact comma-joined list (a string), or a pattern it must match. */
  categories?: string | RegExp;
}

/** The child's in-page prompt (`<kawan-aman-prompt>` in an open shadow root): the tip and the warning card. */
export class PromptObject {
  readonly host: Locator;

  constructor(readonly page: Page) {
    this.host = page.locator('kawan-aman-prompt');
  }

  card(): Locator {
    return this.host.locator('section.card');
  }

  helpButton(): Locator {
    return this.host.getByRole('button', { name: /Minta bantuan|Njaluk tulung|Get help/ });
  }

  closeButton(): Locator {
    return this.host.getByRole('button', { name: /Tutup tips|Close the tip/ });
  }

  backButton(): Locator {
    return this.host.getByRole('button', { name: /^(Tinggalkan halaman ini|Metu teko halaman iki|Leave this page)$/ });
  }

  continueButton(): Locator {
    return this.host.locator('button.continue');
  }

  readAloudButton(): Locator {
    return this.host.getByRole('button', { name: /Bacakan|Bacakno|Read aloud/ });
  }

  whyToggle(): Locator {
    return this.host.getByRole('button', {
      name: /Kenapa aku melihat ini\?|Lapo aku ndelok iki\?|Why am I seeing this\?/,
    });
  }

  /**
   * The card on screen, or null when none is. New tests read the prompt only through `state`, `expectState`,
   * `expectNone`, `text` and `press`: the card moves into a closed shadow root (issue #15), where locators can't reach.
   */
  async state(): Promise<PromptState | null> {
    if ((await this.host.count()) === 0) return null;
    const [action, risk, categories] = await Promise.all(
      ['data-action', 'data-risk', 'data-categories'].map((a) => this.host.first().getAttribute(a)),
    );
    if (!action) return null;
    return { action, risk: risk ?? '', categories: (categories ?? '').split(',').filter(Boolean) };
  }

  /** Waits until the card shows what is expected (each given field; a string must match exactly). */
  async expectState(expected: ExpectedPrompt, options: { timeout?: number } = {}): Promise<PromptState> {
    const matches = (value: string, want: string | RegExp | undefined) =>
      want === undefined || (typeof want === 'string' ? value === want : want.test(value));
    let last: PromptState | null = null;
    await expect
      .poll(
        async () => {
          last = await this.state();
          return (
            last !== null &&
            matches(last.action, expected.action) &&
            matches(last.risk, expected.risk) &&
            matches(last.categories.join(','), expected.categories)
          );
        },
        { timeout: options.timeout ?? 10_000, message: `prompt ${JSON.stringify(expected)}` },
      )
      .toBe(true);
    return last!;
  }

  /** No card appears within `ms` (default 2 s). */
  async expectNone(ms = 2000): Promise<void> {
    await this.page.waitForTimeout(ms);
    expect(await this.state()).toBeNull();
  }

  /** The card's visible words. */
  async text(): Promise<string> {
    return this.card().innerText();
  }

  /** Clicks the card's button whose accessible name matches, as the child would. */
  async press(name: RegExp): Promise<void> {
    await this.host.getByRole('button', { name }).click();
  }

  async categories(): Promise<string[]> {
    return ((await this.host.getAttribute('data-categories')) ?? '').split(',').filter(Boolean);
  }

  /** The element focused inside the prompt's shadow root, described as `tag.class` or `tag:text`. */
  async focused(): Promise<string | null> {
    return this.host.evaluate((host) => {
      const active = host.shadowRoot?.activeElement as HTMLElement | null | undefined;
      if (!active) return null;
      return `${active.tagName.toLowerCase()}:${active.textContent?.trim() ?? ''}`;
    });
  }
}
