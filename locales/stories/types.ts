import type { Category } from '../../lib/detection/types';
import type { TipAgeBand } from '../tips/types';

/** A line the same for every age band, or one per band (6–9 shorter and plainer). */
export type Part = string | Readonly<Record<TipAgeBand, string>>;

/**
 * "What happened", one sentence, by where it happened, the category and the signal (`context.category.signal`),
 * falling back to `context.category`, then to `context.other` with `{topic}`. Chat lines start with `{who}`:
 * "Ada yang" (someone) or "Orang yang belum kamu kenal" (someone the child does not know).
 */
export const WHAT_KEYS = [
  'chat.secrecy',
  'chat.secrecy.keep_secret',
  'chat.secrecy.hide_chat',
  'chat.move_private',
  'chat.sexual_request',
  'chat.sexual_request.photo',
  'chat.sexual_request.explicit',
  'chat.sexual_request.video_call',
  'chat.sexual_request.sexual_talk',
  'chat.personal_info',
  'chat.personal_info.phone',
  'chat.personal_info.address',
  'chat.personal_info.school',
  'chat.personal_info.age',
  'chat.personal_info.alone',
  'chat.gifts',
  'chat.gifts.game_currency',
  'chat.gifts.credit_money',
  'chat.meet_offline',
  'chat.sextortion',
  'chat.flattery_trust',
  'chat.flattery_trust.looks',
  'chat.flattery_trust.special_bond',
  'chat.unknown_contact',
  'chat.hidden_account',
  'chat.vpn_bypass',
  'chat.anonymous_chat',
  'search.vpn_bypass',
  'search.vpn_bypass.unblock',
  'search.hidden_account',
  'search.hidden_account.hide_from_parents',
  'search.anonymous_chat',
  'search.other',
  'page.vpn_bypass',
  'page.vpn_bypass.unblock',
  'page.hidden_account',
  'page.hidden_account.hide_from_parents',
  'page.anonymous_chat',
  'page.other',
  'site.vpn_bypass',
  'site.anonymous_chat',
  'download.vpn_bypass',
  'download.anonymous_chat',
  'typed.oversharing',
  'typed.oversharing.phone',
  'typed.oversharing.address',
  'typed.oversharing.school',
  'typed.oversharing.home_alone',
] as const;
export type WhatKey = (typeof WHAT_KEYS)[number];

/** "Why it matters", by category, or category and signal where the reason differs. */
export const WHY_KEYS = [
  'secrecy',
  'secrecy.hide_chat',
  'move_private',
  'sexual_request',
  'sexual_request.photo',
  'sexual_request.explicit',
  'sexual_request.video_call',
  'personal_info',
  'personal_info.age',
  'personal_info.alone',
  'gifts',
  'meet_offline',
  'sextortion',
  'flattery_trust',
  'flattery_trust.special_bond',
  'unknown_contact',
  'hidden_account',
  'hidden_account.hide_from_parents',
  'vpn_bypass',
  'vpn_bypass.unblock',
  'anonymous_chat',
  'oversharing',
  'oversharing.home_alone',
] as const satisfies readonly (Category | `${Category}.${string}`)[];
export type WhyKey = (typeof WHY_KEYS)[number];

/**
 * "One thing to do now", by category (or category and signal) where the category is found in its own place (a chat
 * for chat categories, a search or page for VPNs, secret accounts and random chats, the child's typing for
 * oversharing); `chat`, `browse` and `typed` where a category turns up somewhere else (a learned model's finding).
 */
export const TODO_KEYS = [
  'secrecy',
  'secrecy.hide_chat',
  'move_private',
  'sexual_request',
  'sexual_request.video_call',
  'personal_info',
  'gifts',
  'meet_offline',
  'sextortion',
  'flattery_trust',
  'unknown_contact',
  'hidden_account',
  'hidden_account.hide_from_parents',
  'vpn_bypass',
  'anonymous_chat',
  'oversharing',
  'chat',
  'browse',
  'typed',
] as const;
export type TodoKey = (typeof TODO_KEYS)[number];

export interface StoryWords {
  /** The subject of a chat line: someone, or someone the child does not know. */
  who: { someone: Part; stranger: Part };
  what: Record<WhatKey, Part>;
  /** What a search or page was about, for `search.other` and `page.other` ("Kamu sedang mencari tentang {topic}."). */
  topic: Record<Category, string>;
  why: Record<WhyKey, Part>;
  todo: Record<TodoKey, Part>;
  /** Where it happened, for the message to the trusted adult ("Diajak ketemuan (di chat)"). */
  where: Record<'chat' | 'search' | 'page' | 'site' | 'download' | 'typed', string>;
}
