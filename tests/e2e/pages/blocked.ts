import type { Locator, Page } from '@playwright/test';

/** The block page (`blocked.html`) a blocked site or a blocked category sends the tab to. */
export class BlockedPageObject {
  constructor(readonly page: Page) {}

  /** What the block page says it is about: the same three attributes as the card (its `<main>`, DESIGN.md §3). */
  async state(): Promise<{ action: string; risk: string; categories: string[] } | null> {
    const main = this.page.locator('main[data-action]');
    if ((await main.count()) === 0) return null;
    const [action, risk, categories] = await Promise.all(
      ['data-action', 'data-risk', 'data-categories'].map((a) => main.first().getAttribute(a)),
    );
    return { action: action ?? '', risk: risk ?? '', categories: (categories ?? '').split(',').filter(Boolean) };
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  backButton(): Locator {
    return this.page.getByRole('button', { name: /^(Tinggalkan halaman ini|Metu teko halaman iki|Leave this page)$/ });
  }

  helpButton(): Locator {
    return this.page.getByRole('button', { name: /Minta bantuan|Njaluk tulung|Get help/ });
  }

  readAloudButton(): Locator {
    return this.page.getByRole('button', { name: /Bacakan|Bacakno|Read aloud/ });
  }

  async openParentSection(): Promise<void> {
    await this.page.locator('details.parent summary').click();
  }

  pinInput(): Locator {
    return this.page.getByLabel(/PIN orang tua|Parent’s PIN/);
  }

  submitPin(): Locator {
    return this.page.getByRole('button', { name: /Buka halaman|Open the page/ });
  }

  pinMessage(): Locator {
    return this.page.locator('.pin-message');
  }
}
