import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * No remote code and no eval (issue #9): the extension builds code from strings nowhere, and the one library that
 * could — zod 4, whose JIT compiles parsers with `new Function` — has it switched off (`lib/zod-jitless.ts`) in every
 * context that loads zod, before anything parses.
 *
 * - Source: our own code never calls `eval`, `new Function`, `Function(…)` or a string timer, and never imports from
 *   a URL. Every entry file whose imports reach zod imports `@/lib/zod-jitless` first.
 * - Bundles (when `.output/chrome-mv3` exists — `npm test` builds after vitest, so a fresh checkout checks the source
 *   only): the only code-from-string sites in what ships are zod's two, both behind its `jitless` switch, and every
 *   extension context whose files contain zod also contains the `jitless` call.
 */

const ROOT = path.resolve('.');
const OUT = path.resolve('.output/chrome-mv3');
const SOURCE_DIRS = ['entrypoints', 'lib', 'components', 'locales'];
const JITLESS_MODULE = '@/lib/zod-jitless';

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : walk(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.(test|bench)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Code built from a string, in source or minified form. `Function.call.bind(…)` (no string) does not match. */
const CODE_FROM_STRING = [
  /(?<![\w$.'"`])eval\s*\(/g,
  /(?<![\w$.'"`])(?:new\s+)?Function\s*\(/g,
  /[=(,:]\s*Function\s*[,;)]/g, // an alias (`let F = Function`) that is then called
  /\bset(?:Timeout|Interval)\(\s*['"`]/g,
];

function codeFromString(text: string): { at: number; match: string }[] {
  return CODE_FROM_STRING.flatMap((re) => [...text.matchAll(re)].map((m) => ({ at: m.index, match: m[0] })));
}

describe('source: no eval, no remote code', () => {
  const files = SOURCE_DIRS.flatMap((d) => walk(path.join(ROOT, d)));

  test('there is source to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  test('our own code never builds code from a string or imports from a URL', () => {
    const found = files.flatMap((file) => {
      // Comments may name what they forbid.
      const text = fs
        .readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
      const hits = codeFromString(text).map((h) => h.match);
      if (/\bimport\s*\(\s*['"`]https?:|from\s+['"]https?:/.test(text)) hits.push('import from a URL');
      return hits.map((h) => `${path.relative(ROOT, file)}: ${h}`);
    });
    expect(found).toEqual([]);
  });
});

/** Value imports of a module (type-only imports don't load code). */
function importsOf(text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    if (!m[2]) specs.push(m[3]!);
  }
  return specs;
}

function resolveLocal(spec: string, from: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return undefined;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Whether `file`'s value imports reach zod (an upper bound: the bundler may shake some of it away). */
function reachesZod(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  for (const spec of importsOf(fs.readFileSync(file, 'utf8'))) {
    if (spec === 'zod' || spec.startsWith('zod/')) return true;
    const local = resolveLocal(spec, file);
    if (local && /\.tsx?$/.test(local) && reachesZod(local, seen)) return true;
  }
  return false;
}

/** The file each extension context starts from. */
function entryFiles(): string[] {
  return fs.readdirSync(path.join(ROOT, 'entrypoints'), { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    const dir = path.join(ROOT, 'entrypoints', entry.name);
    const start = ['main.tsx', 'main.ts', 'index.ts', 'index.tsx'].find((f) => fs.existsSync(path.join(dir, f)));
    return start ? [path.join(dir, start)] : [];
  });
}

describe('zod runs jitless in every context that loads it', () => {
  const entries = entryFiles();

  test('the background and the extension pages that parse with zod are among them', () => {
    const withZod = entries.filter((f) => reachesZod(f)).map((f) => path.relative(ROOT, f));
    expect(withZod).toEqual(
      expect.arrayContaining(['entrypoints/background/index.ts', 'entrypoints/options/main.tsx']),
    );
  });

  test.each(entries.map((f) => [path.relative(ROOT, f), f] as const))(
    '%s: if it loads zod, it imports the jitless switch before anything else',
    (_, file) => {
      if (!reachesZod(file)) return;
      expect(importsOf(fs.readFileSync(file, 'utf8'))[0], `${file} must import '${JITLESS_MODULE}' first`).toBe(
        JITLESS_MODULE,
      );
    },
  );

  test('the switch module sets jitless', () => {
    expect(fs.readFileSync(path.join(ROOT, 'lib/zod-jitless.ts'), 'utf8')).toContain('z.config({ jitless: true })');
  });

  test('the per-page scripts carry no zod at all', () => {
    for (const name of ['guard.content', 'chat-sites']) {
      const entry = entries.find((f) => f.includes(`${path.sep}${name}${path.sep}`));
      expect(entry, name).toBeDefined();
      expect(reachesZod(entry!), name).toBe(false);
    }
  });
});

const built = fs.existsSync(path.join(OUT, 'manifest.json'));

describe.skipIf(!built)('built bundles (.output/chrome-mv3): no eval but zod’s, and that one switched off', () => {
  const read = (rel: string) => fs.readFileSync(path.join(OUT, rel), 'utf8');
  // (A skipped describe still runs its body to collect the tests: nothing here may touch a missing .output.)
  const jsFiles = !built
    ? []
    : (function list(dir: string): string[] {
        return fs.readdirSync(path.join(OUT, dir), { withFileTypes: true }).flatMap((e) => {
          const rel = path.posix.join(dir, e.name);
          if (e.isDirectory()) return list(rel);
          return e.name.endsWith('.js') ? [rel] : [];
        });
      })('');

  // zod's probe (`if (config.jitless || …) return false; try { Function(''); return true } …`) and its parser
  // compiler (`compile() { const F = Function; … return new F(…) }`), which only runs when the probe said yes.
  const ZOD_PROBE = /\.jitless\|\|[^{}]{0,120}\)return!1;try\{return Function\(``\),!0\}catch\{return!1\}/g;
  const ZOD_COMPILER = /compile\(\)\{let (\w+)=Function,[^{}]{0,80}return new \1\(/g;
  const JITLESS_CALL = /\(\{jitless:!0\}\)/;

  test('there are bundles to check', () => {
    expect(jsFiles).toContain('background.js');
  });

  test.each(jsFiles)('%s builds no code from strings except inside zod’s switched-off JIT', (file) => {
    let text = read(file);
    text = text.replace(ZOD_PROBE, '<zod probe>').replace(ZOD_COMPILER, '<zod compiler>');
    expect(codeFromString(text).map(({ at, match }) => `${match} …${text.slice(at, at + 80)}`)).toEqual([]);
  });

  /** Every file a context loads: a page's scripts and module preloads, and what they import, transitively. */
  function contextFiles(start: string[]): Set<string> {
    const files = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (files.has(file) || !fs.existsSync(path.join(OUT, file))) continue;
      files.add(file);
      for (const m of read(file).matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
        queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!)));
      }
    }
    return files;
  }

  const manifest = (built ? JSON.parse(read('manifest.json')) : {}) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[] }[];
  };
  const contexts: [string, string[]][] = [
    ['background', [manifest.background?.service_worker ?? 'background.js']],
    ...(built ? fs.readdirSync(OUT) : [])
      .filter((f) => f.endsWith('.html'))
      .map((html): [string, string[]] => [
        html,
        [...read(html).matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!),
      ]),
    // Manifest content scripts and the ones injected on demand (the prompt).
    ...jsFiles.filter((f) => f.startsWith('content-scripts/')).map((f): [string, string[]] => [f, [f]]),
  ];

  test.each(contexts)('%s: if it loads zod, it also runs the jitless switch', (_, start) => {
    const files = [...contextFiles(start)];
    expect(files.length).toBeGreaterThan(0);
    const hasZod = files.some((f) => new RegExp(ZOD_PROBE.source).test(read(f)));
    if (!hasZod) return;
    expect(files.some((f) => JITLESS_CALL.test(read(f)))).toBe(true);
  });

  test('zod is in the background, and not in the per-page scripts', () => {
    const zodIn = (f: string) => new RegExp(ZOD_PROBE.source).test(read(f));
    expect(zodIn('background.js')).toBe(true);
    expect(zodIn('content-scripts/guard.js')).toBe(false);
  });
});
