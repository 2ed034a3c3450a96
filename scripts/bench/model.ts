/**
 * The learned layer's rows of `npm run bench` (issue #12): the model file's bytes, its load time (read, SHA-256,
 * parse; in Node and in the built extension's service worker), the cost per 80-character chat message and the
 * throughput on page samples (CPU time, best of several runs), and — in real Chromium with the built extension — a
 * chat message's added latency from the guard to the decision: `classifyText` sent from the guard's own content-script
 * world on a practice page, through the background's zod check, rate limit and model, and back.
 */
import { webcrypto } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { hashFeatures } from '../../lib/detection/model/features';
import { askModel } from '../../lib/detection/model/decide';
import { parseModel, scoreFeatures } from '../../lib/detection/model/model';
import { pageSample } from '../../lib/detection/model/sample';
import { findBrowser } from '../lib/find-browser.mjs';
import { loadModel } from '../lib/load-model';
import { MODEL_FILE } from '../lib/model-files';
import { PRACTICE_PORT, practiceBrowserArgs, practiceSiteUrl, startPracticeServer } from '../lib/practice-server.mjs';
import { bestMs, type BenchRow } from './rows';
import { benchText } from './text';

const MB = 1024 * 1024;
const ROOT = path.resolve(import.meta.dirname, '../..');
const percentile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};

/** Chat lines of 80 characters from the bench text (risky and harmless, three languages). */
function messages(count: number): string[] {
  const lines = benchText(400_000, 7)
    .split('\n')
    .map((l) => l.replace(/^[^:]{1,12}: /, ''))
    .filter((l) => l.length >= 20);
  return Array.from({ length: count }, (_, i) => {
    let s = lines[i % lines.length]!;
    for (let k = 1; s.length < 80; k++) s += ` ${lines[(i + k) % lines.length]}`;
    return s.slice(0, 80);
  });
}

async function nodeRows(): Promise<BenchRow[]> {
  const { model, problem } = loadModel();
  if (!model) return [{ group: 'model', metric: `model file ${problem}`, value: 0, unit: 'B', ok: false }];
  const size = fs.statSync(MODEL_FILE).size;
  let load = Infinity;
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    const bytes = new Uint8Array(fs.readFileSync(MODEL_FILE));
    await webcrypto.subtle.digest('SHA-256', bytes);
    parseModel(bytes);
    load = Math.min(load, performance.now() - t);
  }
  const lines = messages(4000);
  const perMessage = bestMs(() => lines.forEach((text) => askModel(model, { kind: 'chat', text })), 5) / lines.length;
  const times = lines.slice(0, 2000).map((l) => {
    const t = process.hrtime.bigint();
    askModel(model, { kind: 'chat', text: l });
    return Number(process.hrtime.bigint() - t) / 1e6;
  });
  const pages = benchText(3 * MB, 11)
    .match(/[\s\S]{1,3400}/g)!
    .map((t) => pageSample({ title: t.slice(0, 80), headings: [t.slice(80, 160)], text: t.slice(160) }));
  const pageChars = pages.reduce((n, p) => n + p.length, 0);
  const pageMs = bestMs(
    () => pages.forEach((p) => scoreFeatures(model, hashFeatures(p, 'page', model.header.bucketsLog2))),
    3,
  );
  return [
    {
      group: 'model',
      metric: 'model file (detection-model.bin)',
      value: size / MB,
      unit: 'MB',
      budget: '≤ 2 MB',
      ok: size <= 2 * MB,
    },
    {
      group: 'model',
      metric: 'load in Node (read + SHA-256 + parse)',
      value: load,
      unit: 'ms',
      budget: '≤ 50 ms',
      ok: load <= 50,
    },
    {
      group: 'model',
      metric: 'one 80-character chat message (features, score, opinion)',
      value: perMessage * 1000,
      unit: 'µs',
    },
    {
      group: 'model',
      metric: 'one 80-character chat message, p95 (wall clock)',
      value: percentile(times, 0.95) * 1000,
      unit: 'µs',
    },
    {
      group: 'model',
      metric: 'page samples (title, headings, 3,000 characters)',
      value: pageChars / MB / (pageMs / 1000),
      unit: 'MB/s',
    },
  ];
}

