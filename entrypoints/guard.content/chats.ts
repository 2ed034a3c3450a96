import type { Category, Conversation, Detector, ScanResult } from '@/lib/detection';
import { maxRisk, type Risk } from '@/lib/detection/types';
import type { FindingReport } from '@/lib/messages/types';
import { hasCue, isTrustedContact, looksLikePhoneNumber, STRANGER_CUES } from '@/lib/sites/contacts';
import { readMessage, type Adapter, type ChatRef } from './adapters';
import { withModel, type ModelClient } from './model-client';
import { matchedWords, snippetAround, summarize } from './report';

interface ChatState {
  conversation: Conversation;
  ref: ChatRef;
  trusted: boolean;
  unknown: boolean;
  /** The conversation's messages waiting for the model, decided in order. */
  queue?: Promise<unknown>;
}

export interface Chats {
  /** Scan one message element (again only when its text changed). True when it raised a finding. */
  message(el: Element): boolean;
  /** A site UI element that says the other side is a stranger (the adapter found it). True when it is news. */
  cue(el: Element): boolean;
  /** Page text on a generic chat page: a "you're chatting with a random stranger" line marks every chat there. */
  pageText(text: string): boolean;
  /** The child paused typing in a compose box. */
  typed(box: Element, text: string): void;
}

const MAX_CHATS = 100;

/**
 * One engine `Conversation` per conversation id, so risk accumulates per chat: "jangan bilang ortu" then "pap dong"
 * from the same person is worse than either alone, while the same words in two different chats are not combined.
 * A stranger (the site's own cue, a raw phone number as title, a message request) is a signal in that chat; a
 * trusted contact (the parent's list, by name or number) never is.
 */
export function createChats(
  detector: Detector,
  trustedContacts: readonly string[],
  adapter: () => Adapter,
  send: (report: FindingReport) => void,
  keepSnippets = false,
  model?: ModelClient,
): Chats {
  const chats = new Map<string, ChatState>();
  const scanned = new WeakMap<Element, string>();
  let strangerPage = false;

  const scopeOf = (s: ChatState) => `${location.host}/${adapter().id}/${s.ref.id}`;

  function emit(s: ChatState, kind: 'chat' | 'typed', result: ScanResult, matched: string[] = [], snippet?: string) {
    const scope = kind === 'typed' ? `${scopeOf(s)}#typed` : scopeOf(s);
    const report = summarize(kind, result, scope, { matched, contact: s.ref.title, site: adapter().id, snippet });
    if (report) send(report);
  }

  function markUnknown(s: ChatState): boolean {
    if (s.trusted || s.unknown) return false;
    s.unknown = true;
    emit(s, 'chat', s.conversation.addSignal('unknown_contact'));
    return true;
  }

  function stateOf(ref: ChatRef): ChatState {
    let s = chats.get(ref.id);
    if (!s) {
      if (chats.size >= MAX_CHATS) chats.delete(chats.keys().next().value!);
      s = { conversation: detector.conversation(), ref, trusted: false, unknown: false };
      chats.set(ref.id, s);
    }
    if (ref.title && ref.title !== s.ref.title) s.ref = ref;
    s.trusted = isTrustedContact(s.ref.title, trustedContacts);
    if (
      looksLikePhoneNumber(s.ref.title) ||
      (strangerPage && adapter().id === 'generic') ||
      adapter().isRequest?.(new URL(location.href))
    ) {
      markUnknown(s);
    }
    return s;
  }

  return {
    message(el) {
      const m = readMessage(adapter(), el);
      if (!m || scanned.get(el) === m.text) return false;
      scanned.set(el, m.text);
      // A random-chat site's own status line ("You're now chatting with a random stranger") sits in its log.
      if (!m.sender && adapter().id === 'generic' && this.pageText(m.text)) return true;
      const s = stateOf(m.chat);
      let found = false;
      // The learned layer reads the other side's message with the conversation's last ones (model-client.ts); its
      // opinion joins the rules' in the conversation (issue #12). The child's own messages never leave the page.
      const ask = model && m.direction !== 'outgoing' ? () => model.chat(s.ref.id, m.text) : undefined;
      s.queue = withModel(
        ask,
        (opinion) => {
          const input = {
            text: m.text,
            kind: 'chat',
            direction: m.direction,
            sender: m.sender,
            model: opinion,
          } as const;
          const result = s.conversation.scan(input);
          if (result.findings.length === 0) return;
          // A snippet only from the other side's message: the child's own words stay theirs.
          const snippet = keepSnippets && m.direction === 'incoming' ? snippetAround(m.text, result) : undefined;
          emit(s, 'chat', result, matchedWords(m.text, result), snippet);
          found = true;
        },
        s.queue,
      );
      return found;
    },
    cue(el) {
      const ref = adapter().chatOf(el);
      return ref ? markUnknown(stateOf(ref)) : false;
    },
    pageText(text) {
      if (strangerPage || text.length > 300 || !hasCue(text, STRANGER_CUES)) return false;
      strangerPage = true;
      let found = false;
      for (const s of chats.values()) found = markUnknown(s) || found;
      return found;
    },
    typed(box, text) {
      // Only the child's own oversharing counts here; the typed text itself never leaves this function.
      typedFindings(box, text);
    },
  };

  function typedFindings(box: Element, text: string) {
    const findings = detector
      .scan({ text, kind: 'typed', direction: 'outgoing' })
      .findings.filter((f) => f.category === 'oversharing');
    if (findings.length === 0) return;
    const ref = adapter().chatOf(box);
    const s = ref ? stateOf(ref) : null;
    let risk: Risk = findings.reduce<Risk>((r, f) => maxRisk(r, f.severity), 'none');
    const categories: Category[] = ['oversharing'];
    if (s?.unknown) {
      // Sharing with a stranger is the stronger nudge: one step up, and the reason says who it is.
      risk = risk === 'low' ? 'medium' : 'high';
      categories.push('unknown_contact');
    }
    const result: ScanResult = { risk, categories, findings, reason: categories.length > 1 ? 'combined' : 'single' };
    if (s) emit(s, 'typed', result);
    else {
      const report = summarize('typed', result, `${location.host}${location.pathname}#typed`, { site: adapter().id });
      if (report) send(report);
    }
  }
}
