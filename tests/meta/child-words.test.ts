import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../lib/detection/types';
import { SIGNALS, STORY_CONTEXTS, type Story } from '../../lib/story';
import { CHILD_LANGS, type ChildLang } from '../../locales';
import { blockedWords } from '../../locales/blocked';
import { categoryWords } from '../../locales/categories';
import { childWords } from '../../locales/child';
import { leftWords } from '../../locales/left';
import { popupWords } from '../../locales/popup';
import { promptWords } from '../../locales/prompt';
import { directoryWords, platformWords, reportWords } from '../../locales/report';
import { cardWords } from '../../locales/stories';
import { AGE_BANDS, tipsFor, type TipAgeBand } from '../../locales/tips';

/**
 * Child words as a child-protection trainer reads them (issue #14). Advice follows UNICEF / ECPAT: don't delete,
 * don't pay, don't send anything, tell a trusted adult, it's not your fault. These tests fail on the mistakes the
 * trainer found: "delete it" advice, "don't go alone" as if going with a friend were the answer, promises the app
 * cannot keep ("you won't be scolded"), sentences too long for a 6-year-old, and textbook Central-Javanese.
 */

interface Text {
  lang: ChildLang;
  where: string;
  text: string;
  /** Advice (what to do) rather than a description of what happened. */
  advice: boolean;
  band?: TipAgeBand;
}

