import { describe, expect, test } from 'vitest';
import { pickVoice } from '../speech';

const voice = (name: string, lang: string, localService = true) =>
  ({ name, lang, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

describe('pickVoice', () => {
  test('prefers the exact language and region, on the device', () => {
    const voices = [voice('GB', 'en-GB'), voice('US', 'en-US'), voice('ID', 'id-ID')];
    expect(pickVoice(voices, 'en')?.name).toBe('US');
    expect(pickVoice(voices, 'id')?.name).toBe('ID');
  });

  test('never uses an online voice: it would send the text to a server', () => {
    expect(pickVoice([voice('Google Bahasa Indonesia', 'id-ID', false)], 'id')).toBeNull();
  });

  test('understands the old code `in` for Indonesian, and reads Javanese with an Indonesian voice', () => {
    expect(pickVoice([voice('Android', 'in_ID')], 'id')?.name).toBe('Android');
    expect(pickVoice([voice('ID', 'id-ID')], 'jv')?.name).toBe('ID');
    expect(pickVoice([voice('JV', 'jv-ID'), voice('ID', 'id-ID')], 'jv')?.name).toBe('JV');
  });

  test('no voice at all', () => {
    expect(pickVoice([], 'en')).toBeNull();
  });
});
