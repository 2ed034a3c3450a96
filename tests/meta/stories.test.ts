import { describe, expect, test } from 'vitest';
import { CATEGORIES, type Category } from '../../lib/detection/types';
import { RULES } from '../../lib/detection/rules';
import {
  SIGNALS,
  STORY_CONTEXTS,
  baseRuleId,
  ruleStory,
  storyOf,
  type Story,
  type StoryContext,
} from '../../lib/story';
import { CHILD_LANGS, type ChildLang } from '../../locales';
import { AGE_BANDS } from '../../locales/tips';
import { cardWords, storyWords, whatKeyOf, WHAT_KEYS } from '../../locales/stories';

/**
 * The card's words come from what happened (issue #14). These tests read like a table: a finding on the left, the
 * card's words on the right, for every category in every place, in every language and age band.
 */

describe('every built-in rule tells its own story', () => {
  // A renamed or new rule must fail here, not show a card about something else.
  test.each(RULES.filter((r) => r.category !== 'education').map((r) => [r.id, r.category] as const))(
    '%s (%s)',
    (id, category) => {
      const story = ruleStory(id);
      expect(story, `${id} (${baseRuleId(id)}) is missing from RULE_STORIES in lib/story`).not.toBeNull();
      expect(story!.category).toBe(category);
      if (story!.signal) expect(SIGNALS[category as Category] as readonly string[]).toContain(story!.signal);
    },
  );
});

/** How each place is named in the `what` line, so a search is told as a search and a site as a site. */
const PLACE: Record<StoryContext, Record<ChildLang, RegExp>> = {
  chat: {
    id: /^(Ada yang|Orang ini|Orang yang belum kamu kenal|Orang asing) /,
    en: /^(Someone|This person|A stranger) /,
    jv: /^(Onok sing|Wong iki|Wong sing gak mbok kenal|Wong liyo) /,
  },
  search: { id: /^Kamu sedang mencari /, en: /^You are searching /, jv: /^Koen lagi nggoleki / },
  page: { id: /^Halaman ini /, en: /^This page /, jv: /^Halaman iki / },
  site: { id: /^(Ini situs|Halaman ini) /, en: /^(This is a .*site\b|This page )/, jv: /^(Iki situs|Halaman iki) / },
  download: { id: /mengunduh|^Halaman ini /, en: /download|^This page /, jv: /download|^Halaman iki / },
  typed: {
    id: /^Kamu (sedang menulis|mau mengirim) /,
    en: /^You are (writing|about to send) /,
    jv: /^Koen (lagi nulis|arep ngirim) /,
  },
};

const ALL_STORIES: Story[] = CATEGORIES.flatMap((category) =>
  STORY_CONTEXTS.flatMap((context) => [
    { category, context },
    ...(SIGNALS[category] as readonly string[]).map((signal) => ({ category, context, signal }) as Story),
  ]),
);

describe('the story table: every category × place × signal, in every language and age band', () => {
  test(`${ALL_STORIES.length} stories × ${CHILD_LANGS.length} languages × ${AGE_BANDS.length} age bands`, () => {
    for (const story of ALL_STORIES) {
      for (const lang of CHILD_LANGS) {
        for (const band of AGE_BANDS) {
          for (const stranger of [false, true]) {
            const where = `${lang} ${band} ${JSON.stringify(story)}${stranger ? ' stranger' : ''}`;
            const words = cardWords(lang, band, { ...story, ...(stranger ? { stranger } : {}) });
            for (const line of [words.what, words.why, words.todo]) {
              expect(line, where).toMatch(/\S/);
              expect(line, `${where}: a placeholder is left`).not.toMatch(/[{}]/);
            }
            // The place is named: oversharing is always what the child types, so it is told as typing.
            const place = story.category === 'oversharing' ? 'typed' : story.context;
            expect(words.what, where).toMatch(PLACE[place][lang]);
          }
        }
      }
    }
  });

  test('every `what` line is used by some story, so none is dead', () => {
    const used = new Set(ALL_STORIES.map(whatKeyOf));
    expect(WHAT_KEYS.filter((k) => !used.has(k))).toEqual([]);
  });

  test('a chat line names who did it, and a stranger as someone the child does not know', () => {
    for (const lang of CHILD_LANGS) {
      for (const key of WHAT_KEYS.filter((k) => k.startsWith('chat.') && k !== 'chat.unknown_contact')) {
        const line = storyWords[lang].what[key];
        for (const text of typeof line === 'string' ? [line] : Object.values(line)) {
          expect(text, `${lang} ${key}`).toMatch(/^\{who\} /);
        }
      }
    }
    const meet: Story = { category: 'meet_offline', context: 'chat', stranger: true };
    expect(cardWords('id', '10-12', meet).what).toBe('Orang yang belum kamu kenal mengajakmu ketemuan.');
    expect(cardWords('en', '10-12', meet).what).toBe('Someone you don’t know asked to meet you.');
    expect(cardWords('jv', '10-12', meet).what).toBe('Wong sing gak mbok kenal ngajak koen ketemuan.');
  });
});

