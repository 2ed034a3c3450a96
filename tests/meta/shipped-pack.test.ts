import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { isPack, packSource, shippedPack, SHIPPED_PACK_FILE } from '../../lib/detection';

/**
 * The built-in rules ship compiled (issue #15): `wxt build` writes `shippedPack()` as `detection-pack.json`, and the
 * background uses it as is when its `source` is the one the rules in the same build compile from. These checks keep
 * that honest: the shipped pack is a fresh compile of the rules, and each build's file is that pack.
 */

test('the shipped pack is a fresh compile of the built-in rules, with the source the background checks', () => {
  const pack = shippedPack();
  expect(isPack(JSON.parse(JSON.stringify(pack)))).toBe(true);
  expect(pack.source).toBe(packSource([]));
  expect(pack).toEqual({ ...shippedPack() });
});

const outputs = ['chrome-mv3', 'firefox-mv3']
  .map((dir) => path.resolve('.output', dir, SHIPPED_PACK_FILE))
  .filter((file) => fs.existsSync(file));

// `npm test` builds after the unit tests, so a fresh checkout checks the pack itself and a built one also its files.
// A build from older rules carries their source, which the background does not trust (it compiles instead); a file
// that claims the current source must be exactly the current compile.
test.skipIf(outputs.length === 0).each(outputs)('%s, when built from these rules, is their compile', (file) => {
  const pack = JSON.parse(fs.readFileSync(file, 'utf8')) as { source?: string };
  if (pack.source === packSource([])) expect(pack).toEqual(shippedPack());
});
