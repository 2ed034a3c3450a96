import type { ChildLang } from '@/locales';

/** The BCP 47 tag an utterance is spoken in. Javanese is read by an Indonesian voice where no Javanese one exists. */
export const SPEECH_LANG: Record<ChildLang, string> = { id: 'id-ID', en: 'en-US', jv: 'jv-ID' };

// Android and older engines still report Indonesian as `in`, Javanese as `jw`.
const PREFIXES: Record<ChildLang, string[]> = { id: ['id', 'in'], en: ['en'], jv: ['jv', 'jw', 'id', 'in'] };

/**
 * The voice to read with, or null when there is none. Only voices on the device (`localService`) qualify: Chrome's
 * online voices send the text to a server, and Kawan Aman makes no network request, ever.
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: ChildLang): SpeechSynthesisVoice | null {
  const local = voices.filter((v) => v.localService);
  const tag = SPEECH_LANG[lang].toLowerCase();
  for (const prefix of PREFIXES[lang]) {
    const matching = local.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === prefix);
    if (matching.length === 0) continue;
    return matching.find((v) => v.lang.toLowerCase().replace('_', '-') === tag) ?? matching[0]!;
  }
  return null;
}
