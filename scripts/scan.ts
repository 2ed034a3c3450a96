// `npm run scan -- [--kind chat|page|search|typed|ui] [--tokens] [FILE...]`: what the engine finds in a text file or
// stdin, for rule authors. `npm run scan -- --jsonl` reads lines {"id","text","kind"?,"lang"?} from stdin and writes
// one JSON line per input, in order, and nothing else on stdout; a bad line gets {"id","error"} and a message on stderr.
import fs from 'node:fs';
import readline from 'node:readline';
import { createDetector, explainWords, INPUT_KINDS, type InputKind } from '../lib/detection';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const files = args.filter((a, i) => !a.startsWith('--') && !['--kind'].includes(args[i - 1] ?? ''));
const detector = createDetector();

function parseKind(value: unknown): InputKind {
  if (value === undefined) return 'chat';
  if (typeof value === 'string' && (INPUT_KINDS as readonly string[]).includes(value)) return value as InputKind;
  throw new Error(`kind must be one of ${INPUT_KINDS.join(', ')}`);
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
      if (typeof input.text !== 'string') throw new Error('"text" must be a string');
      if (input.lang !== undefined && !['id', 'en', 'jv'].includes(input.lang as string)) {
        throw new Error('"lang" must be id, en or jv');
      }
      const r = detector.scan({ text: input.text, kind: parseKind(input.kind) });
      const findings = r.findings.map(({ category, ruleId, start, end }) => ({ category, ruleId, start, end }));
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
    const r = detector.scan({ text, kind });
    console.log(
      `${name} (${kind}): risk ${r.risk}${r.categories.length ? ` — ${r.categories.join(', ')}` : ''} [${r.reason}]`,
    );
    for (const f of r.findings) {
      const line = text.slice(0, f.start).split('\n').length;
      const weak = f.weak ? ' (weak)' : '';
      console.log(
        `  line ${line}  ${f.severity.padEnd(6)} ${f.category.padEnd(16)} ${f.ruleId}${weak}  "${text.slice(f.start, f.end)}"`,
      );
    }
    if (flag('--tokens')) console.log(`  words: ${explainWords(text).join(' ')}`);
  }
}

if (flag('--jsonl')) await jsonl();
else plain();
