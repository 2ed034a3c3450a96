import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import config, { ALWAYS_ON_SCRIPTS, ENTRYPOINTS, PAGE_SCRIPTS, zones } from '../../eslint.config.js';

/**
 * The import boundaries in `eslint.config.js` only bite while their paths exist: a zone whose `target` or `from` was
 * renamed away stops nothing and says nothing (three did, issue #16). Every path a zone, an exception or the
 * always-on scripts' rules name must be in the repository, and the rule must be on with exactly these zones.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const exists = (relative: string) => fs.existsSync(path.resolve(ROOT, relative));
const list = (value: string | string[]) => [value].flat();

interface Zone {
  target: string | string[];
  from: string | string[];
  except?: string[];
}

describe('lint zones (import-x/no-restricted-paths)', () => {
  test.each((zones as Zone[]).map((zone, index) => [index, zone] as const))(
    'zone %i names only paths that exist',
    (_index, zone) => {
      for (const target of list(zone.target)) expect(exists(target), `target ${target}`).toBe(true);
      for (const from of list(zone.from)) {
        expect(exists(from), `from ${from}`).toBe(true);
        for (const except of zone.except ?? []) {
          expect(exists(path.join(from, except)), `except ${except} of ${from}`).toBe(true);
        }
      }
    },
  );

  test('every entrypoint has its own zone, and the page scripts are real entrypoints', () => {
    const targets = new Set((zones as Zone[]).flatMap((zone) => list(zone.target)));
    for (const name of ENTRYPOINTS) expect(targets, name).toContain(`./entrypoints/${name}`);
    expect(ENTRYPOINTS.length).toBeGreaterThan(5);
    for (const script of [...PAGE_SCRIPTS, ...ALWAYS_ON_SCRIPTS]) expect(exists(script), script).toBe(true);
  });

  test('the rule is on, with these zones', () => {
    const blocks = config as { rules?: Record<string, unknown>; files?: string[] }[];
    const rule = blocks.map((block) => block.rules?.['import-x/no-restricted-paths']).find(Boolean);
    expect(rule).toEqual(['error', expect.objectContaining({ zones })]);
  });

  test('the always-on scripts’ import bans name folders that exist', () => {
    const blocks = config as { rules?: Record<string, unknown>; files?: string[] }[];
    const banned = blocks.filter((block) => block.rules?.['no-restricted-imports']);
    expect(banned.length).toBeGreaterThan(0);
    for (const block of banned) {
      for (const glob of block.files ?? []) expect(exists(glob.replace(/\/\*\*$/, '')), glob).toBe(true);
    }
  });

  // Each boundary the issue found open, tried for real: ESLint lints an import written into the file it names.
  const probes = [
    ['entrypoints/guard.content/probe.ts', "import { schemas } from '@/lib/messages/schemas';"],
    ['entrypoints/chat-sites/probe.ts', "import { db } from '@/lib/db';"],
    ['entrypoints/prompt.content/probe.ts', "import { db } from '../../lib/db';"],
    ['lib/detection/probe.ts', "import { settingsItem } from '../settings/store';"],
    ['lib/detection/probe.ts', "import type { PageConfig } from '../settings/page-config';"],
    ['entrypoints/popup/probe.ts', "import { keepsCurrent } from '../prompt.content/lifetime';"],
    ['lib/policy/probe.ts', "import { onMessage } from '../../entrypoints/background/handlers';"],
  ] as const;

  test('each boundary bites', { timeout: 60_000 }, async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const [file, code] of probes) {
      const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path.join(ROOT, file) });
      const zoned = result!.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths');
      expect(zoned.length, `${file}: ${code}`).toBe(1);
    }
  });
});
