// `npm run scan -- [--kind chat|page|search|typed|ui] [--tokens] [--rules-only] [FILE...]`: what Kawan Aman decides
// for a text file or stdin — the rules and the learned layer together, exactly as the extension decides that kind
// (`lib/detection/model/decide.ts`). `--rules-only` leaves the model out.
//
// `npm run scan -- --jsonl` reads lines {"id","text","kind"?} from stdin (kind chat, page, search, typed or ui; chat
// by default) and writes one line {"id","risk","categories","findings"} per input, in order, and nothing else on
// stdout; a bad line gets {"id","error"} and a message on stderr. A `page` line carries either
// "page": {"url","title","headings","text"} or plain "text", read as the guard reads a page: the first non-empty line
// is the title, the rest the main text (no headings, no address).
import fs from 'node:fs';
import readline from 'node:readline';
import { createDetector, explainWords, INPUT_KINDS, type InputKind, type PageInput } from '../lib/detection';
import { decideItem, type Engine } from '../lib/detection/model/decide';
import { loadModel } from './lib/load-model';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const files = args.filter((a, i) => !a.startsWith('--') && !['--kind'].includes(args[i - 1] ?? ''));

const loaded = flag('--rules-only') ? null : loadModel();
if (loaded?.problem) process.stderr.write(`model file ${loaded.problem}: the rules decide alone\n`);
const engine: Engine = { detector: createDetector(), model: loaded?.model ?? null };

function parseKind(value: unknown): InputKind {
  if (value === undefined) return 'chat';
  if (typeof value === 'string' && (INPUT_KINDS as readonly string[]).includes(value)) return value as InputKind;
  throw new Error(`kind must be one of ${INPUT_KINDS.join(', ')}`);
}

/** A page as the guard sees one, from plain text: first non-empty line the title, the rest the main text. */
export function pageFromText(text: string): PageInput {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim());
  if (first < 0) return { url: '', title: '', headings: [], text: '' };
  return {
    url: '',
    title: lines[first]!.trim(),
    headings: [],
    text: lines
      .slice(first + 1)
      .join('\n')
      .trim(),
  };
}

function parsePage(value: unknown): PageInput {
  const p = value as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (
    !p ||
    typeof p !== 'object' ||
    typeof p.title !== 'string' ||
    typeof p.text !== 'string' ||
    (p.url !== undefined && typeof p.url !== 'string') ||
    (p.headings !== undefined && !strings(p.headings))
  ) {
    throw new Error('"page" must be {"url"?, "title", "headings"?, "text"}');
  }
  return { url: (p.url as string) ?? '', title: p.title, headings: (p.headings as string[]) ?? [], text: p.text };
}

/** The decision for one input, as the extension makes it for that kind. */
function decide(kind: InputKind, text: string, page?: PageInput) {
  if (kind === 'page') return decideItem(engine, { kind, page: page ?? pageFromText(text) })[0]!;
  return decideItem(engine, { kind, text })[0]!;
}

async function jsonl(): Promise<void> {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const input = JSON.parse(line) as Record<string, unknown>;
      if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('a line must be a JSON object');
      id = input.id ?? null;
      const kind = parseKind(input.kind);
      const page = kind === 'page' && input.page !== undefined ? parsePage(input.page) : undefined;
      if (!page && typeof input.text !== 'string') throw new Error('"text" must be a string');
      if (input.lang !== undefined && !['id', 'en', 'jv'].includes(input.lang as string)) {
        throw new Error('"lang" must be id, en or jv');
      }
      const r = decide(kind, (input.text as string | undefined) ?? '', page);
      const findings = r.findings.map(({ category, ruleId, start, end, layer }) => ({
        category,
        ruleId,
        start,
        end,
        layer: layer ?? 'rules',
      }));
      process.stdout.write(`${JSON.stringify({ id, risk: r.risk, categories: r.categories, findings })}\n`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stdout.write(`${JSON.stringify({ id, error: message })}\n`);
      process.stderr.write(`line ${n}: ${message}\n`);
    }
  }
}

function plain(): void {
  const kind = parseKind(option('--kind'));
  const inputs = files.length
    ? files.map((f) => [f, fs.readFileSync(f, 'utf8')] as const)
    : [['stdin', fs.readFileSync(0, 'utf8')] as const];
  for (const [name, text] of inputs) {
    const r = decide(kind, text);
    console.log(
      `${name} (${kind}): risk ${r.risk}${r.categories.length ? ` — ${r.categories.join(', ')}` : ''} [${r.reason}]`,
    );
    for (const f of r.findings) {
      const line = text.slice(0, f.start).split('\n').length;
      const notes = [f.weak && 'weak', f.damped && 'damped by the model'].filter(Boolean).join(', ');
      const words = f.layer === 'model' ? '(the whole text)' : `"${text.slice(f.start, f.end)}"`;
      console.log(
        `  ${f.layer === 'model' ? 'model ' : `line ${line}`}  ${f.severity.padEnd(6)} ${f.category.padEnd(16)} ${f.ruleId}${notes ? ` (${notes})` : ''}  ${words}`,
      );
    }
    if (flag('--tokens')) console.log(`  words: ${explainWords(text).join(' ')}`);
  }
}

if (flag('--jsonl')) await jsonl();
else plain();
