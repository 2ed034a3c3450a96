import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { beforeEach, expect, test, vi } from 'vitest';
import type * as ModelClient from '@/entrypoints/guard.content/model-client';
import { buildPack, detectorFromPack, type Risk, type ScanResult } from '../../lib/detection';
import { deliver, senders } from '../unit/support/messages';
import { loadCorpus, type CorpusItem } from './corpus';

/**
 * `npm run scan -- --jsonl` must give exactly the decision the extension makes (issue #12). The extension's path here
 * is its own code: the guard's model client (`entrypoints/guard.content/model-client.ts`) sends `classifyText` as a
 * content script; the background's handler validates it, rate-limits it and asks the model host, which loads
 * `public/detection-model.bin` with its SHA-256 check; the guard folds the answer into the compiled pack's detector
 * (`detectorFromPack`, as the page loads it) — a conversation for chats, the page; a search query is the
 * background's own (`searches.ts` asks the model host itself). The CLI runs in its own process.
 */

vi.mock('@/entrypoints/guard.content/send', () => ({
  // The guard's wire format, delivered to the background's listeners from a content script's sender.
  send: async (type: string, data: unknown) =>
    ((await deliver({ id: 1, type, data, timestamp: Date.now() }, senders.content())) as { res?: unknown })?.res,
}));

const BYTES = new Uint8Array(fs.readFileSync('public/detection-model.bin'));
let client: typeof ModelClient;

// After tests/setup.ts's fakeBrowser.reset(), which removes message listeners.
beforeEach(async () => {
  const host = await import('@/entrypoints/background/model-host');
  host.setModelSource(async () => BYTES);
  // Loaded before the first question, as a running service worker has it (the guard waits MODEL_WAIT_MS at most).
  expect(await host.getModel()).not.toBeNull();
  (await import('@/entrypoints/background/handlers/model')).registerModelHandlers();
  client = await import('@/entrypoints/guard.content/model-client');
});

// Every kind, risky and harmless, from every writer of train and dev; one line each (a chat's first message).
const items = loadCorpus(['train', 'dev']).filter((_, i) => i % 13 === 0);
const lines = items.map((item) => {
  if (item.page) return { id: item.id, kind: 'page', page: item.page };
  return { id: item.id, kind: item.kind, text: item.text ?? item.messages![0]![1] };
});

// The pack as the page loads it from storage.local: plain JSON.
const detector = detectorFromPack(JSON.parse(JSON.stringify(buildPack())));

async function extension(
  item: CorpusItem,
  line: (typeof lines)[number],
): Promise<{ risk: Risk; categories: string[] }> {
  const { resetRateLimits } = await import('@/entrypoints/background/rate-limit');
  resetRateLimits();
  let r: ScanResult;
  if (item.page) r = detector.scanPage({ ...item.page }, await client.askPage(item.page));
  else if (item.kind === 'search') {
    // A query never passes through the page: the background asks its model host from the tab's URL.
    const { classify } = await import('@/entrypoints/background/model-host');
    r = detector.scan({
      text: line.text!,
      kind: 'search',
      model: await classify({ kind: 'search', text: line.text! }),
    });
  } else if (item.kind === 'chat') {
    const opinion = await client.createChatModel()('conversation', line.text!);
    r = detector.conversation().scan({ text: line.text!, kind: 'chat', direction: 'incoming', model: opinion });
  } else r = detector.scan({ text: line.text!, kind: item.kind });
  return { risk: r.risk, categories: r.categories };
}

test('the scan CLI and the extension decide every kind alike, rules and model together', async () => {
  expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['chat', 'page', 'search', 'typed', 'ui']));
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', '--jsonl'], {
    input: lines.map((l) => JSON.stringify(l)).join('\n'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; risk: Risk; categories: string[] });
  expect(out.map((o) => o.id)).toEqual(items.map((i) => i.id));
  const differ: string[] = [];
  let byModel = 0;
  for (const [n, item] of items.entries()) {
    const ext = await extension(item, lines[n]!);
    const cli = { risk: out[n]!.risk, categories: out[n]!.categories };
    if (JSON.stringify(ext) !== JSON.stringify(cli))
      differ.push(`${item.id}: cli ${JSON.stringify(cli)} ≠ ${JSON.stringify(ext)}`);
    if ((out[n] as unknown as { findings: { layer: string }[] }).findings.some((f) => f.layer === 'model')) byModel++;
  }
  expect(differ).toEqual([]);
  // The model took part (not a comparison of the rules with themselves).
  expect(byModel).toBeGreaterThan(0);
}, 300_000);
