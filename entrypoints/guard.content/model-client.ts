import type { ModelOpinion } from '@/lib/detection/combine';
import type { PageInput } from '@/lib/detection/types';
import {
  MESSAGE_CHARS,
  PAGE_HEADINGS,
  PAGE_TEXT_CHARS,
  WINDOW_MESSAGES,
  type ModelRequest,
} from '@/lib/detection/model/sample';
import { send } from './send';

/** How long the guard waits for the background's model before its rules decide alone (a sleeping worker wakes). */
export const MODEL_WAIT_MS = 1000;
/** Conversations whose last incoming messages are remembered for the model's window. */
const MAX_CONVERSATIONS = 100;

/**
 * Asks the background's learned layer (issue #12) about a text: bounded as its schema wants, answered with the
 * model's opinion, or `null` — no model, a refused or late answer — and then the rules decide alone. Never throws.
 */
export function askModel(request: ModelRequest): Promise<ModelOpinion | null> {
  return Promise.race([
    send('classifyText', request).catch(() => null),
    new Promise<null>((resolve) => setTimeout(resolve, MODEL_WAIT_MS, null)),
  ]);
}

/** A page's title, headings (page.ts cuts each at 200 characters) and the start of its main text. */
export const askPage = (page: Pick<PageInput, 'title' | 'headings' | 'text'>) =>
  askModel({
    kind: 'page',
    title: page.title.slice(0, 300),
    headings: page.headings.slice(0, PAGE_HEADINGS),
    text: page.text.slice(0, PAGE_TEXT_CHARS),
  });

/**
 * Incoming chat messages, each with the last ones of its conversation (the model reads them together; the
 * conversation's risk accumulates in the guard's `Conversation`). Only this page's memory holds them.
 */
export function createChatModel(): (conversation: string, text: string) => Promise<ModelOpinion | null> {
  const earlier = new Map<string, string[]>();
  return (conversation, text) => {
    const message = text.slice(0, MESSAGE_CHARS);
    const before = earlier.get(conversation) ?? [];
    earlier.delete(conversation);
    if (earlier.size >= MAX_CONVERSATIONS) earlier.delete(earlier.keys().next().value!);
    earlier.set(conversation, [...before, message].slice(-WINDOW_MESSAGES));
    return askModel({ kind: 'chat', text: message, earlier: before });
  };
}

/**
 * The model's questions of one page: the other side's chat messages and the page's sample. (A search query is the
 * background's own: it reads it from the tab's URL.) Absent (tests, a page without the background): rules alone.
 */
export interface ModelClient {
  chat(conversation: string, text: string): Promise<ModelOpinion | null>;
  page(page: Pick<PageInput, 'title' | 'headings' | 'text'>): Promise<ModelOpinion | null>;
}

export const createModelClient = (): ModelClient => ({
  chat: createChatModel(),
  page: askPage,
});

/**
 * Decides with the model's opinion: at once without a client (the rules alone), else when the background answers,
 * after whatever this `queue` was already waiting for (messages of one conversation are decided in order).
 */
export function withModel(
  ask: (() => Promise<ModelOpinion | null>) | undefined,
  decide: (model?: ModelOpinion | null) => unknown,
  queue: Promise<unknown> = Promise.resolve(),
): Promise<unknown> {
  if (!ask) {
    decide();
    return queue;
  }
  return queue.then(ask).then(decide);
}
