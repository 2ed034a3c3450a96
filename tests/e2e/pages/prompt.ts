import type { Locator, Page } from '@playwright/test';

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
    return this.host.getByRole('button', { name: /Minta bantuan|Get help/ });
  }

  closeButton(): Locator {
    return this.host.getByRole('button', { name: /Tutup tips|Close the tip/ });
  }

  backButton(): Locator {
    return this.host.getByRole('button', { name: /^(Kembali|Go back)$/ });
  }

  continueButton(): Locator {
    return this.host.locator('button.continue');
  }

  readAloudButton(): Locator {
    return this.host.getByRole('button', { name: /Bacakan|Read aloud/ });
  }

  whyToggle(): Locator {
    return this.host.getByRole('button', { name: /Kenapa aku melihat ini\?|Why am I seeing this\?/ });
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