/** Finds the guard's own JavaScript world (the content script's isolated world) on a page, over the DevTools protocol. */
async function browserRows(): Promise<BenchRow[]> {
  const extensionDir = path.join(ROOT, '.output/chrome-mv3');
  const executablePath = findBrowser();
  if (!executablePath || !fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    console.warn('No Chromium or no build: the model’s latency in the browser was not measured.');
    return [];
  }
  const port = PRACTICE_PORT;
  const server = await startPracticeServer({ port }).catch(() => null);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kawan-aman-model-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: practiceBrowserArgs(extensionDir),
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await sw.evaluate(() => true);
    // In the service worker: fetch the file from the extension and hash it, as the model host does.
    const swLoad = await sw.evaluate(async (file: string) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        const bytes = await (await fetch(chrome.runtime.getURL(file))).arrayBuffer();
        await crypto.subtle.digest('SHA-256', bytes);
        times.push(performance.now() - t);
      }
      return Math.min(...times);
    }, '/detection-model.bin');
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const worlds: { id: number; auxData?: { type?: string }; origin: string; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    await page.goto(practiceSiteUrl('chat.test', '/chat.html', port), { waitUntil: 'load' });
    const deadline = Date.now() + 10_000;
    let world = worlds.find(
      (w) => w.auxData?.type === 'isolated' && /Kawan|chrome-extension/.test(`${w.name} ${w.origin}`),
    );
    while (!world && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      world = worlds.find(
        (w) => w.auxData?.type === 'isolated' && /Kawan|chrome-extension/.test(`${w.name} ${w.origin}`),
      );
    }
    if (!world)
      return [{ group: 'model', metric: 'guard world not found: latency not measured', value: 0, unit: 'ms' }];
    const lines = messages(300);
    // Paced at 25 ms, inside the tab's rate (one text every 20 ms), the way a busy chat arrives.
    const expression = `(async (lines) => {
      const times = [];
      for (let i = 0; i < lines.length; i++) {
        const t = performance.now();
        const answer = await chrome.runtime.sendMessage({ id: i, type: 'classifyText', data: { kind: 'chat', text: lines[i], earlier: i ? [lines[i - 1]] : [] }, timestamp: Date.now() });
        times.push([performance.now() - t, answer && answer.res !== undefined && answer.res !== null ? 1 : 0]);
        await new Promise((r) => setTimeout(r, 25));
      }
      return times;
    })(${JSON.stringify(lines)})`;
    const result = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: [number, number][] } };
    const samples = result.result.value;
    const [first, ...rest] = samples;
    const answered = samples.filter(([, ok]) => ok).length;
    const p95 = percentile(
      rest.map(([ms]) => ms),
      0.95,
    );
    return [
      {
        group: 'model',
        metric: 'load in the service worker (fetch + SHA-256)',
        value: swLoad,
        unit: 'ms',
        budget: '≤ 50 ms',
        ok: swLoad <= 50,
      },
      { group: 'model', metric: 'first chat message (the worker loads the model)', value: first![0], unit: 'ms' },
      {
        group: 'model',
        metric: 'chat message added latency, guard → decision, p50',
        value: percentile(
          rest.map(([ms]) => ms),
          0.5,
        ),
        unit: 'ms',
      },
      {
        group: 'model',
        metric: 'chat message added latency, guard → decision, p95',
        value: p95,
        unit: 'ms',
        budget: '≤ 5 ms',
        ok: p95 <= 5,
      },
      {
        group: 'model',
        metric: 'chat messages answered by the model',
        value: `${answered} / ${samples.length}`,
        unit: '',
      },
    ];
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
    await server?.close?.();
  }
}

export async function modelRows(): Promise<BenchRow[]> {
  return [...(await nodeRows()), ...(await browserRows())];
}
