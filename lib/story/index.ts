import { CATEGORIES, type Category, type ScanKind } from '../detection/types';

/**
 * What happened, as the child's card tells it (issue #14): not a number, but the finding itself. A story is the
 * category that matters most, where it happened (a chat, a search, a page, a site on a list, an app's download page,
 * or what the child is typing), the signal behind it when a rule says more than its category (a meeting, a photo
 * request, game diamonds …), and whether the other side is someone the child does not know. The words for each
 * story live in `locales/stories/`; this module only decides which story it is, and runs in the background, the
 * card and the extension pages alike (pure, no browser API).
 *
 *   finding (kind, ruleIds, categories) ─▶ storyOf ─▶ { category, context, signal?, stranger? } ─▶ locales/stories
 */

export const STORY_CONTEXTS = ['chat', 'search', 'page', 'site', 'download', 'typed'] as const;
export type StoryContext = (typeof STORY_CONTEXTS)[number];

/** The signals a rule can add to its category, per category. A category without one still has its own story. */
export const SIGNALS = {
  secrecy: ['keep_secret', 'hide_chat'],
  move_private: [],
  sexual_request: ['photo', 'explicit', 'video_call', 'sexual_talk'],
  personal_info: ['phone', 'address', 'school', 'age', 'alone'],
  gifts: ['game_currency', 'credit_money'],
  meet_offline: [],
  sextortion: [],
  flattery_trust: ['looks', 'special_bond'],
  hidden_account: ['hide_from_parents'],
  vpn_bypass: ['unblock'],
  anonymous_chat: [],
  unknown_contact: [],
  oversharing: ['phone', 'address', 'school', 'home_alone'],
} as const satisfies Record<Category, readonly string[]>;

export type SignalOf<C extends Category> = (typeof SIGNALS)[C][number];
export type Signal = { [C in Category]: SignalOf<C> }[Category];

/** Every signal of every category, once. */
export const ALL_SIGNALS = [...new Set(Object.values(SIGNALS).flat())] as [Signal, ...Signal[]];

export interface Story {
  category: Category;
  context: StoryContext;
  /** What the rule saw beyond its category; absent for a category-only finding (a learned model, a parent's phrase). */
  signal?: Signal;
  /** The other side of the chat is not in the child's contacts (`unknown_contact` came with it). */
  stranger?: boolean;
}

/**
 * Which story each built-in rule tells, by rule id without its language suffix (`-en`, `-jv`): the Indonesian,
 * English and Javanese twins of a rule tell the same story. `null`: the category's own story, on purpose.
 * `tests/meta/stories.test.ts` checks that every built-in rule is here with its own category, so a renamed or new
 * rule fails a test instead of telling the wrong story.
 */
export const RULE_STORIES: Readonly<Record<string, { category: Category; signal: Signal | null }>> = {
  'keep-secret-from-parents': { category: 'secrecy', signal: 'keep_secret' },
  'hide-the-chat': { category: 'secrecy', signal: 'hide_chat' },
  'move-to-private-app': { category: 'move_private', signal: null },
  'ask-for-photo': { category: 'sexual_request', signal: 'photo' },
  'ask-for-explicit-photo': { category: 'sexual_request', signal: 'explicit' },
  'private-video-call': { category: 'sexual_request', signal: 'video_call' },
  'sexual-talk': { category: 'sexual_request', signal: 'sexual_talk' },
  'ask-phone-number': { category: 'personal_info', signal: 'phone' },
  'ask-where-you-live': { category: 'personal_info', signal: 'address' },
  'ask-which-school': { category: 'personal_info', signal: 'school' },
  'ask-age': { category: 'personal_info', signal: 'age' },
  'ask-alone-or-parents-away': { category: 'personal_info', signal: 'alone' },
  'ask-personal-info': { category: 'personal_info', signal: null },
  'offer-game-currency': { category: 'gifts', signal: 'game_currency' },
  'offer-credit-or-money': { category: 'gifts', signal: 'credit_money' },
  'offer-gifts': { category: 'gifts', signal: null },
  'meet-in-person': { category: 'meet_offline', signal: null },
  'threaten-to-share-photos': { category: 'sextortion', signal: null },
  'compliment-looks': { category: 'flattery_trust', signal: 'looks' },
  'special-bond': { category: 'flattery_trust', signal: 'special_bond' },
  'not-in-contacts': { category: 'unknown_contact', signal: null },
  'chat-title-is-phone-number': { category: 'unknown_contact', signal: null },
  'secret-second-account': { category: 'hidden_account', signal: null },
  'secret-account': { category: 'hidden_account', signal: null },
  'hide-from-parents': { category: 'hidden_account', signal: 'hide_from_parents' },
  'free-vpn-or-proxy': { category: 'vpn_bypass', signal: null },
  'vpn-brand-names': { category: 'vpn_bypass', signal: null },
  'search-way-around-blocks': { category: 'vpn_bypass', signal: 'unblock' },
  'unblock-blocked-sites': { category: 'vpn_bypass', signal: 'unblock' },
  'random-video-chat': { category: 'anonymous_chat', signal: null },
  'share-phone-number': { category: 'oversharing', signal: 'phone' },
  'share-home-address': { category: 'oversharing', signal: 'address' },
  'share-school-name': { category: 'oversharing', signal: 'school' },
  'home-alone': { category: 'oversharing', signal: 'home_alone' },
};

