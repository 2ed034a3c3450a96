import type { z } from 'zod';

/** Whether two types are the same type (not merely assignable one way: an extra optional field counts). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** A type without `readonly`, at any depth: a message may take a readonly list where the schema parses a mutable one. */
type Plain<T> = T extends readonly (infer Item)[]
  ? Plain<Item>[]
  : T extends object
    ? { -readonly [Key in keyof T]: Plain<T[Key]> }
    : T;

/** The payload of a message in a protocol interface: its one parameter, `undefined` when it takes none. */
type PayloadOf<Message> = Message extends (...args: infer Args) => unknown ? Args[0] : never;

type Linked<Schemas, Protocol> = {
  [Key in keyof Schemas]: Key extends keyof Protocol
    ? Same<Plain<z.input<Schemas[Key]>>, Plain<PayloadOf<Protocol[Key]>>> extends true
      ? Same<Plain<z.output<Schemas[Key]>>, Plain<PayloadOf<Protocol[Key]>>> extends true
        ? unknown
        : { mismatch: `the schema of ${Key & string} parses to another type than its message's payload` }
      : { mismatch: `the schema of ${Key & string} accepts another type than its message's payload` }
    : { mismatch: `${Key & string} is not a message of this protocol area` };
};

/**
 * Ties the inbound schemas of one protocol area to the message types of `lib/messages/protocol`, both ways: `tsc`
 * fails on the message whose schema accepts or returns a type other than its payload — a field added, dropped,
 * renamed or retyped on one side only — and on a schema for a message the area does not have. (`lib/transfer/rows.ts`
 * links its row schemas one way with `satisfies`; a strict message schema needs both, or a field the type gained but
 * the schema lacks would make the background drop every message that carries it.)
 *
 * @example
 * export const pinSchemas = linkedTo<PinProtocol>()({ verifyPin: z.strictObject({ pin }) });
 */
export const linkedTo =
  <Protocol>() =>
  <Schemas extends Record<string, z.ZodType>>(schemas: Schemas & Linked<Schemas, Protocol>): Schemas =>
    schemas;
