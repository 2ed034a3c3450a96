import type { Message } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ProtocolMap } from '@/lib/messages/protocol';

/** The only messages the per-page guard sends; it never listens. */
type GuardMessage = 'reportFindings' | 'ensureDetectionPack' | 'classifyText';

let nextId = Math.floor(Math.random() * 10_000);

/**
 * Sends one of the guard's messages in @webext-core/messaging's wire format, without bundling the library (it would
 * cost about 2.9 kB of the guard's 30 kB budget). Resolves with the handler's answer; rejects when the background
 * answered with an error or not at all. `__tests__/send.test.ts` checks it against the library's own `onMessage`.
 */
export async function send<K extends GuardMessage>(
  type: K,
  ...[data]: Parameters<ProtocolMap[K]>
): Promise<ReturnType<ProtocolMap[K]>> {
  const message: Message<ProtocolMap, K> = { id: nextId++, type, data: data as never, timestamp: Date.now() };
  const answer = (await browser.runtime.sendMessage(message)) as { res?: ReturnType<ProtocolMap[K]>; err?: unknown };
  if (!answer || answer.err != null) throw Error(type); // unanswered (no listener, a refusal): the caller decides alone
  return answer.res as ReturnType<ProtocolMap[K]>;
}
