import { createRequire } from 'node:module';
import fs from 'node:fs';
import { expect, type CDPSession, type Page } from '@playwright/test';
import {
  cardButtons,
  centreOf,
  clickAt,
  findCard,
  hits,
  readCard,
  readyButton,
  type FoundCard,
} from '../../../scripts/lib/card.mjs';
import { childWords } from '../../../locales/child';
import { promptWords } from '../../../locales/prompt';

/** What the card shows: the test contract of docs/design.md#the-cards-test-contract (action, risk, categories). */
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

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A button of the card as the browser's accessibility tree names it, and whether it can be pressed now. */
export interface CardButton {
  name: string;
  enabled: boolean;
}

type ButtonName = 'help' | 'close' | 'leave' | 'continue' | 'readAloud' | 'why';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: string[]) => new RegExp(`^(${words.map(escape).join('|')})$`);
const each = <T>(table: Record<string, T>) => Object.values(table);

/**
 * The card's buttons by what they do, matched by their accessible name in every language the card speaks (from
 * `locales/`, so a reworded button still matches). `continue` also matches its countdown ("Continue in 3 seconds").
 */
export const BUTTONS: Record<ButtonName, RegExp> = {
  help: anyOf(each(childWords).map((w) => w.help)),
  close: anyOf(each(promptWords).map((w) => w.close)),
  leave: anyOf(each(promptWords).map((w) => w.leave)),
  continue: new RegExp(
    `^(${each(promptWords)
      .flatMap((w) => [escape(w.continue), escape(w.continueIn).replace(escape('{seconds}'), '\\d+')])
      .join('|')})$`,
  ),
  readAloud: anyOf(each(childWords).map((w) => w.readAloud)),
  why: anyOf(each(childWords).map((w) => w.why)),
};

/**
 * Polls `read` (a card in Chromium over DevTools, or in Firefox over BiDi: tests/firefox/card.ts) until the card shows
 * what is expected — each given field; a string must match exactly — and returns what it showed.
 */
