import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// The shape practice pages (issue #13): each is labelled, exists, is linked from the practice index, is driven by the
// demo, and imitates an app without naming its parts: no class or id says "chat" or "message" (real apps hash them).
const dir = path.resolve('tests/fixtures/pages/shapes');
const index = fs.readFileSync(path.resolve('tests/fixtures/pages/index.html'), 'utf8');

test('every labelled page exists, is linked from the practice index and has a demo scenario', async () => {
  const { SHAPE_PAGES } = await import('../fixtures/pages/shapes/pages.mjs');
  const { SCENARIOS } = await import('../../scripts/demo-scenarios.mjs');
  const paths = (SCENARIOS as { path: string }[]).map((s) => s.path);
  for (const p of SHAPE_PAGES as { file: string; host: string }[]) {
    expect(fs.existsSync(path.join(dir, p.file)), p.file).toBe(true);
    expect(index, p.file).toContain(`//${p.host}.test/shapes/${p.file}`);
    expect(
      paths.some((u) => u.includes(`${p.host}.test`) && u.includes(`/shapes/${p.file}`)),
      `demo scenario for ${p.file}`,
    ).toBe(true);
  }
});

test('at least 15 chats and a dozen look-alikes, in Indonesian and English, risky and harmless', async () => {
  const { SHAPE_PAGES } = await import('../fixtures/pages/shapes/pages.mjs');
  const pages = SHAPE_PAGES as { kind: string; lang: string }[];
  expect(pages.filter((p) => p.kind !== 'page').length).toBeGreaterThanOrEqual(15);
  expect(pages.filter((p) => p.kind === 'page').length).toBeGreaterThanOrEqual(12);
  for (const kind of ['risky', 'harmless', 'page'])
    for (const lang of ['id', 'en'])
      expect(
        pages.some((p) => p.kind === kind && p.lang === lang),
        `${kind} ${lang}`,
      ).toBe(true);
});

test('no class or id on a shape page says "chat" or "message"', () => {
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(dir, file), 'utf8');
    const names = [...html.matchAll(/(?:class|id)="([^"]*)"|className = ['`"]([^'`"]*)/g)].map((m) => m[1] ?? m[2]);
    expect(
      names.filter((n) => /chat|message/i.test(n!)),
      file,
    ).toEqual([]);
  }
});
