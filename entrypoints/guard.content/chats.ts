import type { Category, Conversation, Detector, ScanResult } from '@/lib/detection';
import { maxRisk, type Risk } from '@/lib/detection/types';
import type { FindingReport } from '@/lib/messages/types';
import { isTrustedContact, looksLikePhoneNumber } from '@/lib/sites/contacts';
import { textOf } from '@/lib/sites/read';
import { readMessage, type Adapter, type ChatMessage, type ChatRef } from './pick';
import { matchedWords, snippetAround, summarize } from './report';

interface ChatState {
  conversation: Conversation;
  ref: ChatRef;
  trusted: boolean;
  unknown: boolean;
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
 * title, a message-request page. A trusted contact (the parent's list, by name or number) never is.
 */
export function createChats(
  detector: Detector,
  trustedContacts: readonly string[],
  adapter: () => Adapter,
  send: (report: FindingReport) => void,
  keepSnippets = false,
): Chats {
  const chats = new Map<string, ChatState>();
  const scanned = new WeakMap<Element, string>();

  const scopeOf = (s: ChatState) => `${location.host}/${adapter().id}/${s.ref.id}`;

  function emit(s: ChatState, kind: 'chat' | 'typed', result: ScanResult, matched: string[] = [], snippet?: string) {
    const scope = kind === 'typed' ? `${scopeOf(s)}#typed` : scopeOf(s);
    const report = summarize(kind, result, scope, { matched, contact: s.ref.title, site: adapter().id, snippet });
    if (report) send(report);
  }

  function markUnknown(s: ChatState, result?: ScanResult): boolean {
    if (s.trusted || s.unknown) return false;
    s.unknown = true;
    emit(s, 'chat', result ?? s.conversation.addSignal('unknown_contact'));
    return true;
  }

  /** The site's own words in a chat, checked by the engine's `ui` rules: true when they say "stranger" (news). */
  function cue(s: ChatState, text: string): boolean {
    if (s.trusted || s.unknown || !text || text.length > MAX_CUE) return false;
    const result = s.conversation.scan({ text, kind: 'ui' });
    return result.categories.includes('unknown_contact') && markUnknown(s, result);
  }

  /**
   * The one place where a chat message meets the engine: its text, its conversation and its direction are all known
   * here, for every site adapter and the shape finder alike (a learned model's hand-off belongs here too).
   */
  function onMessage(s: ChatState, m: ChatMessage): boolean {
    const result = s.conversation.scan({ text: m.text, kind: 'chat', direction: m.direction, sender: m.sender });
    if (result.findings.length === 0) return false;
    // A snippet only from the other side's message: the child's own words stay theirs.
    const snippet = keepSnippets && m.direction === 'incoming' ? snippetAround(m.text, result) : undefined;
    emit(s, 'chat', result, matchedWords(m.text, result), snippet);
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
      // Only the child's own oversharing counts here; the typed text itself never leaves this function.
      const findings = detector
        .scan({ text, kind: 'typed', direction: 'outgoing' })
        .findings.filter((f) => f.category === 'oversharing');
      if (findings.length === 0) return;
      // A compose box the adapter can't place in a conversation belongs to the page's nameless one.
      const s = stateOf(adapter().chatOf(box) ?? { id: '', title: '' });
      let risk: Risk = findings.reduce<Risk>((r, f) => maxRisk(r, f.severity), 'none');
      const categories: Category[] = ['oversharing'];
      if (s.unknown) {
        // Sharing with a stranger is the stronger nudge: one step up, and the reason says who it is.
        risk = risk === 'low' ? 'medium' : 'high';
        categories.push('unknown_contact');
      }
      emit(s, 'typed', { risk, categories, findings, reason: 'single' });
    },
  };
}
