import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { EXTENSION_ID, PUBLIC_KEY } from '../../lib/extension-id';

test('the pinned extension id is derived from the manifest key', () => {
  const hex = createHash('sha256').update(Buffer.from(PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
  const id = hex.replace(/[0-9a-f]/g, (c) => 'abcdefghijklmnop'[parseInt(c, 16)]!);
  expect(id).toBe(EXTENSION_ID);
});
