/** The command-line tool (scripts/classify.ts), run as a user runs it. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function cli(args: string[], input?: string) {
  const r = spawnSync('npx', ['tsx', 'scripts/classify.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run classify', () => {
  it('--score on the fixtures ends with a four-line summary that meets the targets', () => {
    const { code, stdout } = cli(['--score', 'test/fixtures/limit-messages.jsonl', '--now', '2026-11-27T12:00:00Z']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const summary = lines.slice(-4).map((line) => /^(\w+): (\d+)\/(\d+) \((\d+\.\d)%\)$/.exec(line));
    expect(summary.map((m) => m?.[1])).toEqual(['owner', 'action', 'provider', 'reset']);
    const rate = Object.fromEntries(summary.map((m) => [m?.[1], Number(m?.[2]) / Number(m?.[3])]));
    expect(rate.owner).toBeGreaterThanOrEqual(0.95);
    expect(rate.action).toBeGreaterThanOrEqual(0.9);
    expect(rate.reset).toBeGreaterThanOrEqual(0.9);
    expect(stdout).not.toMatch(/^\{/m); // only the report in --score mode
  }, 60_000);

  it('reads stdin: records, raw error bodies and log lines; malformed records reported and skipped', () => {
    const input = [
      JSON.stringify({
        id: 'a',
        text: 'You’ve hit the Plus plan limit for image generations requests. You can create more images when the limit resets in 2 hours.',
        url: 'https://chatgpt.com/c/1',
      }),
      '{"error":{"message":"Billing hard limit has been reached","code":"billing_hard_limit_reached"}}',
      '',
      '{"id": "broken", "text": "unterminated',
      "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for " +
        'gpt-image-1 in organization org-x on images per minute (IPM): Limit 5, Used 5, Requested 1. ' +
        "Please try again in 12s.', 'code': 'rate_limit_exceeded'}}",
    ].join('\n');
    const { code, stdout, stderr } = cli(['--now', '2026-11-27T12:00:00Z'], input);
    expect(code).toBe(0);
    expect(stderr).toMatch(/line 4: malformed JSON, skipped/);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => [o.id, o.owner, o.action])).toEqual([
      ['a', 'chatgpt-app', 'wait'],
      [2, 'openai-billing', 'fix-billing'],
      [5, 'openai-api', 'reduce-throughput'],
    ]);
    expect(out[0]).toMatchObject({
      bucket: 'app-image-quota',
      reset: { inSeconds: 7200, at: '2026-11-27T14:00:00.000Z' },
    });
    expect(Object.keys(out[0] ?? {})).toEqual(expect.arrayContaining(['confidence', 'reasons']));
  }, 60_000);

  it('usage errors exit 1', () => {
    expect(cli(['--now', 'not-a-date', '-'], '').code).toBe(1);
    expect(cli(['--frobnicate'], '').code).toBe(1);
    expect(cli(['no/such/file.jsonl']).code).toBe(1);
    expect(cli(['--tz', 'Not/AZone', '-'], '').code).toBe(1);
  }, 60_000);
});
