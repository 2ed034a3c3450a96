// `npm run audit`: known vulnerabilities in what ships (production dependencies only), from the registry's audit
// endpoint. Fails on high or critical. When the endpoint can't be reached (offline, or a proxy that refuses it), it
// says so and passes: this one check needs the network; the extension and the rest of `npm test` do not.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAuditReport } from './lib/audit-report.mjs';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const TIMEOUT_MS = 60_000;

/** Runs npm audit; resolves to its stdout and stderr, or `null` when it gave no answer in time. */
function npmAudit() {
  return new Promise((resolve) => {
    const child = spawn('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
      cwd: ROOT,
      shell: process.platform === 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill();
      resolve(null);
    }, TIMEOUT_MS);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ out, err: `${err}\n${error}` });
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ out, err });
    });
  });
}

const result = await npmAudit();
const { verdict, lines } = result
  ? readAuditReport(result.out, result.err)
  : {
      verdict: 'skip',
      lines: [`npm audit: skipped: audit endpoint unreachable (no answer in ${TIMEOUT_MS / 1000} s)`],
    };
for (const line of lines) (verdict === 'fail' ? console.error : console.log)(line);
process.exit(verdict === 'fail' ? 1 : 0);
