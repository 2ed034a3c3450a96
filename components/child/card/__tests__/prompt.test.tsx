// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PromptData } from '@/lib/messages/types';
import { Prompt, TIP_AUTO_HIDE_MS } from '../prompt';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TIP: PromptData = {
  promptId: '3',
  action: 'tip',
  risk: 'low',
  categories: ['secrecy'],
  language: 'id',
  ageBand: '10-12',
  helpFirst: false,
  continueDelaySeconds: 0,
};

let container: HTMLElement;
let root: Root;

function render(data: PromptData, onChoice = vi.fn(), onHide = vi.fn()) {
  act(() => root.render(<Prompt data={data} onChoice={onChoice} onHide={onHide} />));
  return { onChoice, onHide };
}

function button(name: RegExp): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

describe('the tip', () => {
  test('goes away by itself after a while, without recording a choice', () => {
    const { onHide, onChoice } = render(TIP);
    act(() => vi.advanceTimersByTime(TIP_AUTO_HIDE_MS - 100));
    expect(onHide).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(200));
    expect(onHide).toHaveBeenCalledTimes(1);
    expect(onChoice).not.toHaveBeenCalled();
  });

  test('stays while the child points at it or is in it', () => {
    const { onHide } = render(TIP);
    const card = container.querySelector('section')!;
    act(() => {
      card.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body }));
    });
    act(() => vi.advanceTimersByTime(TIP_AUTO_HIDE_MS * 2));
    expect(onHide).not.toHaveBeenCalled();
    act(() => {
      card.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    });
    act(() => vi.advanceTimersByTime(TIP_AUTO_HIDE_MS + 10));
    expect(onHide).toHaveBeenCalled();
  });

  test('at high risk it does not go away by itself, and help comes first', () => {
    const { onHide } = render({ ...TIP, risk: 'high', helpFirst: true });
    act(() => vi.advanceTimersByTime(TIP_AUTO_HIDE_MS * 3));
    expect(onHide).not.toHaveBeenCalled();
    expect(container.querySelector('button.help.big')).not.toBeNull();
  });

  test('Escape and the close button dismiss it; "why" explains in child words', () => {
    const { onChoice } = render(TIP);
    act(() => button(/Kenapa aku melihat ini/).click());
    expect(container.textContent).toContain('Kamu tidak salah');
    const card = container.querySelector('section')!;
    act(() => {
      card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onChoice).toHaveBeenLastCalledWith('dismiss');
    act(() => (container.querySelector('button.icon') as HTMLButtonElement).click());
    expect(onChoice).toHaveBeenCalledTimes(2);
  });

  test('takes no focus', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    render(TIP);
    expect(document.activeElement).toBe(input);
    input.remove();
  });
});

describe('the warning card', () => {
  const WARN: PromptData = { ...TIP, action: 'warn', risk: 'medium' };

  test('"Leave this page" is first and focused; the choices are recorded', () => {
    const { onChoice } = render({ ...WARN, language: 'en' });
    expect(document.activeElement?.textContent).toBe('Leave this page');
    act(() => button(/I understand, continue/).click());
    expect(onChoice).toHaveBeenLastCalledWith('continue');
    act(() => button(/Leave this page/).click());
    expect(onChoice).toHaveBeenLastCalledWith('back');
    act(() => button(/Get help/).click());
    expect(onChoice).toHaveBeenLastCalledWith('help');
  });

  test('at high risk "continue" waits the seconds the decision asks for', () => {
    render({ ...WARN, risk: 'high', helpFirst: true, continueDelaySeconds: 5 });
    const next = () => container.querySelector('button.continue') as HTMLButtonElement;
    expect(next().disabled).toBe(true);
    expect(next().textContent).toBe('Lanjut dalam 5 detik');
    for (let i = 0; i < 2; i++) act(() => vi.advanceTimersByTime(1000));
    expect(next().textContent).toBe('Lanjut dalam 3 detik');
    for (let i = 0; i < 3; i++) act(() => vi.advanceTimersByTime(1000));
    expect(next().disabled).toBe(false);
    expect(next().textContent).toBe('Saya mengerti, lanjut');
  });

  test('Escape does not close it', () => {
    const { onChoice } = render(WARN);
    act(() => {
      container.querySelector('section')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onChoice).not.toHaveBeenCalled();
  });
});

describe('the words: what happened, why it matters, one thing to do (issue #14)', () => {
  const visible = () => container.querySelector('section')!.textContent ?? '';

  test('a meeting proposed in a chat is told as a meeting, with its reason on the card', () => {
    render({
      ...TIP,
      categories: ['personal_info', 'meet_offline'],
      story: { category: 'meet_offline', context: 'chat' },
    });
    expect(container.querySelector('.lead')?.textContent).toBe('Ada yang mengajakmu ketemuan.');
    expect(container.querySelector('.why-line')?.textContent).toMatch(/berbohong tentang umur/);
    expect(container.querySelector('.todo-text')?.textContent).toMatch(/^Jangan pergi menemuinya/);
    // The reason is visible, not folded behind "why am I seeing this?".
    expect((container.querySelector('.why-line') as HTMLElement).closest('[hidden]')).toBeNull();
  });

  test('a free-VPN search is told as a search, in Javanese for a Jember child', () => {
    render({
      ...TIP,
      language: 'jv',
      ageBand: '6-9',
      categories: ['vpn_bypass'],
      story: { category: 'vpn_bypass', context: 'search' },
    });
    expect(container.querySelector('.lead')?.textContent).toBe('Koen lagi nggoleki aplikasi VPN.');
    expect(container.querySelector('section')?.getAttribute('lang')).toBe('jv');
    expect(visible()).toContain('Njaluk tulung');
  });

  test('a card from an older background (no story) tells its strongest category', () => {
    render({ ...TIP, categories: ['gifts', 'meet_offline'] });
    expect(container.querySelector('.lead')?.textContent).toBe('Ada yang mengajakmu ketemuan.');
  });

  test('on the warning page, a line first says why the card opened in a tab of its own', () => {
    act(() =>
      root.render(
        <Prompt data={{ ...TIP, action: 'warn', risk: 'medium' }} onChoice={vi.fn()} onHide={vi.fn()} note="Pindah." />,
      ),
    );
    const body = container.querySelector('.body')!;
    expect(body.firstElementChild?.className).toBe('note');
    expect(body.firstElementChild?.textContent).toBe('Pindah.');
    expect(body.firstElementChild?.nextElementSibling?.className).toBe('lead');
    // Without a note (in the page, in the gallery) there is none.
    render(TIP);
    expect(container.querySelector('.body .note')).toBeNull();
  });

  test('read-aloud is offered only where the device has a voice', () => {
    render(TIP);
    expect(container.querySelector('button.read-aloud')).toBeNull();
    expect(visible()).not.toMatch(/belum tersedia/);
  });
});