/** Real findings, as the guard and the background report them, and what the card must speak of. */
const FINDINGS: {
  name: string;
  finding: Parameters<typeof storyOf>[0];
  words: Record<ChildLang, RegExp>;
}[] = [
  {
    name: 'a meeting proposed in a chat that asked for the school earlier',
    finding: { kind: 'chat', ruleIds: ['meet-in-person'], categories: ['personal_info', 'meet_offline'] },
    words: { id: /ketemuan/, en: /meet/, jv: /ketemuan/ },
  },
  {
    name: '“jangan bilang ortu”',
    finding: { kind: 'chat', ruleIds: ['keep-secret-from-parents'], categories: ['secrecy'] },
    words: { id: /tidak bilang ke orang tuamu/, en: /not to tell your parents/, jv: /ojok crito nang wong tuwomu/ },
  },
  {
    name: 'a free-VPN search on a search results page',
    finding: { kind: 'search', ruleIds: ['free-vpn-or-proxy'], categories: ['vpn_bypass'] },
    words: { id: /mencari.*VPN/, en: /searching.*VPN/, jv: /nggoleki.*VPN/ },
  },
  {
    name: 'a search for a way around blocks',
    finding: { kind: 'search', ruleIds: ['search-way-around-blocks-en'], categories: ['vpn_bypass'] },
    words: { id: /mencari.*diblokir/, en: /searching.*blocked/, jv: /nggoleki.*diblokir/ },
  },
  {
    name: 'a listed VPN site',
    finding: { kind: 'page', ruleIds: ['site-vpn-proxy'], categories: ['vpn_bypass'] },
    words: { id: /situs VPN/, en: /VPN .*site/, jv: /situs VPN/ },
  },
  {
    name: 'a random video chat site',
    finding: { kind: 'page', ruleIds: ['site-anonymous-chat'], categories: ['anonymous_chat'] },
    words: { id: /situs.*orang asing/, en: /site.*strangers/, jv: /situs.*gak dikenal/ },
  },
  {
    name: 'a game-diamond offer from someone not in the contacts',
    finding: {
      kind: 'chat',
      ruleIds: ['offer-game-currency', 'not-in-contacts'],
      categories: ['gifts', 'unknown_contact'],
    },
    words: {
      id: /^(Orang yang belum kamu kenal|Orang asing) .*diamond/,
      en: /^(Someone you don’t know|A stranger) .*diamonds/,
      jv: /^(Wong sing gak mbok kenal|Wong liyo) .*diamond/,
    },
  },
  {
    name: 'a threat to share photos',
    finding: { kind: 'chat', ruleIds: ['threaten-to-share-photos-jv'], categories: ['sextortion', 'sexual_request'] },
    words: { id: /menyebarkan fotomu/, en: /share your photos/, jv: /nyebar fotomu/ },
  },
  {
    name: 'the child typing their phone number',
    finding: { kind: 'typed', ruleIds: ['share-phone-number'], categories: ['oversharing'] },
    words: { id: /nomor HP/, en: /phone number/, jv: /nomer HP/ },
  },
];

describe('findings → the card’s words', () => {
  test.each(FINDINGS)('$name', ({ finding, words }) => {
    const story = storyOf(finding)!;
    for (const lang of CHILD_LANGS) {
      for (const band of AGE_BANDS) expect(cardWords(lang, band, story).what, `${lang} ${band}`).toMatch(words[lang]);
    }
  });

  test('a meeting card never tells the child to go with a friend or alone, and always names a trusted adult', () => {
    const story = storyOf(FINDINGS[0]!.finding)!;
    for (const band of AGE_BANDS) {
      expect(cardWords('id', band, story).todo).toMatch(/Ayah|orang tua|orang dewasa/);
      expect(cardWords('en', band, story).todo).toMatch(/Mum|parents|adult/);
      expect(cardWords('jv', band, story).todo).toMatch(/Ayah|wong tuwo|wong gedhe/);
    }
  });
});
