import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from './defaults';
import { effectiveSettings, parsePolicy } from './policy';

describe('parsePolicy', () => {
  test('valid keys apply, bad and unknown ones are listed', () => {
    const { policy, problems } = parsePolicy({ guidanceLevel: 'protective', ageBand: 'toddler', bogus: 1 });
    expect(policy).toEqual({ guidanceLevel: 'protective' });
    expect(problems.map((p) => [p.key, p.code]).sort()).toEqual([
      ['ageBand', 'invalid-value'],
      ['bogus', 'unknown-key'],
    ]);
    expect(problems.find((p) => p.key === 'ageBand')?.message).toMatch(/6-9/);
  });

  test('a school may set the children’s language to Javanese (issue #14)', () => {
    expect(parsePolicy({ language: 'jv' })).toEqual({ policy: { language: 'jv' }, problems: [] });
    const { settings, locked } = effectiveSettings(DEFAULT_SETTINGS, { language: 'jv' });
    expect(settings.language).toBe('jv');
    expect(locked.has('language')).toBe(true);
    expect(parsePolicy({ language: 'su' }).problems.map((p) => p.key)).toEqual(['language']);
  });

  test.each([null, undefined, {}])('no policy (%j) is no problem', (raw) => {
    expect(parsePolicy(raw)).toEqual({ policy: {}, problems: [] });
  });

  test('a policy that is not an object is reported, not thrown', () => {
    expect(parsePolicy('protective').problems).toEqual([
      { key: '(policy)', code: 'not-an-object', message: expect.any(String) },
    ]);
  });
});

describe('effectiveSettings', () => {
  test('a school value wins over the parent and is locked', () => {
    const parent = { ...DEFAULT_SETTINGS, guidanceLevel: 'gentle' as const, language: 'en' as const };
    const { settings, locked } = effectiveSettings(parent, { guidanceLevel: 'protective' });
    expect(settings.guidanceLevel).toBe('protective');
    expect(settings.language).toBe('en');
    expect([...locked]).toEqual(['guidanceLevel']);
  });

  test('lab mode turns snippets off whatever else says', () => {
    const { settings, locked } = effectiveSettings({ ...DEFAULT_SETTINGS, keepSnippets: true }, { labMode: true });
    expect(settings.keepSnippets).toBe(false);
    expect(locked.has('keepSnippets')).toBe(true);
  });

  test('school lab mode makes the school counsellor the only trusted adult', () => {
    const parent = { ...DEFAULT_SETTINGS, trustedAdult: { name: 'Mama', phone: '0812' } };
    const counsellor = { name: 'Pak Budi', role: 'Guru BK' };
    expect(effectiveSettings(parent, { labMode: true, trustedAdult: counsellor }).settings.trustedAdult).toEqual(
      counsellor,
    );
    // Without a counsellor in the policy nobody's private contact is offered: "Get help" falls back to SAPA 129.
    const { settings, locked } = effectiveSettings(parent, { labMode: true });
    expect(settings.trustedAdult).toBeNull();
    expect(locked.has('trustedAdult')).toBe(true);
  });

  test('categoryActions with an unknown category is reported, not half-applied', () => {
    const { policy, problems } = parsePolicy({ categoryActions: { secrecy: 'warn', bogus: 'tip' } });
    expect(policy.categoryActions).toBeUndefined();
    expect(problems.map((p) => p.key)).toEqual(['categoryActions']);
  });
});
