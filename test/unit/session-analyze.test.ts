/**
 * A whole session read for the page (lib/session/analyze.ts) and for the command line (lib/session/reader.ts):
 * the recorded provider HARs classified, logs with curl blocks grouped, and no credential reaching what is shown
 * or stored.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePasted } from '../../lib/evidence/parse-pasted.ts';
import { SessionAnalyzer } from '../../lib/session/analyze.ts';
import { BlockGrouper, LineSplitter, type LineUnit } from '../../lib/session/lines.ts';
import { SessionReader, type SessionUnit } from '../../lib/session/reader.ts';
import { rowAsPaste, rowSaveRequest, type SessionRow } from '../../lib/session/rows.ts';

const DIR = path.resolve('test/fixtures/har');
const SECRETS = Object.values(
  JSON.parse(readFileSync(path.join(DIR, 'secrets.json'), 'utf8')) as Record<string, string>,
);
const NOW = Date.parse('2026-12-01T00:00:00Z');

function analyze(text: string, chunk = 997) {
  const a = new SessionAnalyzer({ now: NOW, timeZone: 'UTC' });
  for (let i = 0; i < text.length; i += chunk) a.push(text.slice(i, i + chunk));
  const result = a.finish();
  return { rows: a.take(), result };
}

const har = (file: string) => readFileSync(path.join(DIR, file), 'utf8');
const stops = (rows: SessionRow[]) =>
  rows.filter((r) => (r.status ?? 0) >= 400).map((r) => [r.status, r.classification.owner, r.classification.bucket]);

describe('recorded provider sessions', () => {
  it('OpenAI: IPM ran out twice, then verification; the successful calls with rate headers are listed too', () => {
    const { rows, result } = analyze(har('openai.har'));
    expect(stops(rows)).toEqual([
      [429, 'openai-api', 'api-images-per-minute'],
      [429, 'openai-api', 'api-images-per-minute'],
      [403, 'openai-access', 'org-verification'],
    ]);
    expect(rows.filter((r) => r.status === 200)).toHaveLength(4);
    expect(rows.every((r) => r.model === 'gpt-image-2')).toBe(true);
    expect(rows.map((r) => r.size)).toContain('1536x1024');
    // The time line: one lane per bucket that ran out, requests per minute, the stated limits.
    expect(result.summary.spans.map((s) => [s.bucket, s.count])).toEqual([
      ['api-images-per-minute', 2],
      ['org-verification', 1],
    ]);
    expect(result.summary.limits).toEqual({ images: 5, requests: 500 });
    expect(result.summary.perMinute.reduce((n, m) => n + m.count, 0)).toBe(result.stats.har!.entries);
    expect(result.summary.owners.unknown).toBeUndefined(); // the 200s are not counted as stops
    expect(result.problem).toBeUndefined();
  });

  it('Azure, fal, Replicate and OpenRouter shapes get their owners', () => {
    expect(stops(analyze(har('azure.har')).rows)).toEqual([
      [429, 'azure', 'azure-call-rate'],
      [429, 'azure', 'azure-call-rate'],
      [403, 'azure', 'azure-resource-blocked'],
    ]);
    expect(stops(analyze(har('fal.har')).rows)).toEqual([[403, 'provider', 'provider-account-locked']]);
    const replicate = analyze(har('replicate.har')).rows;
    expect(stops(replicate).map((s) => s[1])).toEqual(['provider', 'provider', 'provider']);
    expect(replicate.map((r) => r.size)).toEqual(['16:9', '16:9', '16:9']);
    expect(stops(analyze(har('openrouter.har')).rows)).toEqual([[402, 'provider', 'provider-credits']]);
  });

  it('no credential of the recorded sessions reaches a row or a saved paste; each mask is listed', () => {
    for (const file of ['openai.har', 'azure.har', 'fal.har', 'replicate.har', 'openrouter.har']) {
      const { rows } = analyze(har(file));
      for (const row of rows) {
        const shown = JSON.stringify(row);
        const stored = rowSaveRequest(row, NOW).text;
        for (const secret of SECRETS) {
          expect(shown, `${file} row ${row.index}`).not.toContain(secret);
          expect(stored, `${file} row ${row.index}`).not.toContain(secret);
        }
        // The prompt of the request body never travels.
        expect(shown).not.toContain('lighthouse');
        expect(row.masks.map((m) => m.field)).toEqual(
          expect.arrayContaining([expect.stringMatching(/^request\.headers\.(?:authorization|api-key)$/)]),
        );
      }
    }
  });

  it('a saved row reads back as the same response (status, headers, endpoint) through the paste parser', () => {
    const row = analyze(har('openai.har')).rows.find((r) => r.status === 429)!;
    const parsed = parsePasted(rowAsPaste(row));
    expect(parsed.status).toBe(429);
    expect(parsed.headers?.['retry-after']).toBe('12');
    expect(parsed.request).toEqual({ method: 'POST', url: 'https://api.openai.com/v1/images/generations' });
    expect(JSON.parse(parsed.body)).toMatchObject({ error: { code: 'rate_limit_exceeded' } });
    expect(rowSaveRequest(row, NOW).seenAt).toBe(row.time);
    expect(rowSaveRequest({ ...row, time: NOW + 86_400_000 }, NOW).seenAt).toBe(NOW); // never in the future
  });
});

describe('no cookie or authorization value survives into what is shown or stored (property)', () => {
  const credential = fc.string({
    unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-'),
    minLength: 16,
    maxLength: 48,
  });
  it('request and response headers, cookies and set-cookie', () => {
    fc.assert(
      fc.property(
        credential,
        credential,
        credential,
        fc.constantFrom('Bearer ', 'Basic ', 'Key ', ''),
        fc.integer({ min: 1, max: 300 }),
        (auth, cookie, setCookie, scheme, chunk) => {
          const entry = {
            startedDateTime: '2026-11-30T10:00:00.000Z',
            request: {
              method: 'POST',
              url: `https://api.openai.com/v1/images/generations?key=${auth}`,
              headers: [
                { name: 'Authorization', value: `${scheme}${auth}` },
                { name: 'Cookie', value: `__session=${cookie}; other=1` },
                { name: 'x-api-key', value: auth },
              ],
              cookies: [{ name: '__session', value: cookie }],
              postData: {
                mimeType: 'application/json',
                text: JSON.stringify({ model: 'gpt-image-2', prompt: `secret prompt ${cookie}` }),
              },
            },
            response: {
              status: 429,
              headers: [
                { name: 'set-cookie', value: `__cf_bm=${setCookie}; Path=/` },
                { name: 'retry-after', value: '12' },
              ],
              cookies: [{ name: '__cf_bm', value: setCookie }],
              content: {
                mimeType: 'application/json',
                text: '{"error":{"message":"Rate limit reached for images per minute","code":"rate_limit_exceeded"}}',
              },
            },
          };
          const { rows } = analyze(JSON.stringify({ log: { version: '1.2', entries: [entry] } }), chunk);
          expect(rows).toHaveLength(1);
          const row = rows[0]!;
          const everything = JSON.stringify(row) + rowSaveRequest(row, NOW).text;
          for (const value of [auth, cookie, setCookie]) expect(everything).not.toContain(value);
          expect(row.masks.length).toBeGreaterThanOrEqual(5);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('logs and curl output', () => {
  const units = (text: string) => {
    const out: SessionUnit[] = [];
    const reader = new SessionReader({ onUnit: (u) => out.push(u) });
    reader.push(text);
    reader.end();
    return { out, stats: reader.stats };
  };

  it('one unit per curl -i / curl -v response, one per log line with a limit word; quiet lines counted', () => {
    const log = [
      '2026-11-30 10:00:00 INFO starting worker',
      '2026-11-30 10:00:01 ERROR openai.RateLimitError: Error code: 429 - {"error": {"message": "Rate ' +
        'limit reached for images per minute", "code": "rate_limit_exceeded"}}',
      'HTTP/1.1 429 Too Many Requests',
      'Retry-After: 20',
      'Content-Type: application/json',
      '',
      '{',
      '  "error": {"message": "Rate limit exceeded: 10 images per minute."}',
      '}',
      '2026-11-30 10:00:03 INFO done',
      '*   Trying 104.18.7.192:443...',
      '> POST /v1/images/generations HTTP/2',
      '> Host: api.openai.com',
      '> Authorization: Bearer sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345',
      '>',
      '< HTTP/2 403',
      '< content-type: application/json',
      '<',
      '{"error":{"message":"Your organization must be verified to use the model `gpt-image-2`.","code":null}}',
      '* Connection #0 to host api.openai.com left intact',
    ].join('\n');
    const { out, stats } = units(log);
    expect(out.map((u) => [u.id, u.input.status])).toEqual([
      [2, undefined],
      [3, 429],
      [11, 403],
      [20, undefined],
    ]);
    expect(out[0]!.time).toBe(Date.parse('2026-11-30T10:00:01'));
    expect(out[2]!.url).toBe('https://api.openai.com/v1/images/generations');
    expect(JSON.stringify(out)).not.toContain('sk-proj-AbCd');
    expect(stats.quietLines).toBe(2);
  });

  it('a 5 MB line costs its first MAX characters, reported as cut; the next line is whole', () => {
    const seen: { number: number; length: number; cut: number }[] = [];
    const split = new LineSplitter(
      (l) => seen.push({ number: l.number, length: l.text.length, cut: l.cutChars }),
      1000,
    );
    const long = 'x'.repeat(5_000_000);
    for (let i = 0; i < long.length; i += 65_536) split.push(long.slice(i, i + 65_536));
    split.push('\r\nshort\r\n');
    split.end();
    expect(seen).toEqual([
      { number: 1, length: 1000, cut: 4_999_001 }, // the CR of the CRLF is past the cap too
      { number: 2, length: 5, cut: 0 },
    ]);
  });

  it('block grouping does not swallow the log after a JSON body', () => {
    const got: LineUnit[] = [];
    const g = new BlockGrouper((u) => got.push(u));
    [
      'HTTP/1.1 402 Payment Required',
      '',
      '{"detail": "Insufficient credit {not a brace}"}',
      'next line with an error',
    ].forEach((text, i) => g.push({ text, number: i + 1, cutChars: 0 }));
    g.end();
    expect(got.map((u) => [u.kind, u.number])).toEqual([
      ['block', 1],
      ['line', 4],
    ]);
  });

  it('non-UTF-8 bytes are counted, never a crash', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ERROR 429 rate limit '), 0xff, 0xfe, 0x0a]);
    const { out, stats } = units(new TextDecoder('utf-8').decode(bytes));
    expect(out).toHaveLength(1);
    expect(stats.replacementChars).toBe(2);
    // A binary file read as a log: its lines are counted as binary, none is classified.
    let seed = 7;
    const junk = new Uint8Array(200_000).map(() => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) >>> 16) % 256);
    const binary = units(new TextDecoder('utf-8').decode(junk));
    expect(binary.out).toEqual([]);
    expect(binary.stats.binaryLines).toBeGreaterThan(100);
  });
});
