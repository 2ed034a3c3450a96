import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type * as PinModule from '@/lib/pin';
import { FROM_CONTENT, PAYLOAD_LESS, schemas, TO_CONTENT } from '@/lib/messages/schemas';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { fakeDynamicRules } from '@/entrypoints/background/__tests__/dnr-fake';
import { classifySender } from '@/entrypoints/background/sender';
import { deliver, senders } from './support/messages';
import { PIN, TOKEN, VALID_PAYLOADS } from './support/protocol-examples';

/**
 * Throws thousands of random and malformed messages at every background handler, from every kind of sender (none,
 * another extension, a content script, our own page, and senders that look almost right), and checks that:
 * - nothing throws out of a handler (every answer is `{ res }`, never the messaging library's `{ err }`);
 * - nothing is stored, changed or opened for a payload its schema refuses;
 * - a privileged message from anything but our own page does nothing and learns nothing, even with a stolen token.
 *
 * A message whose type is an `Object.prototype` name (`constructor`, `__proto__`…) is answered by
 * @webext-core/messaging's own lookup (`perTypeListeners[type]`) with an echo or an `{ err }`; none of our handlers
 * runs and nothing changes, which is what the checks below hold it to.
 */

vi.mock('@/lib/pin', async (original) => {
  // Fewer PBKDF2 rounds keep thousands of messages fast; the real count is checked in lib/pin.test.ts.
  const real = await original<typeof PinModule>();
  return { ...real, hashPin: (pin: string) => real.hashPin(pin, 1000) };
});
vi.mock('@/entrypoints/background/prompt', () => ({ showPrompt: vi.fn(async () => undefined) }));

type Key = keyof typeof VALID_PAYLOADS;
const TO_BACKGROUND = [...Object.keys(schemas), ...PAYLOAD_LESS] as string[];
const ours = () => fakeBrowser.runtime.id;

/** Senders that look almost like one of ours; every one must be refused outright. */
const ODD_SENDERS = [
  () => ({ id: ours(), url: 'javascript:alert(1)', tab: { id: 2 }, frameId: 0 }),
  () => ({ id: ours(), url: 'chrome://settings/', tab: { id: 2 } }),
  () => ({ id: ours(), url: 'not a url', tab: { id: 2 } }),
  () => ({ id: ours(), url: 'https://evil.example/', tab: { id: -1 } }),
  () => ({ id: ours(), url: 'https://evil.example/' }),
  () => ({ id: `${ours()} `, url: fakeBrowser.runtime.getURL('/options.html' as '/') }),
  () => ({ id: 'other', url: fakeBrowser.runtime.getURL('/options.html' as '/') }),
  () => ({ url: fakeBrowser.runtime.getURL('/options.html' as '/') }),
  () => ({}),
];

const senderArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null).map(() => senders.page()) },
  { weight: 2, arbitrary: fc.constant(null).map(() => senders.content()) },
  { weight: 1, arbitrary: fc.constantFrom(senders.otherExtension, senders.none).map((make) => make()) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_SENDERS).map((make) => make()) },
);

function payloadArb(type: string): fc.Arbitrary<unknown> {
  const example = VALID_PAYLOADS[type as Key];
  const fields = example && typeof example === 'object' ? Object.keys(example) : [];
  const junk = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(undefined, null, 0, -1, NaN, '', [], {}, 'x'.repeat(100_000), '__proto__', {
      __proto__: { ok: 1 },
    }),
  );
  const arbs: fc.Arbitrary<unknown>[] = [fc.constant(example), fc.constant(example), junk];
  if (fields.length > 0) {
    arbs.push(
      fc.tuple(fc.constantFrom(...fields), junk).map(([field, value]) => ({ ...(example as object), [field]: value })),
      fc.constantFrom(...fields).map((field) => {
        const copy: Record<string, unknown> = { ...(example as object) };
        delete copy[field];
        return copy;
      }),
      fc.tuple(fc.string({ maxLength: 12 }), junk).map(([k, v]) => ({ ...(example as object), [k]: v })),
    );
  }
  return fc.oneof(...arbs);
}

/** A whole message: mostly well-formed envelopes around fuzzed payloads, some broken envelopes and odd types. */
const messageArb = fc
  .oneof(
    { weight: 8, arbitrary: fc.constantFrom(...TO_BACKGROUND) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...TO_CONTENT, 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  )
  .chain((type) =>
    fc.tuple(
      fc.constant(type),
      payloadArb(type),
      fc.constantFrom('plain', 'no-timestamp', 'spoofed-sender', 'string-id', 'not-an-object'),
    ),
  )
  .map(([type, data, envelope]) => {
    const base = { id: 1, type, data, timestamp: Date.now() };
    switch (envelope) {
      case 'no-timestamp':
        return { type, data };
      case 'spoofed-sender':
        // The library overwrites `sender` with the browser's; a message cannot claim to come from our page.
        return { ...base, sender: senders.page() };
      case 'string-id':
        return { ...base, id: 'x' };
      case 'not-an-object':
        return type;
      default:
        return base;
    }
  });

let env: Awaited<ReturnType<typeof setUp>>;

async function setUp() {
  vi.resetModules();
  fakeDynamicRules();
  const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
  const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 2, url: 'https://chat.example/' } as never);
  const dnr = vi.mocked(fakeBrowser.declarativeNetRequest.updateDynamicRules);
  const { registerMessageHandlers } = await import('@/entrypoints/background/handlers');
  registerMessageHandlers();
  const { db } = await import('@/lib/db');
  const { hashPin, NO_LOCK } = await import('@/lib/pin');
  const record = await hashPin(PIN);
  const tables = ['events', 'reports', 'pauses', 'dailyCounts', 'secrets'] as const;

  async function seed(): Promise<void> {
    const d = db();
    await Promise.all(tables.map((t) => d.table(t).clear()));
    await d.secrets.put({ key: 'pin', record, lock: NO_LOCK });
    await d.events.add({
      time: 1,
      host: 'chat.example',
      kind: 'chat',
      categories: ['secrecy'],
      risk: 'low',
      action: 'tip',
    });
    for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.session]) {
      const keys = Object.keys(await area.get(null));
      if (keys.length) await area.remove(keys);
    }
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, setupDone: true } });
    await fakeBrowser.storage.session.set({ pinGrants: { [TOKEN]: Date.now() + 600_000 } });
    for (const spy of [create, update, dnr]) spy.mockClear();
  }

  async function snapshot(): Promise<string> {
    const d = db();
    const rows = await Promise.all(tables.map((t) => d.table(t).toArray()));
    const [local, session] = await Promise.all([
      fakeBrowser.storage.local.get(null),
      fakeBrowser.storage.session.get(null),
    ]);
    return JSON.stringify({ rows, local, session });
  }

  const sideEffects = () => create.mock.calls.length + update.mock.calls.length + dnr.mock.calls.length;
  return { seed, snapshot, sideEffects };
}

