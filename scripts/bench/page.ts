/**
 * The page section of `npm run bench`: what the engine costs inside a real page. The per-page runtime
 * (`lib/detection/runtime.ts`, no rules, no compiler) is bundled and minified, injected into headless Chromium,
 * and the default pack is loaded there the way the guard script loads it from `storage.local`.
 */
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { buildPack } from '../../lib/detection';
import { findBrowser } from '../lib/find-browser.mjs';
import type { BenchRow } from './rows';
import { benchText } from './text';

async function runtimeBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'chrome109',
      lib: { entry: 'lib/detection/runtime.ts', name: 'KawanAmanEngine', formats: ['iife'], fileName: 'engine' },
    },
  });
  const output = (Array.isArray(out) ? out[0]! : out) as { output: { code?: string }[] };
  return output.output[0]!.code!;
}

export async function pageRows(): Promise<BenchRow[]> {
  const code = await runtimeBundle();
  // Part of guard.js, whose bar (≤ 30 KB minified, issue #4) is checked in the content-script rows below.
  const rows: BenchRow[] = [
    { group: 'page', metric: 'engine code in the guard script (minified)', value: code.length / 1024, unit: 'KB' },
  ];
  const executablePath = findBrowser();
  if (!executablePath) {
    console.warn('No Chromium found (set CHROMIUM_PATH): page start-up not measured.');
    return rows;
  }
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title><p>page</p>');
    await page.addScriptTag({ content: code });
    const packJson = JSON.stringify(buildPack());
    const text = benchText(1_000_000);
    const r = await page.evaluate(
      ({ packJson, text }) => {
        type Engine = {
          detectorFromPack(p: unknown): { scan(i: { text: string; kind: string }): { risk: string } };
        };
        const engine = (globalThis as unknown as { KawanAmanEngine: Engine }).KawanAmanEngine;
        // The first load in a fresh page is what the guard pays on every page load (no warm JIT).
        let t = performance.now();
        const pack = JSON.parse(packJson);
        const parse = performance.now() - t;
        t = performance.now();
        const detector = engine.detectorFromPack(pack);
        const cold = performance.now() - t;
        t = performance.now();
        detector.scan({ text: 'jangan bilang ortu ya', kind: 'chat' });
        const firstScan = performance.now() - t;
        const packs = Array.from({ length: 30 }, () => JSON.parse(packJson));
        t = performance.now();
        for (const p of packs) engine.detectorFromPack(p);
        const warm = (performance.now() - t) / packs.length;
        detector.scan({ text, kind: 'page' });
        t = performance.now();
        for (let i = 0; i < 5; i++) detector.scan({ text, kind: 'page' });
        const mbps = (5 * text.length) / 1e6 / ((performance.now() - t) / 1000);
        return { parse, cold, firstScan, warm, mbps };
      },
      { packJson, text },
    );
    rows.push(
      {
        group: 'page',
        metric: 'pack load, first in a fresh page',
        value: r.cold,
        unit: 'ms',
        budget: '≤ 2 ms',
        ok: r.cold <= 2,
      },
      {
        group: 'page',
        metric: 'pack load, warm (mean of 30)',
        value: r.warm,
        unit: 'ms',
        budget: '≤ 2 ms',
        ok: r.warm <= 2,
      },
      { group: 'page', metric: 'stored pack read (JSON.parse of the value)', value: r.parse, unit: 'ms' },
      { group: 'page', metric: 'first scan of a chat line', value: r.firstScan, unit: 'ms' },
      { group: 'page', metric: 'scan 1 MB in the page (wall clock)', value: r.mbps, unit: 'MB/s' },
    );
  } finally {
    await browser.close();
  }
  return rows;
}
