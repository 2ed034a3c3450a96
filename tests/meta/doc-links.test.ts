import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The design lives in the repository (`docs/`), and code cites it by link: `docs/design.md#guidance-levels`. Every
 * such citation — in code, tests, scripts, locales, policy files and the documents themselves — must point at a file
 * that exists and, with `#…`, at a heading in it; every relative Markdown link must resolve the same way. Nothing may
 * cite a design or notes outside the repository (`DESIGN.md §n`, `notes/wxt-mv3.md §n`), which someone who clones the
 * project cannot read.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Build output, dependencies, and the corpus (its text is never read by tests that are not about it). */
const SKIP = new Set([
  '.git',
  'node_modules',
  '.output',
  '.wxt',
  'demo-output',
  'test-results',
  'playwright-report',
  'tests/fixtures/corpus',
  'tests/fixtures/texts',
]);
const SELF = 'tests/meta/doc-links.test.ts';
const TEXT = /\.(ts|tsx|mjs|js|md|json|jsonc|reg|css|html|ya?ml)$/;

function files(dir = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (SKIP.has(relative) || relative === 'package-lock.json') continue;
    if (entry.isDirectory()) out.push(...files(relative));
    else if (TEXT.test(entry.name)) out.push(relative);
  }
  return out;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

const all = files();
const markdown = new Map<string, string>();
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Whether `target` (relative to the repository) exists, and has heading `anchor` when one is given. */
function resolves(target: string, anchor: string | undefined): string | null {
  const full = path.join(ROOT, target);
  if (!fs.existsSync(full)) return `${target} does not exist`;
  if (!anchor) return null;
  if (!target.endsWith('.md')) return null;
  if (!markdown.has(target)) markdown.set(target, read(target));
  return anchorsOf(markdown.get(target)!).has(anchor) ? null : `${target} has no heading #${anchor}`;
}

interface Citation {
  file: string;
  target: string;
  anchor?: string;
}

const citations: Citation[] = [];
const outside: string[] = [];
for (const file of all) {
  if (file === SELF) continue;
  const text = read(file);
  if (/DESIGN\.md|(?<!\w)notes\/[\w-]+\.md/.test(text)) outside.push(file);
  // Citations by path from the repository root: docs/x.md#anchor, README.md#anchor, entrypoints/…/monitor.design.md.
  for (const m of text.matchAll(/(?<![\w./-])((?:docs\/[\w-]+|README|[\w./-]+\.design)\.md)(?:#([\w-]+))?/g)) {
    if (file.endsWith('.md') && text.slice(Math.max(0, m.index - 2), m.index).endsWith('](')) continue;
    // A bare `monitor.design.md` names the file next to the one that cites it.
    const target =
      m[1]!.includes('/') || m[1] === 'README.md' ? m[1]! : path.posix.join(path.posix.dirname(file), m[1]!);
    citations.push({ file, target, anchor: m[2] });
  }
  // Relative Markdown links in the documents.
  if (file.endsWith('.md')) {
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const [href, anchor] = m[1]!.split('#') as [string, string | undefined];
      if (/^[a-z]+:/.test(href)) continue;
      const target = href ? path.posix.normalize(path.posix.join(path.posix.dirname(file), href)) : file;
      citations.push({ file, target: target.replace(/\/$/, ''), anchor });
    }
  }
}

describe('links into docs/ resolve', () => {
  test('the documents and the code cite each other', () => {
    expect(fs.existsSync(path.join(ROOT, 'docs/design.md'))).toBe(true);
    expect(citations.filter((c) => c.target.startsWith('docs/') && !c.file.endsWith('.md')).length).toBeGreaterThan(50);
  });

  test('every citation and relative link points at a file and heading that exist', () => {
    const broken = citations
      .map((c) => ({ c, problem: resolves(c.target, c.anchor) }))
      .filter(({ problem }) => problem !== null)
      .map(({ c, problem }) => `${c.file}: ${problem}`);
    expect(broken).toEqual([]);
  });

  test('nothing cites a design document outside the repository', () => {
    expect(outside).toEqual([]);
  });

  test.each([
    ['## Guidance levels', 'guidance-levels'],
    ['### The card’s test contract', 'the-cards-test-contract'],
    [
      '### A malformed policy, and why `managed_schema.json` has no enums',
      'a-malformed-policy-and-why-managed_schemajson-has-no-enums',
    ],
    ['## Data: page → guard → background', 'data-page--guard--background'],
  ])('anchor of %s', (heading, anchor) => {
    expect(anchorsOf(heading)).toContain(anchor);
  });
});
