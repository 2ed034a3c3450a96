// `npm run scan -- [--kind chat|page|search|typed|ui] [--tokens] [FILE...]`: what the engine finds in a text file or
// stdin, for rule authors. `npm run scan -- --jsonl` reads lines {"id","text","kind"?,"lang"?} from stdin and writes
// one JSON line per input, in order, and nothing else on stdout; a bad line gets {"id","error"} and a message on stderr.
// `npm run scan -- --phrases PHRASES.json [FILE...]` checks a list of extra phrases (a JSON array, `{ extraPhrases }`,
// or a Chrome/Chromium or Firefox policy file) the way the extension reads them: each phrase it skips is listed with
// the reason (exit code 1), and the FILEs are scanned with the usable ones.
import fs from 'node:fs';
import readline from 'node:readline';
import { createDetector, explainWords, INPUT_KINDS, type ExtraPhrase, type InputKind } from '../lib/detection';
import { parsePolicy } from '../lib/settings/policy';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const files = args.filter((a, i) => !a.startsWith('--') && !['--kind', '--phrases'].includes(args[i - 1] ?? ''));

/** The `extraPhrases` list in a phrases file: the list itself, `{ extraPhrases }`, or a browser policy file. */
function phraseList(file: string): unknown {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (Array.isArray(data)) return data;
  const find = (value: unknown, depth: number): unknown => {
    if (!value || typeof value !== 'object' || depth > 5) return undefined;
    if ('extraPhrases' in value) return (value as { extraPhrases: unknown }).extraPhrases;
    for (const child of Object.values(value)) {
      const found = find(child, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const list = find(data, 0);
  if (list === undefined) throw new Error(`${file}: no "extraPhrases" list found`);
  return list;
}

/** Checks the phrases file as the extension reads school policy: the usable phrases, the skipped ones reported. */
function checkPhrases(file: string): ExtraPhrase[] {
  const { policy, problems } = parsePolicy({ extraPhrases: phraseList(file) });
  const usable = policy.extraPhrases ?? [];
  console.log(`${file}: ${usable.length} phrase(s) usable, ${problems.length} skipped`);
  for (const p of problems) console.log(`  skipped ${p.key}: ${p.message}`);
  if (problems.length) process.exitCode = 1;
  return usable;
}

const phrasesFile = option('--phrases');
const extraPhrases = phrasesFile ? checkPhrases(phrasesFile) : [];
const detector = createDetector({ extraPhrases });

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
    if (flag('--tokens')) console.log(`  words: ${explainWords(text, extraPhrases).join(' ')}`);
  }
}

if (flag('--jsonl')) await jsonl();
// A phrases check alone does not wait for text on stdin.
else if (!phrasesFile || files.length) plain();