/** What the handlers may do with this message: act on it, or nothing at all. */
function mayAct(message: unknown, sender: unknown): boolean {
  if (!message || typeof message !== 'object') return false;
  const { type, data, timestamp } = message as { type?: unknown; data?: unknown; timestamp?: unknown };
  if (typeof type !== 'string' || typeof timestamp !== 'number' || !TO_BACKGROUND.includes(type)) return false;
  const from = classifySender(sender as never);
  if (!from) return false;
  if (from.kind === 'content' && !(FROM_CONTENT as readonly string[]).includes(type)) return false;
  if ((PAYLOAD_LESS as readonly string[]).includes(type)) return true;
  return schemas[type as keyof typeof schemas].safeParse(data).success;
}

/** The only answers a refused sender may get: nothing, `null`, a refusal, or a status that says nothing. */
function isRefusal(res: unknown): boolean {
  if (res === undefined || res === null || res === false) return true;
  if (typeof res !== 'object') return false;
  const r = res as Record<string, unknown>;
  if (r.ok === false) return true;
  return JSON.stringify(r) === JSON.stringify({ hasPin: false, lockedForMs: 0 });
}

beforeEach(async () => {
  env = await setUp();
});

describe('fuzzing the background with messages', () => {
  test('one message at a time: no throw, nothing stored for refused input, nothing for unprivileged senders', async () => {
    let acted = 0;
    await fc.assert(
      fc.asyncProperty(messageArb, senderArb, async (message, sender) => {
        await env.seed();
        const before = await env.snapshot();
        const answer = (await deliver(message, sender)) as { res?: unknown; err?: unknown } | undefined;
        const type = (message as { type?: unknown })?.type;
        if (typeof type === 'string' && TO_BACKGROUND.includes(type)) {
          expect(answer?.err, `${type} threw`).toBeUndefined();
        }
        if (mayAct(message, sender)) {
          acted++;
          return;
        }
        expect(await env.snapshot(), `${JSON.stringify(message).slice(0, 300)} changed state`).toBe(before);
        expect(env.sideEffects(), `${String(type)} opened or changed a tab or a rule`).toBe(0);
        const from = classifySender(sender as never);
        if (typeof type === 'string' && TO_BACKGROUND.includes(type) && from?.kind !== 'extension' && answer) {
          if (!(FROM_CONTENT as readonly string[]).includes(type) || !from) {
            expect(isRefusal(answer.res), `${type} answered ${JSON.stringify(answer.res)}`).toBe(true);
          }
        }
      }),
      { numRuns: 1500 },
    );
    // The property above is only meaningful if valid, privileged messages got through too.
    expect(acted).toBeGreaterThan(100);
  }, 120_000);

  test('sequences from unprivileged senders never touch what a parent controls', async () => {
    const unprivileged = fc.oneof(
      fc.constantFrom('content', 'otherExtension', 'none').map((k) => senders[k as keyof typeof senders]()),
      fc.constantFrom(...ODD_SENDERS).map((make) => make()),
    );
    const { db } = await import('@/lib/db');
    const parentControlled = async () =>
      JSON.stringify({
        settings: (await fakeBrowser.storage.local.get('settings')).settings,
        grants: (await fakeBrowser.storage.session.get('pinGrants')).pinGrants,
        secrets: await db().secrets.toArray(),
        reports: await db().reports.toArray(),
        pauses: await db().pauses.toArray(),
        counts: await db().dailyCounts.toArray(),
        // The seeded event's choice: only the tab its prompt was shown in may answer it.
        choice: (await db().events.get(1))?.choice ?? null,
      });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(messageArb, unprivileged), { minLength: 3, maxLength: 12 }), async (steps) => {
        await env.seed();
        const before = await parentControlled();
        for (const [message, sender] of steps) {
          const answer = (await deliver(message, sender)) as { err?: unknown } | undefined;
          if (TO_BACKGROUND.includes((message as { type?: string })?.type ?? '')) expect(answer?.err).toBeUndefined();
        }
        // Valid findings may add events (that is the guard's job, within its rate limit); nothing else may change.
        expect(await parentControlled()).toBe(before);
        expect(env.sideEffects()).toBe(0);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
