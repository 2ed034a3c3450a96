import { expect, test } from 'vitest';
import { z } from 'zod';
import type { PinProtocol } from '../../lib/messages/protocol/pin';
import { linkedTo } from '../../lib/messages/schemas/link';

/**
 * `linkedTo` ties each message schema to its payload type at compile time (`tsc` runs over this file). Every
 * `@ts-expect-error` below is a drift that must fail to compile; if the link ever stopped catching one, the directive
 * itself would be the error. The last call is the one that must compile.
 */
const pin = z.string().max(8);
const link = linkedTo<PinProtocol>();

test('a schema drifting from its message type does not compile', () => {
  // @ts-expect-error a field the schema accepts but the message type lacks
  link({ verifyPin: z.strictObject({ pin, note: z.string().optional() }) });
  // @ts-expect-error a field the message type has but the schema lacks (a strict schema would drop the message)
  link({ setPin: z.strictObject({ pin }) });
  // @ts-expect-error a field of another type
  link({ verifyPin: z.strictObject({ pin: z.number() }) });
  // @ts-expect-error a required field where the message type has it optional
  link({ setPin: z.strictObject({ pin, currentPin: pin }) });
  // @ts-expect-error a message the area does not have
  link({ verifyPinTwice: z.strictObject({ pin }) });
  const linked = link({
    verifyPin: z.strictObject({ pin }),
    setPin: z.strictObject({ pin, currentPin: pin.optional() }),
  });
  expect(Object.keys(linked)).toEqual(['verifyPin', 'setPin']);
});
