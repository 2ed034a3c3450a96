import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { effectiveSettings, parsePolicy } from '../settings/policy';
import { schoolStatus } from './status';

function statusOf(raw: unknown) {
  const { policy, problems } = parsePolicy(raw);
  return schoolStatus(policy, effectiveSettings(DEFAULT_SETTINGS, policy, problems));
}

describe('schoolStatus', () => {
  test('no policy: not managed, nothing locked, nothing wrong', () => {
    expect(statusOf({})).toEqual({
      managed: false,
      labMode: false,
      policy: {},
      locked: [],
      problems: [],
      warnings: [],
    });
  });

  test('a partial, partly malformed policy: the valid keys apply and lock, the bad ones are listed', () => {
    const status = statusOf({ guidanceLevel: 'protective', ageBand: 'toddler', retentionDays: 999, colour: 'red' });
    expect(status.managed).toBe(true);
    expect(status.policy).toEqual({ guidanceLevel: 'protective' });
    expect(status.locked).toEqual(['guidanceLevel']);
    expect(status.problems.map((p) => p.key).sort()).toEqual(['ageBand', 'colour', 'retentionDays']);
    for (const p of status.problems) expect(p.message.length).toBeGreaterThan(0);
  });

  test('lab mode locks snippets and the trusted adult to the school counsellor', () => {
    const counsellor = { name: 'Bu Sari', role: 'Guru BK', whatsapp: '+62 812 0000 0000' };
    const status = statusOf({ labMode: true, trustedAdult: counsellor });
    expect(status.labMode).toBe(true);
    expect(status.locked).toEqual(['keepSnippets', 'labMode', 'trustedAdult']);
    expect(status.warnings).toEqual([]);
  });

  test('lab mode without a counsellor is valid but gets a warning, as does keepSnippets in lab mode', () => {
    const status = statusOf({ labMode: true, keepSnippets: true });
    expect(status.problems).toEqual([]);
    expect(status.warnings.map((w) => [w.key, w.code])).toEqual([
      ['trustedAdult', 'no-counsellor'],
      ['keepSnippets', 'snippets-in-lab'],
    ]);
  });

  test('a placeholder left from the sample policy files is pointed out', () => {
    const status = statusOf({ trustedAdult: { name: 'REPLACE_WITH_COUNSELLOR_NAME', role: 'Guru BK' } });
    expect(status.problems).toEqual([]);
    expect(status.warnings.map((w) => [w.key, w.code])).toEqual([['trustedAdult', 'placeholder']]);
  });
});
