// `npm test`: everything CI checks, in order, on a fresh clone. The exit code tells the truth.
import fs from 'node:fs';
import path from 'node:path';
import { requireBrowser, requireFirefox } from './lib/browser.mjs';
import { bin, capture, ensureDependencies, ROOT, run, step } from './lib/run.mjs';

const started = Date.now();
try {
  await ensureDependencies();
  // Known vulnerabilities in production dependencies (high or critical fail); skipped when offline.
  await step('npm audit of production dependencies', () =>
    run(process.execPath, [path.join(ROOT, 'scripts/audit.mjs')]),
  );
  await step('Type-check', async () => {
    await run(bin('tsc'), ['--noEmit']);
    await run(bin('tsc'), ['-p', 'lib/detection']);
  });
  await step('Lint and format', async () => {
    await run(bin('eslint'), ['.', '--max-warnings=0']);
    await run(bin('prettier'), ['--check', '.', '--log-level=warn']);
  });
  await step('Unit, meta and corpus tests', () => run(bin('vitest'), ['run']));
  await step('Build Chrome (MV3) and Firefox', async () => {
    await run(bin('wxt'), ['build']);
    await run(bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
  });
  await step('web-ext lint of the Firefox build', async () => {
    const { out } = await capture(bin('web-ext'), [
      'lint',
      '--source-dir',
      path.join(ROOT, '.output/firefox-mv3'),
      '--no-config-discovery',
      '--output=json',
    ]);
    const report = JSON.parse(out.slice(out.indexOf('{')));
    for (const w of report.warnings ?? []) console.log(`  warning ${w.code}: ${w.file ?? ''} ${w.message}`);
    for (const e of report.errors ?? []) console.log(`  ERROR ${e.code}: ${e.file ?? ''} ${e.message}`);
    console.log(
      `  ${report.count ?? 0} messages: ${report.summary?.errors ?? '?'} errors, ${report.summary?.warnings ?? '?'} warnings`,
    );
    if ((report.summary?.errors ?? 1) !== 0) throw new Error('web-ext lint found errors');
  });
  await step('End-to-end tests in Chromium', async () => {
    const browser = await requireBrowser();
    await run(bin('playwright'), ['test'], { env: { ...process.env, CHROMIUM_PATH: browser } });
  });
  // The Firefox MV3 build in Debian's Firefox ESR, over WebDriver BiDi (tests/firefox).
  await step('End-to-end tests in Firefox', async () => {
    const firefox = await requireFirefox();
    await run(bin('playwright'), ['test', '-c', 'playwright.firefox.config.ts'], {
      env: { ...process.env, FIREFOX_PATH: firefox },
    });
  });
  console.log(`\n✔ All checks passed in ${((Date.now() - started) / 60000).toFixed(1)} min`);
} catch (error) {
  console.error(`\n✘ ${error instanceof Error ? error.message : error}`);
  if (fs.existsSync(path.join(ROOT, 'test-results'))) console.error('  Traces and screenshots: test-results/');
  process.exit(1);
}
