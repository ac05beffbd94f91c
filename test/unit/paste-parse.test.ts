import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capPasted, parsePasted } from '../../lib/evidence/parse-pasted.ts';
import { PASTE_LIMITS } from '../../lib/evidence/pasted-stop.ts';

const RATE_BODY =
  '{"error":{"message":"Rate limit reached for gpt-image-2 on images per minute (IPM)","code":"rate_limit_exceeded"}}';

describe('parsePasted: raw HTTP responses', () => {
  it('reads a status line, headers in odd casing and spacing, a blank line and a JSON body', () => {
    const p = parsePasted(
      [
        'HTTP/1.1 429 Too Many Requests',
        'X-RateLimit-Remaining-Requests: 0',
        'RETRY-AFTER:20',
        'x-request-id :  req_1',
        '',
        RATE_BODY,
      ].join('\r\n'),
    );
    expect(p).toMatchObject({
      format: 'http',
      status: 429,
      statusFrom: 'status-line',
      statusText: 'Too Many Requests',
      headers: { 'x-ratelimit-remaining-requests': '0', 'retry-after': '20', 'x-request-id': 'req_1' },
      body: RATE_BODY,
      notes: [],
    });
  });

  it.each(['HTTP/2 429', 'http/1.1 429', 'HTTP/2.0 429 ', '  HTTP/1.0 429 Too Many Requests'])(
    'accepts the status line %j',
    (line) => {
      expect(parsePasted(`${line}\ncontent-type: application/json\n\n{}`).status).toBe(429);
    },
  );

  it('takes the last response of curl -i output with a 100 Continue and a redirect before it', () => {
    const text = [
      'HTTP/1.1 100 Continue',
      '',
      'HTTP/1.1 307 Temporary Redirect',
      'location: /v2',
      '',
      'HTTP/2 402',
      'content-type: application/json',
      '',
      '{"title":"Insufficient credit"}',
    ].join('\n');
    const p = parsePasted(text);
    expect(p).toMatchObject({
      status: 402,
      headers: { 'content-type': 'application/json' },
      body: '{"title":"Insufficient credit"}',
    });
    expect(p.notes).toContain('several-responses');
  });

  it('reads curl -v output: < response lines, > request lines (for the endpoint), * notes skipped', () => {
    const text = [
      '*   Trying 104.18.7.192:443...',
      '* Connected to api.openai.com (104.18.7.192) port 443',
      '> POST /v1/images/generations?api-version=1 HTTP/2',
      '> Host: api.openai.com',
      '> authorization: Bearer sk-secret',
      '> content-type: application/json',
      '>',
      '< HTTP/2 429',
      '< date: Wed, 05 May 2026 10:00:00 GMT',
      '< x-ratelimit-reset-images: 12s',
      '< set-cookie: __cf_bm=abc',
      '<',
      '{ [120 bytes data]',
      RATE_BODY,
      '* Connection #0 to host api.openai.com left intact',
    ].join('\n');
    const p = parsePasted(text);
    expect(p).toMatchObject({
      format: 'curl-verbose',
      status: 429,
      headers: { date: 'Wed, 05 May 2026 10:00:00 GMT', 'x-ratelimit-reset-images': '12s' },
      body: RATE_BODY,
      request: { method: 'POST', url: 'https://api.openai.com/v1/images/generations' },
    });
    expect(p.headers).not.toHaveProperty('set-cookie');
    expect(JSON.stringify(p)).not.toContain('sk-secret');
    expect(p.notes).toContain('secret-headers-dropped');
  });

  it('joins repeated headers and folded continuation lines, drops credentials, caps the count', () => {
    const many = Array.from({ length: 60 }, (_, i) => `x-h${i}: ${i}`);
    const p = parsePasted(
      ['HTTP/1.1 429', 'Vary: a', 'vary: b', 'X-Long: one', '  two', 'Cookie: c=1', ...many, '', 'body'].join('\n'),
    );
    expect(p.headers!.vary).toBe('a, b');
    expect(p.headers!['x-long']).toBe('one two');
    expect(p.headers).not.toHaveProperty('cookie');
    expect(Object.keys(p.headers!)).toHaveLength(PASTE_LIMITS.headerCount);
    expect(p.notes).toEqual(expect.arrayContaining(['secret-headers-dropped', 'headers-capped', 'body-not-json']));
  });

  it('takes the body from the first line that is not a header when no blank line was pasted', () => {
    const p = parsePasted(
      'HTTP/1.1 403 Forbidden\ncontent-type: application/json\n{"detail":"User is locked. Reason: TOP_UP."}',
    );
    expect(p).toMatchObject({ status: 403, body: '{"detail":"User is locked. Reason: TOP_UP."}' });
  });

  it('says when the body is not JSON and keeps it as text', () => {
    const p = parsePasted('HTTP/1.1 429 Too Many Requests\n\nerror code: 1015');
    expect(p).toMatchObject({ status: 429, body: 'error code: 1015' });
    expect(p.notes).toContain('body-not-json');
  });
});

