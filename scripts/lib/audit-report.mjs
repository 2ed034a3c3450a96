// Reads `npm audit --json` output (scripts/audit.mjs). Pure, so the verdicts are unit-tested (audit-report.test.ts).

const FAIL_AT = ['high', 'critical'];
const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];
/** Error codes that mean "no answer from the audit endpoint", not "the project is broken". */
const NETWORK_CODES =
  /^(E(NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT|HOSTUNREACH|NETUNREACH|PROXY|AUDIT)|ETIMEOUT)$/;
const NETWORK_WORDS = /audit endpoint|network|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/i;

/**
 * @param {string} out npm's stdout (the JSON report, or npm's JSON error)
 * @param {string} err npm's stderr
 * @returns {{ verdict: 'pass' | 'fail' | 'skip', lines: string[] }}
 */
export function readAuditReport(out, err = '') {
  const skip = (why) => ({
    verdict: 'skip',
    lines: [`npm audit (production dependencies): skipped: audit endpoint unreachable (${why})`],
  });
  let report;
  try {
    report = JSON.parse(out);
  } catch {
    if (NETWORK_WORDS.test(err)) return skip(err.trim().split('\n')[0]);
    return { verdict: 'fail', lines: [`npm audit printed no report: ${err.trim() || '(nothing)'}`] };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    // npm's error shape: { message, statusCode?, code?, error: { code, summary } }.
    const status = report?.statusCode;
    const code = report?.code ?? report?.error?.code;
    const message = String(report?.message ?? report?.error?.summary ?? 'unknown error').split('\n')[0];
    if ((typeof status === 'number' && status >= 400) || NETWORK_CODES.test(String(code ?? ''))) return skip(message);
    return { verdict: 'fail', lines: [`npm audit failed: ${message}`] };
  }
  const deps = report.metadata.dependencies?.prod ?? report.metadata.dependencies?.total;
  const lines = [
    `npm audit (production dependencies${deps === undefined ? '' : `, ${deps} packages`}): ${SEVERITIES.map(
      (s) => `${counts[s] ?? 0} ${s}`,
    ).join(', ')}`,
  ];
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    const via = [...new Set((v.via ?? []).map((x) => (typeof x === 'string' ? x : x.title)).filter(Boolean))];
    lines.push(`  ${String(v.severity).padEnd(8)} ${name}${via.length ? ` — ${via.join('; ')}` : ''}`);
  }
  const bad = FAIL_AT.reduce((n, s) => n + (counts[s] ?? 0), 0);
  if (bad > 0) {
    lines.push(`✘ ${bad} high or critical in production dependencies: update them (npm audit fix)`);
    return { verdict: 'fail', lines };
  }
  const total = SEVERITIES.reduce((n, s) => n + (counts[s] ?? 0), 0);
  lines.push(total === 0 ? '✔ no known vulnerabilities' : '✔ none high or critical');
  return { verdict: 'pass', lines };
}
