// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { PolicyProblemsNote } from '../pages/policy-problems';
import { CategoriesSection, LevelSection } from '../sections/guidance';
import { GrantProvider } from '../state/grant';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const render = (node: React.ReactNode) => act(() => root.render(<GrantProvider lang="en">{node}</GrantProvider>));

test('a value the school manages is shown read-only, with who manages it, and no save button', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, guidanceLevel: 'protective', language: 'en' };
  render(<LevelSection lang="en" settings={settings} locked={new Set<keyof Settings>(['guidanceLevel'])} />);
  expect(container.textContent).toContain('Managed by your school');
  const radios = [...container.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  expect(radios.find((r) => r.checked)?.value).toBe('protective');
  expect(container.querySelector('fieldset')!.disabled).toBe(true);
  expect([...container.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Save');
});

test('an unlocked section can be changed and saved', () => {
  render(<CategoriesSection lang="id" settings={DEFAULT_SETTINGS} locked={new Set()} />);
  expect(container.textContent).not.toContain('Diatur oleh sekolah');
  expect(container.querySelectorAll('select:not([disabled])')).toHaveLength(13);
  expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toContain('Simpan');
});

test('policy problems are listed for the admin, and nothing is shown without problems', () => {
  render(
    <PolicyProblemsNote
      lang="id"
      problems={[
        { key: 'ageBand', message: 'Invalid option: expected one of "6-9"|"10-12"|"13-17"' },
        { key: 'bogus', message: 'unknown key; it was ignored' },
      ]}
    />,
  );
  expect(container.textContent).toContain('Catatan untuk admin sekolah');
  expect(container.querySelectorAll('li')).toHaveLength(2);
  render(<PolicyProblemsNote lang="id" problems={[]} />);
  expect(container.querySelector('[data-testid=policy-problems]')).toBeNull();
});
