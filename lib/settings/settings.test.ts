import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from './defaults';
import { repairSettings } from './repair';

describe('repairSettings', () => {
  test('a stored phrase the engine cannot read costs only itself: the other phrases stay (issue #15)', () => {
    const good = { category: 'gifts' as const, phrase: 'koin emas gratis' };
    const { settings, invalid } = repairSettings({ extraPhrases: [{ category: 'secrecy', phrase: '++' }, good] });
    expect(settings.extraPhrases).toEqual([good]);
    expect(invalid).toEqual(['extraPhrases']);
  });

  test('nothing stored gives the defaults', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
  });

  test('a corrupt field falls back alone; the parent’s other choices survive', () => {
    const { settings, invalid } = repairSettings({ guidanceLevel: 'nuclear', language: 'en', retentionDays: 14 });
    expect(settings.guidanceLevel).toBe(DEFAULT_SETTINGS.guidanceLevel);
    expect(settings.language).toBe('en');
    expect(settings.retentionDays).toBe(14);
    expect(invalid).toEqual(['guidanceLevel']);
  });

  test.each([null, 42, 'settings', []])('a non-object (%j) gives the defaults', (raw) => {
    expect(repairSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
  });
});
