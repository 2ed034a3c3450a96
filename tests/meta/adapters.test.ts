import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { SITE_ADAPTERS } from '../../lib/sites/adapters/sites';
import { CHAT_SITE_HOSTS, CHAT_SITES } from '../../lib/sites/chat-sites';

const dir = path.resolve('lib/sites/adapters');
// Files in the adapters folder that are not a site: the contract, helpers, the registry and the list.
const NOT_SITES = ['types.ts', 'shared.ts', 'registry.ts', 'sites.ts'];

test('every site adapter file is registered and named after its id', () => {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !NOT_SITES.includes(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  expect(SITE_ADAPTERS.map((a) => a.id).sort()).toEqual(files);
});

test('adapter ids, hosts and the report schema’s site list agree', () => {
  expect(Object.keys(CHAT_SITE_HOSTS).sort()).toEqual(SITE_ADAPTERS.map((a) => a.id).sort());
  expect([...CHAT_SITES].sort()).toEqual([...SITE_ADAPTERS.map((a) => a.id), 'generic'].sort());
  for (const a of SITE_ADAPTERS) expect(a.hosts).toBe(CHAT_SITE_HOSTS[a.id as keyof typeof CHAT_SITE_HOSTS]);
});

test('every adapter has a practice page imitating its site, and a demo scenario', async () => {
  const { PRACTICE_SITES } = await import('../../scripts/lib/practice-server.mjs');
  const { SCENARIOS } = await import('../../scripts/demo-scenarios.mjs');
  for (const a of SITE_ADAPTERS) {
    const page = Object.values(PRACTICE_SITES as unknown as Record<string, string | string[][]>)
      .flat(2)
      .find((p) => p === `sites/${a.id}.html`);
    expect(page, a.id).toBeDefined();
    expect(fs.existsSync(path.resolve('tests/fixtures/pages', page!)), a.id).toBe(true);
    expect(
      (SCENARIOS as { name: string }[]).some((s) => s.name.startsWith(a.id)),
      `demo scenario for ${a.id}`,
    ).toBe(true);
  }
});
