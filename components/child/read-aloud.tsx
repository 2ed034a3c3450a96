import { useCallback, useEffect, useState } from 'react';
import { childWords } from '@/locales/child';
import type { ChildLang } from '@/locales';
import { pickVoice } from './speech';

function synth(): SpeechSynthesis | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}

export interface Speech {
  available: boolean;
  speaking: boolean;
  speak(text: string): void;
  stop(): void;
}

/** Speech synthesis in the child's language, with a device voice only; `available` is false where there is none. */
export function useSpeech(lang: ChildLang): Speech {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => {
    const s = synth();
    return s ? pickVoice(s.getVoices(), lang) : null;
  });
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const s = synth();
    if (!s) return;
    // Voices often arrive a moment after the page loads.
    const update = () => setVoice(pickVoice(s.getVoices(), lang));
    update();
    s.addEventListener('voiceschanged', update);
    return () => s.removeEventListener('voiceschanged', update);
  }, [lang]);

  // Stop talking when the surface goes away.
  useEffect(() => {
    if (!speaking) return;
    return () => synth()?.cancel();
  }, [speaking]);

  const speak = useCallback(
    (text: string) => {
      const s = synth();
      if (!s || !voice) return;
      s.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.95;
      utterance.onend = () => setSpeaking(false);
      utterance.onerror = () => setSpeaking(false);
      s.speak(utterance);
      setSpeaking(true);
    },
    [voice],
  );

  const stop = useCallback(() => {
    synth()?.cancel();
    setSpeaking(false);
  }, []);

  return { available: voice !== null, speaking, speak, stop };
}

interface ReadAloudProps {
  /** The surface's language: the button's own words, and the text's (Javanese is read by an Indonesian voice). */
  lang: ChildLang;
  /** Called when the child presses the button, so the text is always what is on screen now. */
  text: () => string;
  className?: string;
}

/**
 * "Bacakan / Read aloud": reads the card in the child's language. Offered only where the device has a voice for it
 * (issue #14): a button that can only say "no voice here" is one more thing for a small child to read.
 */
export function ReadAloudButton({ lang, text, className }: ReadAloudProps) {
  const w = childWords[lang];
  const speech = useSpeech(lang);
  if (!speech.available) return null;
  return (
    <button
      type="button"
      className={`quiet read-aloud ${className ?? ''}`}
      aria-pressed={speech.speaking}
      onClick={() => (speech.speaking ? speech.stop() : speech.speak(text()))}
    >
      <span aria-hidden="true">{speech.speaking ? '⏹ ' : '🔊 '}</span>
      {speech.speaking ? w.stopReading : w.readAloud}
    </button>
  );
}