describe('parsePasted: JSON, logs and text', () => {
  it('reads a bare JSON body', () => {
    expect(parsePasted(`  ${RATE_BODY}\n`)).toMatchObject({ format: 'json', body: RATE_BODY });
  });

  it('reads an httpx / openai-python log line: method, URL without its query, status', () => {
    const p = parsePasted(
      'INFO:httpx:HTTP Request: POST https://api.openai.com/v1/images/generations?key=abc "HTTP/1.1 ' +
        '429 Too Many Requests"\nopenai.RateLimitError: Error code: 429',
    );
    expect(p).toMatchObject({
      format: 'log',
      status: 429,
      statusFrom: 'log-request-line',
      request: { method: 'POST', url: 'https://api.openai.com/v1/images/generations' },
    });
  });

  it.each([
    ["openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached'}}", 429],
    ['Upscale failed: Request to https://api.replicate.com/v1/x failed with status 402 Payment Required', 402],
    ['HTTP 403 {"detail":"User is locked."}', 403],
    ['429 - You exceeded your current quota, please check your plan and billing details', 429],
  ])('reads the status a log line states: %j', (text, status) => {
    expect(parsePasted(text)).toMatchObject({ format: 'log', status, statusFrom: 'log-text' });
  });

  it('keeps anything else as text, and an empty paste as empty', () => {
    expect(parsePasted('You have hit your rate limit.')).toMatchObject({
      format: 'text',
      body: 'You have hit your rate limit.',
    });
    expect(parsePasted('   \n\t ')).toMatchObject({ format: 'empty', body: '' });
    expect(parsePasted('')).toMatchObject({ format: 'empty' });
  });

  it('removes terminal colour codes, NUL and other control characters and says so', () => {
    const p = parsePasted('\uFEFF\u001b[31mError\u001b[0m: rate limit\u0000 reached\u0007');
    expect(p.body).toBe('Error: rate limit reached');
    expect(p.notes).toContain('binary');
  });
});

describe('capPasted: a huge paste is read at its start and its end, boundedly', () => {
  it('leaves a short paste alone', () => {
    expect(capPasted('abc')).toEqual({ text: 'abc', cut: false, originalChars: 3 });
  });

  it('cuts a 5 MB log to its first and last parts, with a marker, and parses it quickly', () => {
    const line = '2026-05-05T10:00:00Z INFO generated image ok\n';
    const log = `HTTP/1.1 429 Too Many Requests\nretry-after: 20\n\n${line.repeat(Math.ceil((5 << 20) / line.length))}${RATE_BODY}`;
    const capped = capPasted(log);
    expect(capped.cut).toBe(true);
    expect(capped.originalChars).toBe(log.length);
    expect(capped.text.length).toBeLessThanOrEqual(PASTE_LIMITS.maxChars);
    expect(capped.text).toContain('characters left out');
    expect(capped.text.endsWith(RATE_BODY)).toBe(true);
    const started = performance.now();
    const p = parsePasted(capped.text, capped.originalChars);
    expect(performance.now() - started).toBeLessThan(250);
    expect(p.status).toBe(429);
    expect(p.notes).toContain('cut');
    expect(p.originalChars).toBe(log.length);
  });

  it('never splits a surrogate pair at either cut', () => {
    const text = '😀'.repeat(40_000);
    const { text: out } = capPasted(text, { headChars: 101, tailChars: 101 });
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('parsePasted never throws and stays bounded', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const p = parsePasted(s);
        expect(Object.keys(p.headers ?? {}).length).toBeLessThanOrEqual(PASTE_LIMITS.headerCount);
        for (const v of Object.values(p.headers ?? {}))
          expect(v.length).toBeLessThanOrEqual(PASTE_LIMITS.headerValueChars);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary HTTP-looking input', () => {
    const headerLine = fc
      .tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), fc.string({ maxLength: 600 }))
      .map(([k, v]) => `${k}: ${v}`);
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 599 }),
        fc.array(headerLine, { maxLength: 80 }),
        fc.string({ maxLength: 500 }),
        (status, headers, body) => {
          const p = parsePasted(`HTTP/1.1 ${status} X\n${headers.join('\n')}\n\n${body}`);
          expect(p.status).toBe(status);
          expect(Object.keys(p.headers ?? {}).length).toBeLessThanOrEqual(PASTE_LIMITS.headerCount);
        },
      ),
      { numRuns: 200 },
    );
  });
});
