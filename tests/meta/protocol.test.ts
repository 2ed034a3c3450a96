import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { z } from 'zod';
import { FROM_CONTENT, PAYLOAD_LESS, schemas, TO_CONTENT } from '../../lib/messages/schemas';
import type * as SenderModule from '../../entrypoints/background/sender';
import { deliver, senders, type SenderKind } from '../unit/support/messages';
import { VALID_PAYLOADS } from '../unit/support/protocol-examples';

/**
 * The message protocol's own bookkeeping (STYLE.md, Bitwarden's pattern): every message has a schema or is
 * documented as payload-less; every schema is strict and has a valid example; every message to the background has
 * exactly one handler, and every handler asks `classifySender` first — for every kind of sender and any payload.
 */

vi.mock('@/entrypoints/background/sender', async (original) => {
  const real = await original<typeof SenderModule>();
  return { ...real, classifySender: vi.fn(real.classifySender) };
});
vi.mock('@/entrypoints/background/prompt', () => ({ showPrompt: vi.fn(async () => undefined) }));

/** The `ProtocolMap` keys, read from the area interfaces in `lib/messages/protocol/*.ts` (types vanish at run time). */
function protocolKeys(): Map<string, { file: string; hasData: boolean }> {
  const dir = path.resolve('lib/messages/protocol');
  const keys = new Map<string, { file: string; hasData: boolean }>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const block of source.matchAll(/export interface \w+Protocol \{([\s\S]*?)\n\}/g)) {
      for (const m of block[1]!.matchAll(/^ {2}(\w+)\((data\??:)?/gm)) {
        expect(keys.has(m[1]!), `${m[1]} declared twice`).toBe(false);
        keys.set(m[1]!, { file, hasData: Boolean(m[2]) });
      }
    }
  }
  return keys;
}

const keys = protocolKeys();
const toBackground = [...keys.keys()].filter((k) => !(TO_CONTENT as readonly string[]).includes(k));

test('the protocol files were read', () => {
  expect(keys.size).toBeGreaterThan(20);
  expect(fs.readFileSync('lib/messages/protocol/index.ts', 'utf8')).toMatch(
    new RegExp(
      fs
        .readdirSync('lib/messages/protocol')
        .filter((f) => f !== 'index.ts')
        .map((f) => `from './${f.replace('.ts', '')}'`)
        .join('|'),
    ),
  );
});

test.each([...keys])(
  '%s has a schema, or is documented as payload-less or background → content',
  (key, { hasData }) => {
    const inSchemas = key in schemas;
    const payloadLess = (PAYLOAD_LESS as readonly string[]).includes(key);
    const toContent = (TO_CONTENT as readonly string[]).includes(key);
    expect([inSchemas, payloadLess, toContent].filter(Boolean), key).toHaveLength(1);
    // A message that carries data must be validated; a payload-less one must really have no data.
    if (hasData) expect(inSchemas || toContent, `${key} carries data but has no schema`).toBe(true);
    if (payloadLess) expect(hasData, `${key} is listed payload-less but declares data`).toBe(false);
  },
);

test('the lists in lib/messages/schemas name only real messages', () => {
  for (const key of [...Object.keys(schemas), ...PAYLOAD_LESS, ...TO_CONTENT, ...FROM_CONTENT]) {
    expect(keys.has(key), key).toBe(true);
  }
});

describe.each(Object.entries(schemas))('schema %s', (key, schema) => {
  const example = VALID_PAYLOADS[key as keyof typeof VALID_PAYLOADS];

  test('accepts its valid example', () => {
    const parsed = (schema as z.ZodType).safeParse(example);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  test('is strict: an unknown key, a wrong type or a huge string is refused', () => {
    const s = schema as z.ZodType;
    if (example === undefined) {
      expect(s.safeParse({}).success).toBe(false);
      expect(s.safeParse('x').success).toBe(false);
      return;
    }
    expect(s.safeParse({ ...(example as object), sneaky: 1 }).success).toBe(false);
    expect(s.safeParse(null).success).toBe(false);
    expect(s.safeParse([example]).success).toBe(false);
    for (const [field, value] of Object.entries(example as object)) {
      if (typeof value === 'string') {
        expect(s.safeParse({ ...(example as object), [field]: 'x'.repeat(30_000_000) }).success, field).toBe(false);
        expect(s.safeParse({ ...(example as object), [field]: 42 }).success, field).toBe(false);
      }
    }
  });
});

describe('the background’s handlers', () => {
  let classifySender: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    vi.resetModules();
    const { registerMessageHandlers } = await import('@/entrypoints/background/handlers');
    registerMessageHandlers();
    classifySender = vi.mocked((await import('@/entrypoints/background/sender')).classifySender);
  });

  test('every message to the background has a handler (and only the protocol’s messages do)', async () => {
    for (const key of toBackground) {
      const data = VALID_PAYLOADS[key as keyof typeof VALID_PAYLOADS];
      const answer = await deliver({ id: 1, type: key, data, timestamp: Date.now() }, senders.content());
      expect(answer, key).toBeDefined();
    }
    const unknown = await deliver({ id: 1, type: 'installBackdoor', data: {}, timestamp: 1 }, senders.page());
    expect(unknown).toBeUndefined();
  });

  const kinds = Object.keys(senders) as SenderKind[];
  test.each(kinds)('every handler classifies the sender first (sender: %s), whatever the payload', async (kind) => {
    for (const key of toBackground) {
      for (const data of [VALID_PAYLOADS[key as keyof typeof VALID_PAYLOADS], 42, null, { token: 'x' }]) {
        classifySender.mockClear();
        await deliver({ id: 1, type: key, data, timestamp: Date.now() }, senders[kind]());
        expect(classifySender, `${key} from ${kind}`).toHaveBeenCalled();
      }
    }
  });
});
