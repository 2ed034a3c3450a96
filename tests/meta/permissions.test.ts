import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import config, { EXTENSION_CSP } from '../../wxt.config';

/**
 * Every power the extension asks the browser for is reviewed and explained to parents and schools: each permission,
 * host permission, web-accessible resource and content-script match has a row in the README's "Permissions, and why"
 * table, no row describes a permission that is gone, and the extension pages' CSP is printed there and stays strict
 * (our own scripts only, no eval, nothing fetched from anywhere else).
 *
 * The manifests are the built ones (`.output/chrome-mv3`, `.output/firefox-mv3`) when a build exists — what really
 * ships — and always the ones `wxt.config.ts` produces for Chrome and for Firefox, so the check also runs before any
 * build (`npm test` runs vitest before it builds).
 */

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: ({ resources: string[] } | string)[];
  content_scripts?: { matches?: string[] }[];
  content_security_policy?: { extension_pages?: string } | string;
}

type ManifestFn = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest;

const manifestOf = config.manifest as ManifestFn;
const BUILT = ['.output/chrome-mv3/manifest.json', '.output/firefox-mv3/manifest.json'];

const sources: [string, Manifest][] = [
  [
    'wxt.config.ts (chrome)',
    manifestOf({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' }),
  ],
  [
    'wxt.config.ts (firefox)',
    manifestOf({ browser: 'firefox', manifestVersion: 3, mode: 'production', command: 'build' }),
  ],
];
for (const file of BUILT) {
  if (fs.existsSync(file)) sources.push([file, JSON.parse(fs.readFileSync(path.resolve(file), 'utf8')) as Manifest]);
}

/** Everything the extension asks for, as the README names it. */
function powersOf(manifest: Manifest): { name: string; kind: string }[] {
  const out: { name: string; kind: string }[] = [];
  for (const p of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
    out.push({ name: p, kind: 'permission' });
  }
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
  for (const h of hosts) out.push({ name: h, kind: 'host permission' });
  for (const entry of manifest.web_accessible_resources ?? []) {
    for (const r of typeof entry === 'string' ? [entry] : entry.resources) {
      out.push({ name: r, kind: 'web-accessible resource' });
    }
  }
  // A content script's matches grant host access of their own, unless `<all_urls>` already covers them.
  if (!hosts.includes('<all_urls>')) {
    for (const cs of manifest.content_scripts ?? []) {
      for (const m of cs.matches ?? []) out.push({ name: m, kind: 'content-script match' });
    }
  }
  return out;
}

function cspOf(manifest: Manifest): string | undefined {
  const csp = manifest.content_security_policy;
  return typeof csp === 'string' ? csp : csp?.extension_pages;
}

const readme = fs.readFileSync(path.resolve('README.md'), 'utf8');

/** The "Permissions, and why" section, up to the next heading of the same or a higher level. */
function permissionsSection(): string {
  const start = readme.indexOf('\n## Permissions, and why');
  if (start < 0) return '';
  const rest = readme.slice(start + 1);
  const end = rest.slice(3).search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end + 3);
}

/** The backticked names in the first column of each row of the section's table. */
function tableRows(section: string): string[][] {
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1) // the header row
    .map((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

const section = permissionsSection();
const rows = tableRows(section);

describe('permissions and CSP are reviewed in the README', () => {
  test('the README has a "Permissions, and why" table', () => {
    expect(section, 'README.md needs a "## Permissions, and why" section').not.toBe('');
    expect(rows.length).toBeGreaterThan(0);
  });

  test.each(sources)('%s: every permission, host permission and web-accessible resource has a row', (_, manifest) => {
    const named = new Set(rows.flat());
    const missing = powersOf(manifest)
      .filter((p) => !named.has(p.name))
      .map((p) => `${p.kind} \`${p.name}\``);
    expect(missing, `add a row to README "Permissions, and why" for: ${missing.join(', ')}`).toEqual([]);
  });

  test('no row explains a permission the extension no longer asks for', () => {
    const asked = new Set(sources.flatMap(([, m]) => powersOf(m).map((p) => p.name)));
    // A row may also name a property of its permission (`use_dynamic_url`) or the CSP key.
    const stale = rows.filter((names) => !names.some((n) => asked.has(n) || n === 'content_security_policy'));
    expect(stale.map((names) => names.join(', ') || '(a row with no `name`)')).toEqual([]);
  });

  test.each(sources)('%s: the extension pages carry the strict CSP', (_, manifest) => {
    expect(cspOf(manifest)).toBe(EXTENSION_CSP);
  });

  test('the CSP allows only our own code: no eval, no inline or remote scripts, no remote connections', () => {
    const directives = new Map(
      EXTENSION_CSP.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(EXTENSION_CSP).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
  });

  test('the README prints the CSP word for word and says why', () => {
    expect(section).toContain(EXTENSION_CSP);
    expect(rows.some((names) => names.includes('content_security_policy'))).toBe(true);
  });
});
