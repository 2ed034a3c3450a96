// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { DailyCount } from '@/lib/school/report';
import { schoolStatus } from '@/lib/school/status';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { effectiveSettings, parsePolicy } from '@/lib/settings/policy';
import { policyValueText, SchoolPanel } from '../pages/school';
import { reactRoot } from '@/tests/unit/support/react-root';

const dom = reactRoot();

const counsellor = { name: 'Bu Sari', role: 'Guru BK', whatsapp: '+62 812 0000 0000' };

function statusOf(raw: unknown) {
  const { policy, problems } = parsePolicy(raw);
  return schoolStatus(policy, effectiveSettings({ ...DEFAULT_SETTINGS, keepSnippets: true }, policy, problems));
}

const counts: DailyCount[] = [
  { day: '2026-03-02', category: 'secrecy', count: 2 },
  { day: '2026-03-02', category: 'gifts', count: 1 },
  { day: '2026-03-04', category: 'secrecy', count: 1 },
];

const text = (selector: string) => dom.container.querySelector(selector)?.textContent ?? '';

describe('the school panel', () => {
  test('a lab policy with a bad key: what applies, what it locks, what was ignored and why, in Indonesian', () => {
    const status = statusOf({
      labMode: true,
      guidanceLevel: 'protective',
      trustedAdult: counsellor,
      ageBand: 'toddler',
    });
    act(() => dom.root.render(<SchoolPanel lang="id" status={status} counts={counts} onDownload={async () => null} />));

    expect(text('[data-testid=school-mode]')).toContain('Ini komputer sekolah yang dipakai bersama (mode lab).');
    expect(text('[data-testid=school-problems] li[data-key=ageBand]')).toMatch(/Nilainya tidak sah.*Rincian:/);
    expect(text('[data-testid=school-warnings]')).toBe('');
    expect(text('[data-testid=school-policy] tr[data-key=guidanceLevel]')).toBe('Tingkat panduanguidanceLevelLindungi');
    expect(text('[data-testid=school-policy] tr[data-key=trustedAdult] td:last-child')).toBe(
      'Bu Sari (Guru BK) · Nomor WhatsApp +62 812 0000 0000',
    );
    expect(text('[data-testid=school-policy] tr[data-key=labMode] td:last-child')).toBe('Ya');
    expect(dom.container.querySelector('[data-testid=school-policy] tr[data-key=ageBand]')).toBeNull();
    // Lab mode locks snippets too, though the policy does not name them.
    expect(text('[data-testid=school-locked] li[data-key=keepSnippets]')).toBe(
      'Simpan potongan pesan (karena mode lab)',
    );
    expect(text('[data-testid=school-locked] li[data-key=guidanceLevel]')).toBe('Tingkat panduan');
  });

  test('the report: days recorded, the latest days first with their kinds, and the download', async () => {
    const onDownload = vi.fn(async () => 'kawan-aman-school-report-2026-03-04.csv');
    act(() =>
      dom.root.render(
        <SchoolPanel lang="en" status={statusOf({ labMode: true })} counts={counts} onDownload={onDownload} />,
      ),
    );
    const report = text('[data-testid=school-report]');
    expect(report).toContain('3 days recorded, from 2 March 2026 to 4 March 2026.');
    const rows = [...dom.container.querySelectorAll('[data-testid=school-days] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-day'))).toEqual(['2026-03-04', '2026-03-03', '2026-03-02']);
    expect(rows[2]!.textContent).toContain('Asked to keep a secret 2 · Offered gifts 1');
    // No counsellor in a lab policy is worth a warning, in plain words.
    expect(text('[data-testid=school-warnings]')).toContain('"Get help" offers SAPA 129 only');

    const button = [...dom.container.querySelectorAll('button')].find((b) => b.textContent?.includes('CSV'))!;
    await act(async () => button.click());
    expect(onDownload).toHaveBeenCalledOnce();
    expect(text('[data-testid=school-report-message]')).toBe('kawan-aman-school-report-2026-03-04.csv was downloaded.');
  });

  test('no policy and nothing recorded: says so plainly', () => {
    act(() =>
      dom.root.render(<SchoolPanel lang="en" status={statusOf({})} counts={[]} onDownload={async () => null} />),
    );
    expect(dom.container.textContent).toContain('This browser has no school policy for Kawan Aman.');
    expect(dom.container.textContent).toContain('Nothing has been recorded on this computer yet.');
    expect(dom.container.querySelector('[data-testid=school-policy]')).toBeNull();
  });
});

describe('policyValueText', () => {
  test.each([
    ['retentionDays', 14, 'id', '14 hari'],
    ['language', 'en', 'id', 'English'],
    ['keepSnippets', false, 'en', 'No'],
    [
      'categoryActions',
      { secrecy: 'warn', gifts: 'block' },
      'en',
      'Asked to keep a secret: Warning; Offered gifts: Block',
    ],
    ['categoryActions', {}, 'en', 'None'],
    ['localService', { name: 'UPTD PPA Jember', phone: '0331 000000' }, 'en', 'UPTD PPA Jember · Phone 0331 000000'],
    [
      'extraPhrases',
      [{ category: 'gifts', phrase: 'top up gratis', lang: 'id' }],
      'en',
      '“top up gratis” (Offered gifts, Indonesian)',
    ],
  ] as const)('%s = %j (%s)', (key, value, lang, expected) => {
    expect(policyValueText(key, value as never, lang)).toBe(expected);
  });

  test('a long list of sites shows the first twelve and how many more', () => {
    const sites = Array.from({ length: 15 }, (_, i) => `site${i}.example`);
    const value = policyValueText('blockSites', sites, 'en');
    expect(value.startsWith('site0.example, site1.example')).toBe(true);
    expect(value.endsWith('site11.example and 3 more')).toBe(true);
  });
});
