import type { Direction } from '@/lib/detection';
import type { ChatSite } from '../chat-sites';

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
  /**
   * The site speaking in the message list, not a person (a centred notice such as "Nomor ini tidak ada di kontak
   * Anda", a random-chat site's status line): the guard checks it for stranger cues before reading it as a message.
   */
  notice?: boolean;
}

/** One chat message with its conversation: what the guard hands the engine's per-conversation scan. */
export interface ChatMessage extends ChatLine {
  chat: ChatRef;
}

/**
 * A site adapter: how one web chat shows its messages, its conversations, its "this is a stranger" cues and its
 * compose box. One file per site in this folder, named by its id; the guard's shape finder (`generic`) is the one
 * for every other site. Adapters only read the DOM (never change it) and use no extension API, so both the guard
 * and the chat-sites script import them.
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
   * The site's own UI elements in a subtree (headers, banners, buttons, outside the messages) whose short text may
   * say the other side is not a saved contact. The guard reads them and the engine's `ui` rules decide, so the
   * wordings are data in the rule pack, not code in every page.
   */
  cues(root: Element): Iterable<Element>;
  chatOf(el: Element): ChatRef | null;
  /** `chat` is `chatOf(message)` when the caller has it already. */
  read(message: Element, chat?: ChatRef | null): ChatLine | null;
  /** The element is the child's compose box in a chat. */
  isCompose(el: Element): boolean;
  /** The page itself is a message request from someone the child does not follow (e.g. `/direct/requests/`). */
  isRequest?(url: URL): boolean;
  /** The page shows a chat this adapter recognised (the generic adapter decides by structure). */
  active(): boolean;
  /**
   * Asked by the guard's walk for each visible element: when `el` is a message list (found by its shape), its rows
   * and the UI around it, to read as messages and as stranger cues.
   */
  found?(el: Element): { rows: Element[]; cues: Element[] } | null;
}