function strings(value: unknown, where: string): [string, string][] {
  if (typeof value === 'string') return [[where, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${where}.${k}`));
  }
  return [];
}

const texts: Text[] = [];
const add = (lang: ChildLang, where: string, text: string, advice: boolean, band?: TipAgeBand) =>
  texts.push({ lang, where, text, advice, ...(band ? { band } : {}) });

for (const lang of CHILD_LANGS) {
  for (const category of CATEGORIES) {
    for (const band of AGE_BANDS) {
      tipsFor(lang, category, band).forEach((tip, i) => {
        const where = `tips.${lang}.${category}.${band}[${i}]`;
        add(lang, `${where}.what`, tip.what, false, band);
        add(lang, `${where}.why`, tip.why, false, band);
        add(lang, `${where}.todo`, tip.todo, true, band);
      });
      for (const context of STORY_CONTEXTS) {
        for (const signal of [undefined, ...(SIGNALS[category] as readonly string[])]) {
          const story = { category, context, ...(signal ? { signal } : {}), stranger: true } as Story;
          const card = cardWords(lang, band, story);
          const where = `stories.${lang}.${band}.${category}.${context}.${signal ?? '-'}`;
          add(lang, `${where}.what`, card.what, false, band);
          add(lang, `${where}.why`, card.why, false, band);
          add(lang, `${where}.todo`, card.todo, true, band);
        }
      }
    }
    add(lang, `categories.${lang}.${category}.why`, categoryWords[lang][category].why, true);
  }
  const areas = {
    child: childWords,
    prompt: promptWords,
    blocked: blockedWords,
    popup: popupWords,
    report: reportWords,
    directory: directoryWords,
    platforms: platformWords,
    left: leftWords,
  };
  for (const [name, area] of Object.entries(areas)) {
    for (const [where, text] of strings(area[lang], `${name}.${lang}`)) {
      // The report list's own "Hapus / Delete" buttons and the popup's privacy notes are not advice.
      const advice = !/^report\.\w+\.(list\.|evidence\.labNote)|^popup\./.test(where);
      add(lang, where, text, advice);
    }
  }
}

const sentences = (text: string) => text.split(/(?<=[.!?…])\s+|:\s+/).filter((s) => s.trim());
const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Words that tell a child to delete or erase, per language. */
const DELETE: Record<ChildLang, RegExp> = {
  id: /hapus/i,
  en: /\b(delet\w*|eras\w*|remove)\b/i,
  jv: /hapus|busak/i,
};
/** A sentence that says "don't" (so "don't delete the chat" passes, "delete it" does not). */
const NOT: Record<ChildLang, RegExp> = {
  id: /\b(jangan|tidak|bukan)\b/i,
  en: /\b(don['’]t|do not|never|not)\b/i,
  jv: /\b(ojok|gak)\b/i,
};

describe('child words', () => {
  test('the texts are collected', () => {
    expect(texts.length).toBeGreaterThan(3000);
  });

  test('advice never says to delete: only "don’t delete"', () => {
    const bad = texts
      .filter((t) => t.advice)
      .flatMap((t) =>
        sentences(t.text)
          .filter((s) => DELETE[t.lang].test(s) && !NOT[t.lang].test(s))
          .map((s) => `${t.where}: ${s}`),
      );
    expect(bad).toEqual([]);
  });

  test('meeting advice never makes "alone" the only condition, nor a friend the answer', () => {
    const ALONE = [
      /\b(jangan|tidak boleh)\s+(pernah\s+)?(pergi|datang|berangkat|bertemu|ketemu\w*)\s+sendiri/i,
      /\bajak\s+(seorang\s+)?teman\b/i,
      /\b(never|don['’]t|do not)\s+(go|meet|come)\s+(\w+\s+)?alone\b/i,
      /\b(bring|take)\s+(a\s+friend|someone)\b/i,
      /\bojok\s+(lungo|budhal|teko|mrono|ketemuan)\s+dew?e(an)?\b/i,
      /\bjak(en)?\s+konco\b/i,
    ];
    const bad = texts.filter((t) => ALONE.some((re) => re.test(t.text))).map((t) => `${t.where}: ${t.text}`);
    expect(bad).toEqual([]);
  });

  test('no promise the app cannot keep', () => {
    const PROMISES = [
      /tidak akan (di)?marah(i)?|tidak akan marah|tidak akan dihukum|pasti aman|bisa diselesaikan|semua(nya)? akan baik/i,
      /\b(won['’]t|will not) (be|get) (in trouble|angry|mad|punished|told off)\b|\bwill not be angry\b|can be sorted out|everything will be (fine|okay|ok)/i,
      /gak bakal (di)?seneni|gak bakal nesu|gak bakal diukum|mesti aman|isok dirampungno/i,
    ];
    const bad = texts.filter((t) => PROMISES.some((re) => re.test(t.text))).map((t) => `${t.where}: ${t.text}`);
    expect(bad).toEqual([]);
  });

  test('for 6–9, no sentence is longer than 12 words', () => {
    const bad = texts
      .filter((t) => t.band === '6-9')
      .flatMap((t) =>
        sentences(t.text)
          .filter((s) => words(s).length > 12)
          .map((s) => `${t.where} (${words(s).length}): ${s}`),
      );
    expect(bad).toEqual([]);
  });

  test('a school counsellor is never the only adult at school: the class teacher is named too', () => {
    const bad = texts
      .filter((t) => /guru BK|school counsellor/i.test(t.text) && !/wali kelas|class teacher/i.test(t.text))
      .map((t) => `${t.where}: ${t.text}`);
    expect(bad).toEqual([]);
  });

  test('Javanese is East-Javanese ngoko (koen, gak, ojok, nang), not textbook Central-Javanese', () => {
    const CENTRAL =
      /\b(kowe|ora|aja|marang|diwasa|sawijining|saka|yen|banjur|wae|isa|kanggo|ana|apa|kepriye|piye|uga|lan|dhuwit|sedhela)\b/i;
    const bad = texts
      .filter((t) => t.lang === 'jv' && CENTRAL.test(t.text))
      .map((t) => `${t.where}: ${t.text.match(CENTRAL)![0]} in “${t.text}”`);
    expect(bad).toEqual([]);
  });

  test('the glossary’s decisions hold: no “sedhiluk”, “senajan”, “ngehapus”, “takono atimu”, “sakmenoko”', () => {
    // locales/jv-glossary.md, "Decided": sedilut/sik for a moment, masio for although, the passive "ojok dihapus",
    // "pikiren" for "ask yourself", no calque of "sementara itu".
    const UNDECIDED = /\b(sedhiluk|senajan|ngehapus|sakmenoko)\b|takono atimu/i;
    const bad = texts
      .filter((t) => t.lang === 'jv' && UNDECIDED.test(t.text))
      .map((t) => `${t.where}: ${t.text.match(UNDECIDED)![0]} in “${t.text}”`);
    expect(bad).toEqual([]);
  });

  test('“wong liyo” is a stranger: never the one the child tells or trusts', () => {
    const TELL_STRANGER =
      /\b(critakno|omongno|ngomongo|takono)\s+((nang|ambek)\s+)?wong liyo\b|wong liyo sing mbok percoyo/i;
    const bad = texts.filter((t) => t.lang === 'jv' && TELL_STRANGER.test(t.text)).map((t) => `${t.where}: ${t.text}`);
    expect(bad).toEqual([]);
  });

  test('“awakmu” is “you” in East Javanese, never “your body”', () => {
    const bad = texts.filter((t) => t.lang === 'jv' && /awakmu\s+(iku\s+)?duwekmu/i.test(t.text));
    expect(bad.map((t) => t.where)).toEqual([]);
  });
});
