import { describe, expect, test } from 'vitest';
import { readAuditReport } from './audit-report.mjs';

const report = (counts: Record<string, number>, vulnerabilities: object = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts },
      dependencies: { prod: 12 },
    },
  });

describe('npm audit verdicts (scripts/audit.mjs)', () => {
  test('clean: passes', () => {
    expect(readAuditReport(report({}))).toEqual({
      verdict: 'pass',
      lines: [
        'npm audit (production dependencies, 12 packages): 0 info, 0 low, 0 moderate, 0 high, 0 critical',
        '✔ no known vulnerabilities',
      ],
    });
  });

  test('moderate only: passes, and names it', () => {
    const r = readAuditReport(report({ moderate: 1 }, { foo: { severity: 'moderate', via: [{ title: 'ReDoS' }] } }));
    expect(r.verdict).toBe('pass');
    expect(r.lines).toContain('  moderate foo — ReDoS');
  });

  test.each(['high', 'critical'])('%s: fails', (severity) => {
    const r = readAuditReport(report({ [severity]: 1 }, { bar: { severity, via: ['baz'] } }));
    expect(r.verdict).toBe('fail');
    expect(r.lines.at(-1)).toMatch(/1 high or critical/);
  });

  test.each([
    [
      'a proxy refuses the endpoint',
      JSON.stringify({ message: '405 Method Not Allowed - POST …/advisories/bulk', statusCode: 405 }),
    ],
    [
      'offline',
      JSON.stringify({ message: 'request failed', error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND' } }),
    ],
  ])('%s: skipped, not failed', (_, out) => {
    const r = readAuditReport(out, 'npm error audit endpoint returned an error');
    expect(r.verdict).toBe('skip');
    expect(r.lines[0]).toMatch(/skipped: audit endpoint unreachable/);
  });

  test('no lock file or another real problem: fails', () => {
    expect(
      readAuditReport(
        JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' } }),
      ).verdict,
    ).toBe('fail');
    expect(readAuditReport('', 'something else broke').verdict).toBe('fail');
  });
});
