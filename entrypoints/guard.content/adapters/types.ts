import type { Direction } from '@/lib/detection';
import type { ChatSite } from '@/lib/sites/chat-sites';

/** The conversation a message or a UI cue belongs to. `title` is what the site shows: a name, handle or number. */
export interface ChatRef {
  id: string;
  title: string;
}

/** What an adapter reads from one message element. Only `incoming` messages count toward grooming categories. */
export interface ChatLine {
  sender: string;
  direction: Direction;
  text: string;
}

/** One chat message with its conversation: what the guard hands the engine's per-conversation scan. */
export interface ChatMessage extends ChatLine {
  conversationId: string;
}

/**
 * A site adapter: how one web chat shows its messages, its conversations, its "this is a stranger" cues and its
 * compose box. One file per site in this folder, named by its id. Adapters only read the DOM; they never change it.
 */
export interface Adapter {
  id: ChatSite;
  /** Where it runs: these hosts and their subdomains (none for the generic adapter). */
  hosts: readonly string[];
  /** Only on these paths of those hosts (e.g. Instagram's `/direct/`); the rest of the site is an ordinary page. */
  path?: RegExp;
  /** Message elements in (or around) a subtree that was just added or changed. */
  messages(root: Element): Iterable<Element>;
  /**
   * UI elements in a subtree whose short text says the other side is not a saved contact, in the site's own words
   * (`UNKNOWN_CONTACT_CUES`: the adapter checks them, so the per-page guard does not carry the list).
   */
  cues(root: Element): Iterable<Element>;
  chatOf(el: Element): ChatRef | null;
  read(message: Element): ChatLine | null;
  /** The element is the child's compose box in a chat. */
  isCompose(el: Element): boolean;
  /** The page itself is a message request from someone the child does not follow (e.g. `/direct/requests/`). */
  isRequest?(url: URL): boolean;
  /** The page shows a chat this adapter recognised (the generic adapter decides by structure). */
  active(): boolean;
  /** A message list the adapter reads itself, so the page-text walk leaves it out. */
  isMessageList?(el: Element): boolean;
}
