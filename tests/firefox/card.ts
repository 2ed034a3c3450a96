import type { Page } from 'puppeteer-core';
import { cardIn, cardState, type Tree } from '../../scripts/lib/card.mjs';
import { expectPromptState, type ExpectedPrompt, type PromptState } from '../e2e/pages/prompt';
import { expect, type BidiNode, type FirefoxSession } from './firefox';

interface Found {
  host: BidiNode;
  outer: BidiNode;
  card: BidiNode;
  buttons: { node: BidiNode; name: string }[];
}

/** Firefox's serialized nodes (`script.evaluate` with `includeShadowTree: 'all'`), walked as card.mjs walks DevTools'. */
const BIDI_TREE: Tree<BidiNode> = {
  attr: (n, name) => n.value?.attributes?.[name] ?? null,
  children: (n) => [...(n.value?.shadowRoot ? [n.value.shadowRoot] : []), ...(n.value?.children ?? [])],
  isElement: (n) => n.value?.nodeType === 1,
};

function findAll(node: BidiNode, test: (n: BidiNode) => boolean, into: BidiNode[] = []): BidiNode[] {
  if (BIDI_TREE.isElement(node) && test(node)) into.push(node);
  for (const child of BIDI_TREE.children(node)) findAll(child, test, into);
  return into;
}

/** The words a screen reader would say for a button: its label, or its text without the hidden parts. */
function accessibleName(node: BidiNode): string {
  const label = node.value?.attributes?.['aria-label'];
  if (label) return label;
  const text = (n: BidiNode): string => {
    if (n.value?.nodeType === 3) return n.value.nodeValue ?? '';
    if (n.value?.attributes?.['aria-hidden'] === 'true') return '';
    return (n.value?.children ?? []).map(text).join('');
  };
  return text(node).trim();
}

/**
 * The child's card in Firefox, read over WebDriver BiDi as the e2e tests read it in Chromium over DevTools: Firefox
 * serializes closed shadow roots for the test (`includeShadowTree: 'all'`), which no page script can see; presses
 * are the browser's own input (`input.performActions`, trusted).
 */
export class FirefoxCard {
  constructor(
    readonly firefox: FirefoxSession,
    readonly page: Page,
  ) {}

  async find(): Promise<Found | null> {
    const list = await this.firefox.evaluateNodes(this.page, `[...document.querySelectorAll('kawan-aman-prompt')]`);
    for (const host of (list?.value as BidiNode[] | undefined) ?? []) {
      const shadow = host.value?.shadowRoot;
      if (!shadow || shadow.value?.mode !== 'closed') continue;
      const inside = cardIn(BIDI_TREE, shadow);
      if (!inside) continue;
      const buttons = findAll(inside.outer, (n) => n.value?.localName === 'button').map((node) => ({
        node,
        name: accessibleName(node),
      }));
      return { host, ...inside, buttons };
    }
    return null;
  }

  async state(): Promise<PromptState | null> {
    const found = await this.find();
    return found ? cardState(BIDI_TREE, found.outer) : null;
  }

  expectState(expected: ExpectedPrompt, timeout = 15_000): Promise<PromptState> {
    return expectPromptState(() => this.state(), expected, timeout);
  }

  /** The card's visible words. */
  async text(): Promise<string> {
    const found = await this.find();
    if (!found) throw new Error('No card');
    return this.firefox.call<string>(this.page, 'function (card) { return card.innerText; }', [found.card]);
  }

  /**
   * Waits, in the page, for the card to be visible — on top (the hit test at its centre finds our host) and opaque
   * (its entrance has not left it see-through) — and returns the page's clock (`performance.now()`) at that frame, or
   * null after `timeoutMs`.
   */
  async visibleAt(timeoutMs = 10_000): Promise<number | null> {
    const found = await this.find();
    if (!found) return null;
    return this.firefox.call<number | null>(
      this.page,
      `function (host, card) {
        return new Promise((resolve) => {
          const until = performance.now() + ${timeoutMs};
          const tick = () => {
            const r = card.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            const opaque = Number(getComputedStyle(card).opacity) >= 0.99;
            if (r.width > 0 && opaque && document.elementFromPoint(x, y) === host) resolve(performance.now());
            else if (performance.now() > until) resolve(null);
            else requestAnimationFrame(tick);
          };
          tick();
        });
      }`,
      [found.host, found.card],
      true,
    );
  }

  /** Presses the card's button whose name matches, with a trusted click at its centre, once it is on top there. */
  async press(name: RegExp): Promise<void> {
    let point: [number, number] | null = null;
    await expect
      .poll(
        async () => {
          const found = await this.find();
          const button = found?.buttons.find((b) => name.test(b.name));
          if (!found || !button || button.node.value?.attributes?.disabled !== undefined) return false;
          point = await this.firefox.call<[number, number] | null>(
            this.page,
            `function (host, button) {
              const r = button.getBoundingClientRect();
              const x = r.left + r.width / 2;
              const y = r.top + r.height / 2;
              return r.width > 0 && document.elementFromPoint(x, y) === host ? [x, y] : null;
            }`,
            [found.host, button.node],
          );
          return point !== null;
        },
        { timeout: 10_000, message: `press ${name} on the card` },
      )
      .toBe(true);
    await this.page.mouse.click(point![0], point![1]);
  }
}
