// @vitest-environment happy-dom
import { act } from 'react';
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { PolicyProblemsNote } from '../pages/policy-problems';
import { SettingsPage } from '../pages/settings';
import { CategoriesSection, LevelSection } from '../sections/guidance';
import { SitesSection } from '../sections/lists';
import { PrivacySection } from '../sections/other';
import { AdultSection } from '../sections/people';
import { GrantProvider } from '../state/grant';
import { reactRoot } from '@/tests/unit/support/react-root';

const dom = reactRoot();

const render = (node: React.ReactNode) => act(() => dom.root.render(<GrantProvider lang="en">{node}</GrantProvider>));

test('a value the school manages is shown read-only, with who manages it, and no save button', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, guidanceLevel: 'protective', language: 'en' };
  render(<LevelSection lang="en" settings={settings} locked={new Set<keyof Settings>(['guidanceLevel'])} />);
  expect(dom.container.textContent).toContain('Managed by your school');
  const radios = [...dom.container.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  expect(radios.find((r) => r.checked)?.value).toBe('protective');
  expect(dom.container.querySelector('fieldset')!.disabled).toBe(true);
  expect([...dom.container.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Save');
});

test('an unlocked section can be changed and saved', () => {
  render(<CategoriesSection lang="id" settings={DEFAULT_SETTINGS} locked={new Set()} />);
  expect(dom.container.textContent).not.toContain('Diatur oleh sekolah');
  expect(dom.container.querySelectorAll('select:not([disabled])')).toHaveLength(13);
  expect([...dom.container.querySelectorAll('button')].map((b) => b.textContent)).toContain('Simpan');
});

test('policy problems are listed for the admin, and nothing is shown without problems', () => {
  render(
    <PolicyProblemsNote
      lang="id"
      problems={[
        { key: 'ageBand', code: 'invalid-value', message: 'Invalid option: expected one of "6-9"|"10-12"|"13-17"' },
        { key: 'bogus', code: 'unknown-key', message: 'unknown key; it was ignored' },
      ]}
    />,
  );
  expect(dom.container.textContent).toContain('Catatan untuk admin sekolah');
  expect(dom.container.querySelectorAll('li')).toHaveLength(2);
  // In the admin's language, with the technical detail for a bad value, and a way to the school panel.
  expect(dom.container.querySelector('li[data-key=bogus]')!.textContent).toContain('tidak dikenal');
  expect(dom.container.querySelector('li[data-key=ageBand]')!.textContent).toMatch(
    /tidak sah.*Rincian: Invalid option/,
  );
  expect(dom.container.querySelector('a[href="#/school"]')).not.toBeNull();
  render(<PolicyProblemsNote lang="id" problems={[]} />);
  expect(dom.container.querySelector('[data-testid=policy-problems]')).toBeNull();
});

test('a lab PC locks the counsellor but not the local service: the adult part says who manages it', () => {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    trustedAdult: { name: 'Bu Sari', role: 'Guru BK', whatsapp: '+62 812 0000 0000' },
  };
  render(<AdultSection lang="en" settings={settings} locked={new Set<keyof Settings>(['trustedAdult'])} />);
  const [adult, service] = [...dom.container.querySelectorAll('fieldset')];
  expect(adult!.disabled).toBe(true);
  expect(adult!.textContent).toContain('Managed by your school');
  expect(dom.container.querySelector<HTMLInputElement>('input[name=name]')!.value).toBe('Bu Sari');
  expect(service!.disabled).toBe(false);
  expect(service!.textContent).not.toContain('Managed by your school');
  expect([...dom.container.querySelectorAll('button')].map((b) => b.textContent)).toContain('Save');
});

test('lab mode forces snippets off: the checkbox says so even where the retention is the parent’s', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, keepSnippets: false, labMode: true };
  render(<PrivacySection lang="id" settings={settings} locked={new Set<keyof Settings>(['keepSnippets'])} />);
  const [snippets, days] = [...dom.container.querySelectorAll('input')];
  expect(snippets!.checked).toBe(false);
  expect(snippets!.disabled).toBe(true);
  expect(snippets!.closest('.check-row')!.textContent).toContain('Diatur oleh sekolah');
  expect(days!.disabled).toBe(false);
  expect(days!.closest('.field')!.textContent).not.toContain('Diatur oleh sekolah');
});

test('one list of sites locked, the other the parent’s', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, blockSites: ['judi.example'] };
  render(<SitesSection lang="en" settings={settings} locked={new Set<keyof Settings>(['blockSites'])} />);
  const block = dom.container.querySelector('[data-testid=block-sites]')!;
  const allow = dom.container.querySelector('[data-testid=allow-sites]')!;
  expect(block.textContent).toContain('Managed by your school');
  expect(block.querySelector('input')).toBeNull();
  expect(allow.textContent).not.toContain('Managed by your school');
  expect(allow.querySelector('input')).not.toBeNull();
});

test('on a shared school computer every setting is shown and none can be changed', () => {
  const effective = {
    settings: { ...DEFAULT_SETTINGS, labMode: true, guidanceLevel: 'protective' as const },
    locked: new Set<keyof Settings>(['labMode', 'guidanceLevel', 'keepSnippets', 'trustedAdult']),
    problems: [],
  };
  render(<SettingsPage lang="en" effective={effective} readOnly />);
  expect(dom.container.querySelector('[data-testid=settings-read-only]')!.textContent).toContain(
    'shared school computer',
  );
  const controls = [...dom.container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
  expect(controls.length).toBeGreaterThan(20);
  // Each sits in a disabled fieldset, which disables it (happy-dom lacks `:disabled` for that; e2e checks the real one).
  expect(controls.filter((c) => !c.closest('fieldset[disabled]'))).toEqual([]);
  expect(dom.container.querySelector('section#pin')).toBeNull();
  // Only what the school set carries the badge; the rest are Kawan Aman's defaults.
  expect(dom.container.querySelector('section#level')!.textContent).toContain('Managed by your school');
  expect(dom.container.querySelector('section#age')!.textContent).not.toContain('Managed by your school');
  // Clicking a card of a read-only choice changes nothing.
  const gentle = [...dom.container.querySelectorAll<HTMLElement>('section#level .card')][0]!;
  act(() => gentle.click());
  expect(dom.container.querySelector<HTMLInputElement>('section#level input:checked')!.value).toBe('protective');
});