/** A rule id without the language suffix its twins differ by. */
export function baseRuleId(ruleId: string): string {
  return ruleId.replace(/-(id|en|jv)$/, '');
}

const isCategory = (value: string): value is Category => (CATEGORIES as readonly string[]).includes(value);

/**
 * The category and signal a rule id stands for: a built-in rule from the table; a site list (`site-…`, context
 * only); an added signal (`signal-unknown-contact`); a learned model's or a parent's phrase finding, which carries
 * its category only (`model:secrecy`, `model-secrecy`, `phrase:secrecy`). `null` when the id says nothing usable.
 */
export function ruleStory(ruleId: string): { category: Category; signal: Signal | null } | null {
  const known = RULE_STORIES[baseRuleId(ruleId)];
  if (known) return known;
  const tail = /^(?:signal|model|phrase|extra)[-:](.+)$/.exec(ruleId)?.[1]?.replace(/-/g, '_');
  return tail && isCategory(tail) ? { category: tail, signal: null } : null;
}

/**
 * Which category the card speaks of when several came together: the one that matters most for what the child should
 * do now. A threat before a photo request before a meeting …, and a stranger only when nothing else was found
 * (the stranger is then told as part of the story: "someone you don't know asked to meet you").
 */
export const STORY_PRIORITY: readonly Category[] = [
  'sextortion',
  'sexual_request',
  'meet_offline',
  'secrecy',
  'move_private',
  'personal_info',
  'gifts',
  'flattery_trust',
  'oversharing',
  'vpn_bypass',
  'hidden_account',
  'anonymous_chat',
  'unknown_contact',
];

const rank = (c: Category) => STORY_PRIORITY.indexOf(c);

/** Where a category is usually found, for a story whose context is not known (an older background, a test). */
export function usualContext(category: Category): StoryContext {
  if (category === 'oversharing') return 'typed';
  if (category === 'vpn_bypass' || category === 'hidden_account' || category === 'anonymous_chat') return 'page';
  return 'chat';
}

/** The context of a finding: its scan kind, and for a page whether it came from a site list. */
export function contextOf(kind: ScanKind, ruleIds: readonly string[] = []): StoryContext {
  if (kind !== 'page') return kind;
  if (ruleIds.includes('site-download')) return 'download';
  if (ruleIds.some((id) => id.startsWith('site-'))) return 'site';
  return 'page';
}

export interface StoryInput {
  kind?: ScanKind;
  /** The rules behind this finding (the message, search or page that was just read). */
  ruleIds?: readonly string[];
  /** Every category the finding carries (a chat's categories so far), after trusted contacts were taken out. */
  categories: readonly Category[];
}

/**
 * The story of one finding. The category comes from what was just found (its rules) when it can, not from what a
 * conversation held before: a chat that asked for the school yesterday and proposes a meeting now gets a meeting
 * card. The category must still be one the finding carries (a trusted contact's `unknown_contact` is gone).
 * @example storyOf({ kind: 'chat', ruleIds: ['meet-in-person'], categories: ['personal_info', 'meet_offline'] })
 * // { category: 'meet_offline', context: 'chat' }
 */
export function storyOf(input: StoryInput): Story | null {
  const carried = input.categories.filter(isCategory);
  if (carried.length === 0) return null;
  const fromRules = (input.ruleIds ?? [])
    .map(ruleStory)
    .filter((s): s is NonNullable<typeof s> => s !== null && carried.includes(s.category));
  const pool = fromRules.length > 0 ? fromRules.map((s) => s.category) : carried;
  const category = [...pool].sort((a, b) => rank(a) - rank(b))[0]!;
  const signal = fromRules.find((s) => s.category === category && s.signal !== null)?.signal ?? undefined;
  const context = input.kind ? contextOf(input.kind, input.ruleIds) : usualContext(category);
  const story: Story = { category, context: category === 'oversharing' ? 'typed' : context };
  if (signal) story.signal = signal;
  if (category !== 'unknown_contact' && carried.includes('unknown_contact') && story.context === 'chat') {
    story.stranger = true;
  }
  return story;
}

/** A story from categories alone (an event row, an older message): the strongest category in its usual place. */
export function storyFromCategories(categories: readonly Category[]): Story | null {
  return storyOf({ categories });
}

/** Checks a story that arrived from elsewhere (a message, storage): a bad one is dropped, never shown. */
export function parseStory(value: unknown): Story | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.category !== 'string' || !isCategory(v.category)) return null;
  if (typeof v.context !== 'string' || !(STORY_CONTEXTS as readonly string[]).includes(v.context)) return null;
  const story: Story = { category: v.category, context: v.context as StoryContext };
  const signals: readonly string[] = SIGNALS[v.category];
  if (typeof v.signal === 'string' && signals.includes(v.signal)) story.signal = v.signal as Signal;
  if (v.stranger === true) story.stranger = true;
  return story;
}
