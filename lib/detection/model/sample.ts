import type { PageInput } from '../types';

/** Earlier incoming messages of the same conversation the model reads with a new one. */
export const WINDOW_MESSAGES = 2;
/** Characters of one chat message the model reads. */
export const MESSAGE_CHARS = 1000;
/** Headings and characters of a page's main text the model reads (with the title). */
export const PAGE_HEADINGS = 8;
export const PAGE_TEXT_CHARS = 3000;
/** Characters of a page's title, of one heading, and of a search query the model reads. */
export const TITLE_CHARS = 300;
export const HEADING_CHARS = 200;
export const SEARCH_CHARS = 300;

/**
 * The text the model judges for an incoming chat message: the last few incoming messages of that conversation and
 * this one, oldest first, so "kamu sendirian?" after "aku tunggu di depan sekolah" is read together. Bounded.
 * @example chatWindow(['aku tunggu di depan sekolah'], 'kamu sendirian?')
 */
export function chatWindow(earlier: readonly string[], text: string): string {
  return [...earlier.slice(-WINDOW_MESSAGES), text].map((m) => m.slice(0, MESSAGE_CHARS)).join('\n');
}

/** The sample of a page the model judges: title, the first headings and the start of the main text. */
export function pageSample(page: Pick<PageInput, 'title' | 'headings' | 'text'>): string {
  return [
    page.title.slice(0, TITLE_CHARS),
    ...page.headings.slice(0, PAGE_HEADINGS).map((h) => h.slice(0, HEADING_CHARS)),
  ]
    .concat(page.text.slice(0, PAGE_TEXT_CHARS))
    .join('\n');
}

/**
 * What the guard asks the background's model about (`classifyText`): an incoming chat message with the conversation's
 * last incoming messages, a search query, or a page's title, headings and main text. Bounded by the background's
 * schema; never stored.
 */
export type ModelRequest =
  | { kind: 'chat'; text: string; earlier?: readonly string[] }
  | { kind: 'search'; text: string }
  | { kind: 'page'; title: string; headings: readonly string[]; text: string };

/**
 * The one text the model reads for a request, bounded the same wherever it is asked: the background's host cuts a
 * search query to the length the guard's schema allows, and so do the CLI and the eval.
 */
export function modelText(request: ModelRequest): string {
  if (request.kind === 'page') return pageSample(request);
  if (request.kind === 'chat') return chatWindow(request.earlier ?? [], request.text);
  return request.text.slice(0, SEARCH_CHARS);
}
