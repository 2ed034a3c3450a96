import { expect, test } from 'vitest';
import { canonicalJson } from './canonical-json';

test('equal data gives equal text, whatever the order of its keys, at every depth', () => {
  const a = { b: 1, a: { d: [3, { y: 1, x: 2 }], c: null }, e: 'x' };
  const b = { e: 'x', a: { c: null, d: [3, { x: 2, y: 1 }] }, b: 1 };
  expect(canonicalJson(a)).toBe(canonicalJson(b));
  expect(canonicalJson(a)).toBe('{"a":{"c":null,"d":[3,{"x":2,"y":1}]},"b":1,"e":"x"}');
  expect(canonicalJson({ a: [2, 1] })).not.toBe(canonicalJson({ a: [1, 2] }));
  expect(canonicalJson(undefined)).toBe('null');
});