export async function expectPromptState(
  read: () => Promise<PromptState | null>,
  expected: ExpectedPrompt,
  timeout: number,
): Promise<PromptState> {
  const matches = (value: string, want: string | RegExp | undefined) =>
    want === undefined || (typeof want === 'string' ? value === want : want.test(value));
  let last: PromptState | null = null;
  await expect
    .poll(
      async () => {
        last = await read();
        return (
          last !== null &&
          matches(last.action, expected.action) &&
          matches(last.risk, expected.risk) &&
          matches(last.categories.join(','), expected.categories)
        );
      },
      {
        timeout,
        message: `prompt ${JSON.stringify(expected, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v))}`,
      },
    )
    .toBe(true);
  return last!;
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WORLD = 'kawan-aman-e2e';

/**
 * The child's in-page prompt: the tip and the warning card. It lives in a **closed** shadow root
 * (`<kawan-aman-prompt>` carries no attributes; docs/design.md#the-cards-test-contract), which no page script and no Playwright locator can
 * enter. This object reads and drives it over the DevTools protocol, as the browser itself sees it:
 * - reading: `DOM.describeNode({ pierce: true })` shows closed roots; text, style and focus are read by
 *   `Runtime.callFunctionOn` in an isolated world of the test's own (a page that patches DOM prototypes can't lie to
 *   it), on nodes handed over by `DOM.resolveNode`;
 * - input: the browser's own trusted input (`Input.dispatchMouseEvent` at the button's centre, after a hit test says
 *   the button is what is there, as Playwright does for a click) — the card takes choices only from trusted events.
 *
 * Tests read the card only through this object: `state`, `expectState`, `expectNone`, `text`, `press` first, and the
 * few views below for layout, focus and accessibility.
 */
export class PromptObject {
  private session: Promise<CDPSession> | null = null;
  private world: { frameId: string; contextId: number } | null = null;

  constructor(readonly page: Page) {}

  private cdp(): Promise<CDPSession> {
    this.session ??= this.page.context().newCDPSession(this.page);
    return this.session;
  }

  private async find(): Promise<FoundCard | null> {
    return findCard(await this.cdp());
  }

  private async require(): Promise<FoundCard> {
    const found = await this.find();
    if (!found) throw new Error('No Kawan Aman card in the page');
    return found;
  }

  /** An isolated world of the test's own in the page's main frame (made again after a navigation). */
  private async contextId(fresh = false): Promise<number> {
    const cdp = await this.cdp();
    const { frameTree } = await cdp.send('Page.getFrameTree');
    if (!fresh && this.world?.frameId === frameTree.frame.id) return this.world.contextId;
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: WORLD,
      grantUniveralAccess: false,
    });
    this.world = { frameId: frameTree.frame.id, contextId: executionContextId };
    return executionContextId;
  }

  private async objectId(backendNodeId: number): Promise<string> {
    const cdp = await this.cdp();
    try {
      const { object } = await cdp.send('DOM.resolveNode', {
        backendNodeId,
        executionContextId: await this.contextId(),
      });
      return object.objectId!;
    } catch {
      // The page navigated (or wrote a new document) since the world was made.
      const { object } = await cdp.send('DOM.resolveNode', {
        backendNodeId,
        executionContextId: await this.contextId(true),
      });
      return object.objectId!;
    }
  }

  /** Runs `fn(node, arg)` on a node inside the page, in the test's isolated world, and returns its value. */
  private async call<T, A>(backendNodeId: number, fn: (node: never, arg: A) => T, arg?: A): Promise<Awaited<T>> {
    const cdp = await this.cdp();
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: await this.objectId(backendNodeId),
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as Awaited<T>;
  }

  /**
   * The card on screen, or null when none is. New tests read the prompt only through `state`, `expectState`,
   * `expectNone`, `text` and `press`.
   */
  async state(): Promise<PromptState | null> {
    return readCard(await this.cdp());
  }

  /** Waits until the card shows what is expected (each given field; a string must match exactly). */
  async expectState(expected: ExpectedPrompt, options: { timeout?: number } = {}): Promise<PromptState> {
    return expectPromptState(() => this.state(), expected, options.timeout ?? 10_000);
  }

  /** No card appears within `ms` (default 2 s). */
  async expectNone(ms = 2000): Promise<void> {
    await this.page.waitForTimeout(ms);
    expect(await this.state()).toBeNull();
  }

  /** Waits until the card has gone (the child closed it, or it closed itself). */
  async expectGone(options: { timeout?: number } = {}): Promise<void> {
    await expect
      .poll(() => this.state(), { timeout: options.timeout ?? 10_000, message: 'the card goes away' })
      .toBeNull();
  }

  /** The card's visible words. */
  async text(): Promise<string> {
    const { card } = await this.require();
    return this.call(card.backendNodeId, (el: HTMLElement) => el.innerText);
  }

  /**
   * Runs `fn(card, arg)` on the card element (`.card`) inside the page and returns what it returns (JSON-able), for
   * what the named views don't cover (a computed style, a class, a part of the text).
   */
  async evaluate<T, A = undefined>(fn: (card: HTMLElement, arg: A) => T, arg?: A): Promise<Awaited<T>> {
    const { card } = await this.require();
    return this.call(card.backendNodeId, fn as (node: never, arg: A) => T, arg);
  }

  /** The card's box in the viewport (CSS pixels). */
  async box(): Promise<Box> {
    const { card } = await this.require();
    return this.call(card.backendNodeId, (el: HTMLElement) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }

  /**
   * The card's buttons as the browser's accessibility tree names them (what a screen reader says), with whether each
   * can be pressed.
   */
  async buttons(): Promise<(CardButton & { backendNodeId: number })[]> {
    const found = await this.find();
    return found ? cardButtons(await this.cdp(), found) : [];
  }

  /** The first button whose accessible name matches, or null. */
  async button(name: ButtonName | RegExp): Promise<CardButton | null> {
    const pattern = typeof name === 'string' ? BUTTONS[name] : name;
    const hit = (await this.buttons()).find((b) => pattern.test(b.name));
    return hit ? { name: hit.name, enabled: hit.enabled } : null;
  }

  /** Waits until the named button is there (and, when given, enabled or disabled, or named so). */
  async expectButton(
    name: ButtonName | RegExp,
    want: { enabled?: boolean; name?: string | RegExp } = {},
    options: { timeout?: number } = {},
  ): Promise<CardButton> {
    let last: CardButton | null = null;
    await expect
      .poll(
        async () => {
          last = await this.button(name);
          if (!last) return false;
          if (want.enabled !== undefined && last.enabled !== want.enabled) return false;
          if (want.name !== undefined) {
            return typeof want.name === 'string' ? last.name === want.name : want.name.test(last.name);
          }
          return true;
        },
        { timeout: options.timeout ?? 10_000, message: `button ${String(name)} ${JSON.stringify(want)}` },
      )
      .toBe(true);
    return last!;
  }

  /**
   * Whether the child can see the card: it is in the page and the browser's own hit test at its centre lands on it
   * (nothing of the page's covers it).
   */
  async visible(): Promise<boolean> {
    const found = await this.find();
    if (!found) return false;
    const cdp = await this.cdp();
    const point = await centreOf(cdp, found.card.backendNodeId);
    return point !== null && (await hits(cdp, found.card, point));
  }

  /**
   * Presses the card's button whose accessible name matches, as the child would: waits until it is there, enabled,
   * still, and really what is under the pointer at its centre, then clicks there with the browser's trusted input.
   */
  async press(name: ButtonName | RegExp, options: { timeout?: number } = {}): Promise<void> {
    const pattern = typeof name === 'string' ? BUTTONS[name] : name;
    const cdp = await this.cdp();
    let point: { x: number; y: number } | null = null;
    await expect
      .poll(async () => (point = await readyButton(cdp, pattern)) !== null, {
        timeout: options.timeout ?? 10_000,
        message: `press ${String(name)} on the card`,
      })
      .toBe(true);
    await clickAt(cdp, point!);
  }

  /** The element focused inside the card, described as `tag:text` (e.g. `button:Kembali`), or null. */
  async focused(): Promise<string | null> {
    const found = await this.find();
    if (!found) return null;
    return this.call(found.shadow.backendNodeId, (root: ShadowRoot) => {
      const active = root.activeElement as HTMLElement | null;
      if (!active) return null;
      return `${active.tagName.toLowerCase()}:${active.textContent?.trim() ?? ''}`;
    });
  }

  /** Text that spills out of its box inside the card (checked at 200 % zoom). */
  async overflowingText(): Promise<string[]> {
    const { shadow } = await this.require();
    return this.call(shadow.backendNodeId, (root: ShadowRoot) => {
      const out: string[] = [];
      for (const el of root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, p, li, button, label, summary, select')) {
        if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
        // Screen-reader-only text is clipped on purpose.
        if (el.closest('.sr-only')) continue;
        if (el.scrollWidth > el.clientWidth + 1)
          out.push(`${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 40)}`);
      }
      return out;
    });
  }

  /**
   * axe-core on the card, in the page as the child sees it: no serious or critical violations.
   *
   * axe can't enter a closed shadow root (it reads `element.shadowRoot`, which is null from outside). So axe runs in
   * the test's own isolated world, and there — only there, a world no page script shares — the host's `shadowRoot`
   * is given the real closed root that DevTools handed over (`DOM.resolveNode`). axe then walks the card's real,
   * rendered tree with all its rules (names, roles, contrast, focus order), instead of a copy of the card in another
   * page that could drift from what the child gets. The check proves axe really looked inside: it must have passed
   * rules on the card's buttons.
   */
  async expectAccessible(): Promise<void> {
    const { host, shadow } = await this.require();
    const cdp = await this.cdp();
    const contextId = await this.contextId(true);
    const hostId = await this.objectId(host.backendNodeId);
    const shadowId = await this.objectId(shadow.backendNodeId);
    await cdp.send('Runtime.evaluate', { expression: AXE_SOURCE, contextId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: hostId,
      functionDeclaration: `async function (root) {
        Object.defineProperty(this, 'shadowRoot', { value: root, configurable: true });
        const results = await axe.run(this, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        });
        const pick = (list) => list.map((r) => ({ id: r.id, impact: r.impact, help: r.help,
          nodes: r.nodes.map((n) => JSON.stringify(n.target)) }));
        return { violations: pick(results.violations), passes: pick(results.passes) };
      }`,
      arguments: [{ objectId: shadowId }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    const { violations, passes } = result.value as Record<
      'violations' | 'passes',
      { id: string; impact: string | null; help: string; nodes: string[] }[]
    >;
    const bad = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(', ')}`);
    expect(bad, bad.join('\n')).toEqual([]);
    // axe saw inside the closed root: it checked the card's buttons.
    expect(passes.find((p) => p.id === 'button-name')?.nodes.length ?? 0).toBeGreaterThan(0);
  }
}
