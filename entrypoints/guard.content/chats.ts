import type { Category, Conversation, Detector, Finding, ScanResult } from '@/lib/detection';
import { RISKS } from '@/lib/detection/types';
import type { FindingReport } from '@/lib/messages/types';
import { looksLikePhoneNumber } from '@/lib/sites/contacts';
import { textOf } from '@/lib/sites/read';
import { withModel, type ModelClient } from './model-client';
import { readMessage, type Adapter, type ChatMessage, type ChatRef } from './pick';
import { findingReport, matchedWords } from '@/lib/messages/finding-report';
import { snippetAround } from './report';

interface ChatState {
  conversation: Conversation;
  ref: ChatRef;
  unknown: boolean;
  /** The conversation's messages waiting for the model, decided in order. */
  queue?: Promise<unknown>;
}

export interface Chats {
  /** Scan one message element (again only when its text changed). True when it raised a finding. */
  message(el: Element): boolean;
  /** A chat's own UI element (banner, header, button): its words may say the other side is a stranger. */
  cue(el: Element): boolean;
  /** The child paused typing in a compose box. */
  typed(box: Element, text: string): void;
}

const MAX_CHATS = 100;
/** UI text longer than this is not a banner or a button. */
const MAX_CUE = 200;

/**
 * One engine `Conversation` per conversation id, so risk accumulates per chat: "jangan bilang ortu" then "pap dong"
 * from the same person is worse than either alone, while the same words in two different chats are not combined.
 * A stranger is a signal in that chat: the site's own words ("Nomor ini tidak ada di kontak Anda", "Add contact /
 * Report spam", a message request, "random stranger"), checked by the engine's `ui` rules, a raw phone number as
 * title, a message-request page. Whether the contact is on the parent's trusted list (then never a stranger) is the
 * background's to decide, from the contact's name in the report (`withTrustedContacts`): the list stays out of pages.
 */
export function createChats(
  detector: Detector,
  adapter: () => Adapter,
  send: (report: FindingReport) => void,
  keepSnippets = false,
  model?: ModelClient,
): Chats {
  const chats = new Map<string, ChatState>();
  const scanned = new WeakMap<Element, string>();

  const scopeOf = (s: ChatState) => `${location.host}/${adapter().id}/${s.ref.id}`;

  function emit(s: ChatState, kind: 'chat' | 'typed', result: ScanResult, matched: string[] = [], snippet?: string) {
    const scope = scopeOf(s) + (kind === 'typed' ? '#typed' : '');
    const report = findingReport(kind, result, scope, {
      matched,
      contact: s.ref.title,
      site: adapter().id,
      snippet,
      title: document.title,
    });
    if (report) send(report);
  }

  function markUnknown(s: ChatState, result?: ScanResult): boolean {
    if (s.unknown) return false;
    s.unknown = true;
    emit(s, 'chat', result ?? s.conversation.addSignal('unknown_contact'));
    return true;
  }

  /** The site's own words in a chat, checked by the engine's `ui` rules: true when they say "stranger" (news). */
  function cue(s: ChatState, text: string): boolean {
    if (s.unknown || !text || text.length > MAX_CUE) return false;
    const result = s.conversation.scan({ text, kind: 'ui' });
    return result.categories.includes('unknown_contact') && markUnknown(s, result);
  }

  /**
   * The one place where a chat message meets the engine: its text, its conversation and its direction are all known
   * here, for every site adapter and the shape finder alike. The other side's message goes to the background's
   * learned layer with the conversation's last ones (`model-client.ts`, issue #12) and its opinion joins the rules' in
   * the conversation, decided in order. The child's own message never leaves the page: the rules check it for
   * oversharing, and it is reported as typing is (no words, no snippet, at most a tip), never as the other side's.
   */
  function onMessage(s: ChatState, m: ChatMessage): boolean {
    const own = m.direction === 'outgoing';
    let found = false;
    s.queue = withModel(
      model && !own ? () => model.chat(s.ref.id, m.text) : undefined,
      (opinion) => {
        const input = { text: m.text, kind: 'chat', direction: m.direction, sender: m.sender, model: opinion } as const;
        const result = s.conversation.scan(input);
        if (own) found = overshare(s, result.findings);
        else if (result.findings.length) {
          emit(
            s,
            'chat',
            result,
            matchedWords(m.text, result),
            keepSnippets ? snippetAround(m.text, result) : undefined,
          );
          found = true;
        }
      },
      s.queue,
    );
    return found;
  }

  /**
   * The child's own words, typed or sent: only oversharing counts, one step stronger toward a stranger, reported as
   * `typed` (categories, no words, at most a tip), never as what the other side said.
   */
  function overshare(s: ChatState, all: readonly Finding[]): boolean {
    const findings = all.filter((f) => f.category === 'oversharing');
    if (!findings.length) return false;
    let rank = Math.max(...findings.map((f) => RISKS.indexOf(f.severity)));
    const categories: Category[] = ['oversharing'];
    if (s.unknown) {
      // Sharing with a stranger is the stronger nudge: one step up, and the reason says who it is.
      rank = Math.min(rank + 1, 3);
      categories.push('unknown_contact');
    }
    emit(s, 'typed', { risk: RISKS[rank]!, categories, findings, reason: 'single' });
    return true;
  }

  function stateOf(ref: ChatRef): ChatState {
    let s = chats.get(ref.id);
    if (!s) {
      if (chats.size >= MAX_CHATS) chats.delete(chats.keys().next().value!);
      s = { conversation: detector.conversation(), ref, unknown: false };
      chats.set(ref.id, s);
    }
    if (ref.title && ref.title !== s.ref.title) s.ref = ref;
    if (looksLikePhoneNumber(s.ref.title) || adapter().isRequest?.(new URL(location.href))) markUnknown(s);
    return s;
  }

  return {
    message(el) {
      const m = readMessage(adapter(), el);
      if (!m || scanned.get(el) === m.text) return false;
      scanned.set(el, m.text);
      const s = stateOf(m.chat);
      // The site speaking inside the list ("Nomor ini tidak ada di kontak Anda", "You're now chatting with a random
      // stranger"): a notice, or any nameless line from the other side. A line's digits are not a title's phone number.
      const cued = !m.sender && m.direction === 'incoming' && cue(s, m.notice ? m.text : m.text.replace(/\d/g, ''));
      return (cued && m.notice) || onMessage(s, m) || cued;
    },
    cue(el) {
      const ref = adapter().chatOf(el);
      return ref ? cue(stateOf(ref), textOf(el)) : false;
    },
    typed(box, text) {
      // The typed text itself never leaves this function; only the category is reported.
      // A compose box the adapter can't place in a conversation belongs to the page's nameless one.
      overshare(
        stateOf(adapter().chatOf(box) ?? { id: '', title: '' }),
        detector.scan({ text, kind: 'typed', direction: 'outgoing' }).findings,
      );
    },
  };
}
