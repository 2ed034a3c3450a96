import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { policyShape } from '../../lib/settings/policy';

/**
 * `public/managed_schema.json` (what Chromium validates school policy against) and `policyShape` (what the extension
 * validates) must describe the same policy.
 *
 * Chromium drops, silently, every policy value that does not fit the schema: chrome://policy shows the key as
 * "Not set." with no error, and the extension never sees it (verified on Chromium 150;
 * docs/school-guide.md#a-malformed-policy-and-why-managed_schemajson-has-no-enums). So the schema carries only what
 * Chromium needs to read and convert values (keys, JSON types, nesting; on Windows the types turn registry values into
 * booleans, numbers, objects and lists). Value rules — allowed values, required fields, ranges — are written in each
 * description for admins and enforced by zod in the extension, which lists every bad key for the admin instead of
 * losing it.
 */

type Json = {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  additionalProperties?: Json | boolean;
  propertyNames?: Json;
  minimum?: number;
  maximum?: number;
  description?: string;
};

const managed = JSON.parse(fs.readFileSync(path.resolve('public/managed_schema.json'), 'utf8')) as Json;
const expected = z.toJSONSchema(z.object(policyShape), { io: 'input' }) as Json;

/** "… Allowed values: a, b, c." → ['a', 'b', 'c'] */
function listAfter(label: string, description = ''): string[] | undefined {
  const match = new RegExp(`${label}: ([^.]+(?:\\.[^ .][^.]*)*)\\.`).exec(description);
  return match?.[1]!.split(', ');
}

function compare(zod: Json, ours: Json, at: string): void {
  expect(ours.type, `${at}: type`).toBe(zod.type);
  // Anything Chromium would enforce (and silently drop on) stays out of the schema.
  for (const key of ['enum', 'required', 'minimum', 'maximum', 'pattern', 'propertyNames'] as const) {
    expect(ours[key as keyof Json], `${at}: "${key}" makes Chromium drop values silently`).toBeUndefined();
  }
  if (zod.enum) {
    expect(listAfter('Allowed values', ours.description), `${at}: allowed values in the description`).toEqual(zod.enum);
  }
  if (zod.type === 'integer') {
    const range = /A whole number from (\d+) to (\d+)\./.exec(ours.description ?? '');
    expect(range?.slice(1).map(Number), `${at}: range in the description`).toEqual([zod.minimum, zod.maximum]);
  }
  if (zod.type === 'object' && zod.properties) {
    expect(Object.keys(ours.properties ?? {}).sort(), `${at}: keys`).toEqual(Object.keys(zod.properties).sort());
    for (const [key, child] of Object.entries(zod.properties)) compare(child, ours.properties![key]!, `${at}.${key}`);
    if (at !== 'policy') {
      expect(listAfter('Required', ours.description) ?? [], `${at}: required fields in the description`).toEqual(
        zod.required ?? [],
      );
    }
  }
  if (zod.type === 'object' && zod.propertyNames) {
    // A record keyed by category: Chromium keeps every key, zod reports unknown ones.
    expect(ours.properties, `${at}: a record has no fixed properties`).toBeUndefined();
    expect(listAfter('Allowed keys', ours.description), `${at}: allowed keys in the description`).toEqual(
      zod.propertyNames.enum,
    );
    compare(zod.additionalProperties as Json, ours.additionalProperties as Json, `${at}.*`);
  }
  if (zod.type === 'array') compare(zod.items!, ours.items!, `${at}[]`);
}

describe('public/managed_schema.json', () => {
  // The keys: docs/school-guide.md#the-kawan-aman-keys.
  test('has exactly the policy keys of the school guide, with the same types, nesting and documented values', () => {
    compare(expected, managed, 'policy');
  });

  test('gives every policy key a title and a description for admins', () => {
    for (const [key, property] of Object.entries(managed.properties ?? {})) {
      expect((property as { title?: string }).title, key).toBeTruthy();
      expect(property.description, key).toBeTruthy();
    }
  });

  test('is what the Chrome build ships', () => {
    const config = fs.readFileSync(path.resolve('wxt.config.ts'), 'utf8');
    expect(config).toMatch(/managed_schema: 'managed_schema\.json'/);
  });
});
