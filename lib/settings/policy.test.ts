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

  test('odd extra phrases are skipped one by one, with the reason; the good ones still apply (issue #15)', () => {
    const { policy, problems } = parsePolicy({
      extraPhrases: [
        { category: 'secrecy', phrase: '++' },
        { category: 'gifts', phrase: '©©®' },
        { category: 'gifts', phrase: '✨✨' },
        { category: 'gifts', phrase: 'ok ++ ok' },
        { category: 'gifts', phrase: 'koin emas gratis' },
        { category: 'meet_offline', phrase: Array.from({ length: 30 }, () => 'a').join(' ') },
      ],
    });
    // Emoji the engine reads and a phrase with a stray "++" are usable: they read as the words in them.
    expect(policy.extraPhrases?.map((p) => p.phrase)).toEqual(['✨✨', 'ok ++ ok', 'koin emas gratis']);
    expect(problems).toEqual([
      { key: 'extraPhrases[0]', code: 'phrase-skipped', message: expect.stringMatching(/^"\+\+" has no letter/) },
      { key: 'extraPhrases[1]', code: 'phrase-skipped', message: expect.stringMatching(/has no letter/) },
      { key: 'extraPhrases[5]', code: 'phrase-skipped', message: expect.stringMatching(/more than 24 words/) },
    ]);
  });

  test('an extraPhrases list that is too long is one problem, not 2,001', () => {
    const phrases = Array.from({ length: 2001 }, (_, i) => ({ category: 'gifts', phrase: `koin ${i}` }));
    const { policy, problems } = parsePolicy({ extraPhrases: phrases, guidanceLevel: 'guided' });
    expect(policy).toEqual({ guidanceLevel: 'guided' });
    expect(problems).toEqual([{ key: 'extraPhrases', code: 'invalid-value', message: 'more than 2000 phrases' }]);
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
