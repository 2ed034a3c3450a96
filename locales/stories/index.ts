import type { Category } from '../../lib/detection/types';
import type { Story, StoryContext } from '../../lib/story';
import type { ChildLang } from '../index';
import type { TipAgeBand } from '../tips/types';
import { en } from './en';
import { id } from './id';
import { jv } from './jv';
import { WHAT_KEYS, type Part, type StoryWords, type TodoKey, type WhatKey, type WhyKey } from './types';

export * from './types';

/** The card's words per language (issue #14): what happened, why it matters, one thing to do now. */
export const storyWords: Record<ChildLang, StoryWords> = { id, en, jv };

/** One card's three lines, ready to show. */
export interface CardWords {
  what: string;
  why: string;
  todo: string;
}

export function partFor(part: Part, band: TipAgeBand): string {
  return typeof part === 'string' ? part : part[band];
}

const isWhatKey = (key: string): key is WhatKey => (WHAT_KEYS as readonly string[]).includes(key);

/** The `what` line a story is told by: the most specific one there is. Exported for the story table test. */
export function whatKeyOf(story: Story): WhatKey {
  const { category, context, signal } = story;
  const chain = [`${context}.${category}.${signal}`, `${context}.${category}`];
  if (category === 'oversharing' || context === 'typed') chain.push(`typed.oversharing.${signal}`, 'typed.oversharing');
  chain.push(context === 'search' ? 'search.other' : 'page.other');
  return chain.find(isWhatKey)!;
}

type Group = 'chat' | 'browse' | 'typed';
const BROWSE_CATEGORIES: readonly Category[] = ['hidden_account', 'vpn_bypass', 'anonymous_chat'];

const groupOfCategory = (c: Category): Group =>
  c === 'oversharing' ? 'typed' : BROWSE_CATEGORIES.includes(c) ? 'browse' : 'chat';
const groupOfContext = (c: StoryContext): Group => (c === 'chat' ? 'chat' : c === 'typed' ? 'typed' : 'browse');

/** The `todo` line: the category's own advice where it was found in its usual place, else advice for the place. */
export function todoKeyOf(story: Story): TodoKey {
  const group = groupOfContext(story.context);
  if (groupOfCategory(story.category) !== group) return group;
  const specific = `${story.category}.${story.signal}`;
  return (specific in id.todo ? specific : story.category) as TodoKey;
}

export function whyKeyOf(story: Story): WhyKey {
  const specific = `${story.category}.${story.signal}`;
  return (specific in id.why ? specific : story.category) as WhyKey;
}

/**
 * The card for a story in a language and age band: one sentence that names what happened, a short reason and one
 * thing to do now.
 * @example cardWords('id', '10-12', { category: 'meet_offline', context: 'chat' }).what // "Ada yang mengajakmu ketemuan."
 */
export function cardWords(lang: ChildLang, band: TipAgeBand, story: Story): CardWords {
  const w = storyWords[lang];
  const who = partFor(story.stranger ? w.who.stranger : w.who.someone, band);
  const what = partFor(w.what[whatKeyOf(story)], band)
    .replace('{who}', who)
    .replace('{topic}', w.topic[story.category]);
  return {
    what,
    why: partFor(w.why[whyKeyOf(story)], band),
    todo: partFor(w.todo[todoKeyOf(story)], band),
  };
}

/** Where it happened, for the message to the trusted adult ("di chat", "saat mencari di internet"). */
export function whereWords(lang: ChildLang, context: StoryContext): string {
  return storyWords[lang].where[context];
}
