import type { Locator, Page } from '@playwright/test';

/** The child's in-page prompt (`<kawan-aman-prompt>` in an open shadow root). */
export class PromptObject {
  readonly host: Locator;

  constructor(readonly page: Page) {
    this.host = page.locator('kawan-aman-prompt');
  }

  card(): Locator {
    return this.host.locator('section.card');
  }

  helpButton(): Locator {
    return this.host.getByRole('button', { name: /Minta bantuan|Get help/ });
  }

  async categories(): Promise<string[]> {
    return ((await this.host.getAttribute('data-categories')) ?? '').split(',').filter(Boolean);
  }
}
