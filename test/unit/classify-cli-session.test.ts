/** `npm run classify` on whole sessions: HAR files, logs with curl blocks, --summary, --format csv, threads. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/export/csv.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TMP = mkdtempSync(path.join(tmpdir(), 'limit-lens-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** As a user runs it: `npm run classify -- …` (its Node flags keep the heap small). */
function cli(args: string[], input?: string) {
  const r = spawnSync('npm', ['run', '-s', 'classify', '--', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 90_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const rows = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const SECRETS = Object.values(
  JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/har/secrets.json'), 'utf8')) as Record<string, string>,
);

describe('npm run classify on sessions', () => {
  it('a HAR file: errors and rate-limit responses in order, with model and size, and no credential', () => {
    const { code, stdout, stderr } = cli(['test/fixtures/har/openai.har']);
    expect(code).toBe(0);
    const out = rows(stdout);
    expect(out.filter((o) => (o.status as number) >= 400).map((o) => [o.status, o.owner, o.bucket])).toEqual([
      [429, 'openai-api', 'api-images-per-minute'],
      [429, 'openai-api', 'api-images-per-minute'],
      [403, 'openai-access', 'org-verification'],
    ]);
    expect(out[0]).toMatchObject({
      method: 'POST',
      url: 'https://api.openai.com/v1/images/generations',
      model: 'gpt-image-2',
      size: '1024x1024',
    });
    expect(stderr).toMatch(/HAR: 9 entries read, 7 classified, 2 without an error or rate-limit headers left out/);
    for (const s of SECRETS) expect(stdout).not.toContain(s);
    expect(stdout).not.toContain('lighthouse');
  }, 90_000);

  it('--summary: counts, first and last time a bucket ran out, the longest stated wait, requests a minute', () => {
    const { code, stdout } = cli(['test/fixtures/har/openai.har', '--summary']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^3 classified$/m);
    expect(stdout).toMatch(/^ +2 {2}api-images-per-minute$/m);
    expect(stdout).toMatch(/api-images-per-minute \(openai-api\): 2× 2026-\d\d-\d\dT[\d:.]+Z … 2026-/);
    expect(stdout).toMatch(/longest stated wait: 12 s \(api-images-per-minute/);
    expect(stdout).toMatch(
      /stated limits: requests 500\/min, images 5\/min|stated limits: images 5\/min, requests 500\/min/,
    );
  }, 90_000);

  it('--format csv on a log with curl -v output and log lines', () => {
    const log = [
      '2026-11-30T10:00:00Z INFO start',
      '2026-11-30T10:00:01Z ERROR Error code: 429 - {"error": {"message": "Rate limit reached for ' +
        'gpt-image-1 in organization org-x on images per minute (IPM): Limit 5, Used 5, Requested 1. ' +
        'Please try again in 12s.", "code": "rate_limit_exceeded"}}',
      '> POST /v1/images/generations HTTP/2',
      '> Host: api.openai.com',
      '> Authorization: Bearer sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345',
      '< HTTP/2 400',
      '< content-type: application/json',
      '<',
      '{"error":{"code":"billing_hard_limit_reached","message":"Billing hard limit has been reached","type":"invalid_request_error"}}',
    ].join('\n');
    const { code, stdout, stderr } = cli(['--format', 'csv', '-'], log);
    expect(code).toBe(0);
    const table = parseCsv(stdout);
    expect(table[0]).toEqual([
      'id',
      'time',
      'status',
      'method',
      'url',
      'owner',
      'bucket',
      'action',
      'provider',
      'confidence',
      'reset_at',
      'reset_in_seconds',
      'reset_stated',
      'model',
      'size',
    ]);
    expect(table.slice(1).map((r) => [r[0], r[1], r[2], r[5], r[6], r[11]])).toEqual([
      ['2', '2026-11-30T10:00:01.000Z', '', 'openai-api', 'api-images-per-minute', '12'],
      ['3', '', '400', 'openai-billing', 'billing-hard-limit', ''],
    ]);
    expect(stdout).not.toContain('sk-proj-AbCd');
    expect(stderr).toMatch(/1 log lines without a limit word or error status left out/);
  }, 90_000);

  it('bad input: a cut HAR warns and keeps what it read; a JSON file that is not a HAR fails clearly', () => {
    const har = readFileSync(path.join(ROOT, 'test/fixtures/har/openai.har'), 'utf8');
    const cut = path.join(TMP, 'cut.har');
    writeFileSync(cut, har.slice(0, Math.floor(har.length * 0.7)));
    const r = cli([cut]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: the HAR ends early/);
    expect(rows(r.stdout).length).toBeGreaterThan(0);
    const notHar = path.join(TMP, 'not.har');
    writeFileSync(notHar, '{"log": {"pages": []}}');
    const n = cli([notHar]);
    expect(n.code).toBe(2);
    expect(n.stderr).toMatch(/not a HAR file/);
  }, 90_000);

  it('two classifier threads give the same rows, in the same order, as one', () => {
    const fixtures = readFileSync(path.join(ROOT, 'test/fixtures/limit-messages.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const lines = Array.from({ length: 3_000 }, (_, i) => {
      const f = JSON.parse(fixtures[i % fixtures.length]!) as Record<string, unknown>;
      return JSON.stringify({ ...f, id: `r${i}`, time: new Date(Date.UTC(2026, 10, 30, 10) + i * 1000).toISOString() });
    });
    const file = path.join(TMP, 'many.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const one = cli([file, '--jobs', '1']);
    const two = cli([file, '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(rows(one.stdout)).toHaveLength(3_000);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('two threads on a mixed log (records, log lines, curl -v blocks, malformed and quiet lines): same rows, same notes', () => {
    const units: string[] = [];
    for (let i = 0; i < 1_500; i++) {
      const t = new Date(Date.UTC(2026, 10, 30, 10) + i * 1000).toISOString();
      if (i % 5 === 0)
        units.push(
          JSON.stringify({
            id: `r${i}`,
            time: t,
            status: 429,
            text: `Rate limit reached for images per minute. Please try again in ${1 + (i % 40)}s.`,
          }),
        );
      else if (i % 5 === 1)
        units.push(`${t} ERROR openai.RateLimitError: Error code: 429 - insufficient_quota (request req_${i})`);
      else if (i % 5 === 2)
        units.push(
          `< HTTP/2 429\n< retry-after: ${i % 60}\n< content-type: application/json\n<\n` +
            `{"error":{"message":"Too many requests","code":"rate_limit_exceeded"}}`,
        );
      else if (i % 5 === 3) units.push(i % 2 ? `{"text": "cut off record ${i}` : `${t} INFO request done in 120 ms`);
      else units.push(`${t} DEBUG ok`);
    }
    const file = path.join(TMP, 'mixed.log');
    writeFileSync(file, `${units.join('\n')}\n`);
    for (const format of ['jsonl', 'csv']) {
      // --now: the curl blocks state no time, and two runs must not differ by their start.
      const one = cli([file, '--jobs', '1', '--format', format, '--now', '2026-11-30T12:00:00Z']);
      const two = cli([file, '--jobs', '2', '--format', format, '--now', '2026-11-30T12:00:00Z']);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(one.stdout.trim().split('\n').length).toBeGreaterThan(800);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(one.stderr).toMatch(/malformed JSON, skipped/);
      expect(one.stderr).toMatch(/log lines without a limit word or error status left out/);
    }
  }, 180_000);
});
