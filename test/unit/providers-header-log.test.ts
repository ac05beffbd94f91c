import { describe, expect, it } from 'vitest';
import { createHeaderLog } from '../../lib/providers/header-log.ts';
import { keepLimitHeaders } from '../../lib/providers/header-names.ts';

const h = (pairs: Record<string, string>) => Object.entries(pairs).map(([name, value]) => ({ name, value }));

describe('header log (webRequest → capture)', () => {
  it('keeps an error response’s limit headers, lower-cased, without credentials or query', () => {
    const log = createHeaderLog({ now: () => 10_000 });
    log.record({
      url: 'https://api.openai.com/v1/images/generations?key=abc',
      statusCode: 429,
      timeStamp: 10_000,
      responseHeaders: h({
        'X-RateLimit-Reset-Images': '12s',
        'Retry-After': '12',
        'Set-Cookie': 's=1',
        Server: 'cloudflare',
        'OpenAI-Organization': 'org-abc',
      }),
    });
    expect(log.take('https://api.openai.com/v1/images/generations', 10_010, 429)).toEqual({
      url: 'https://api.openai.com/v1/images/generations',
      status: 429,
      at: 10_000,
      headers: { 'x-ratelimit-reset-images': '12s', 'retry-after': '12', 'openai-organization': 'org-abc' },
    });
    expect(log.size()).toBe(0);
  });

  it('ignores ChatGPT, plain http, successes without rate headers, and unparseable URLs', () => {
    const log = createHeaderLog({ now: () => 0 });
    log.record({
      url: 'https://chatgpt.com/backend-api/f/conversation',
      statusCode: 429,
      responseHeaders: h({ 'retry-after': '1' }),
    });
    log.record({ url: 'http://api.example.com/x', statusCode: 429, responseHeaders: h({ 'retry-after': '1' }) });
    log.record({
      url: 'https://api.example.com/x',
      statusCode: 200,
      responseHeaders: h({ 'content-type': 'application/json' }),
    });
    log.record({ url: '::::', statusCode: 429 });
    expect(log.size()).toBe(0);
    log.record({
      url: 'https://api.example.com/x',
      statusCode: 200,
      timeStamp: 0,
      responseHeaders: h({ 'x-ratelimit-remaining-requests': '0' }),
    });
    expect(log.size()).toBe(1);
  });

  it('matches the nearest sighting of the same URL and status within the window', () => {
    let t = 0;
    const log = createHeaderLog({ now: () => t, matchWindowMs: 5_000 });
    for (const [at, status] of [
      [1_000, 429],
      [4_000, 429],
      [4_500, 402],
    ] as const) {
      log.record({
        url: 'https://a.test/v1',
        statusCode: status,
        timeStamp: at,
        responseHeaders: h({ 'retry-after': String(at) }),
      });
    }
    t = 5_000;
    expect(log.take('https://a.test/v1', 4_200, 429)?.at).toBe(4_000);
    expect(log.take('https://a.test/v1', 4_200, 402)?.at).toBe(4_500);
    expect(log.take('https://a.test/v2', 4_200, 429)).toBeUndefined();
    expect(log.take('https://a.test/v1', 20_000, 429)).toBeUndefined();
  });

  it('stays bounded in count and age', () => {
    let t = 0;
    const log = createHeaderLog({ now: () => t, maxEntries: 10, maxAgeMs: 1_000 });
    for (let i = 0; i < 100; i++)
      log.record({ url: `https://a.test/${i}`, statusCode: 429, timeStamp: t, responseHeaders: [] });
    expect(log.size()).toBe(10);
    t = 5_000;
    log.record({ url: 'https://a.test/new', statusCode: 429, timeStamp: t, responseHeaders: [] });
    expect(log.size()).toBe(1);
  });

  it('keepLimitHeaders joins repeats and caps names, values and count', () => {
    const many: [string, string][] = Array.from({ length: 100 }, (_, i) => [`x-ratelimit-h${i}`, 'v']);
    const kept = keepLimitHeaders([
      ['Retry-After', '1'],
      ['retry-after', '2'],
      ['x-ratelimit-long', 'x'.repeat(2000)],
      ...many,
    ]);
    expect(kept['retry-after']).toBe('1, 2');
    expect(kept['x-ratelimit-long']).toHaveLength(512);
    expect(Object.keys(kept).length).toBeLessThanOrEqual(40);
  });
});

describe('where the background listens for headers', () => {
  function fakeWebRequest() {
    const listeners = new Map<(d: never) => void, string[]>();
    return {
      listeners,
      port: {
        onHeadersReceived: {
          addListener: (cb: (d: never) => void, filter: { urls: string[] }) => void listeners.set(cb, filter.urls),
          removeListener: (cb: (d: never) => void) => void listeners.delete(cb),
        },
      },
    };
  }

  it('listens on the presets’ hosts from the start, never on ChatGPT or every site', async () => {
    const { listenForHeaders } = await import('../../lib/providers/header-listener.ts');
    const { presetHostPatterns } = await import('../../lib/providers/presets.ts');
    const wr = fakeWebRequest();
    listenForHeaders(wr.port as never, createHeaderLog(), presetHostPatterns());
    const urls = [...wr.listeners.values()].flat();
    expect(urls).toEqual(presetHostPatterns());
    expect(urls.some((u) => u.includes('chatgpt') || u === 'https://*/*')).toBe(false);
  });

  it('follows the turned-on custom sites: added, replaced, removed; duplicates reported once', async () => {
    const { listenForHeaders } = await import('../../lib/providers/header-listener.ts');
    const wr = fakeWebRequest();
    const log = createHeaderLog({ now: () => 0 });
    const l = listenForHeaders(wr.port as never, log, ['https://api.openai.com/*']);
    l.setCustomPatterns(['https://api.example.com/*', 'https://api.openai.com/*']);
    expect([...wr.listeners.values()]).toEqual([['https://api.openai.com/*'], ['https://api.example.com/*']]);
    l.setCustomPatterns(['https://api.example.com/*']);
    expect(wr.listeners.size).toBe(2);
    l.setCustomPatterns(['https://studio.other.com/*']);
    expect([...wr.listeners.values()]).toEqual([['https://api.openai.com/*'], ['https://studio.other.com/*']]);
    // Both listeners hearing one response keep it once.
    const details = {
      url: 'https://studio.other.com/x',
      statusCode: 429,
      timeStamp: 0,
      responseHeaders: [{ name: 'retry-after', value: '1' }],
    };
    for (const cb of wr.listeners.keys()) cb(details as never);
    expect(log.size()).toBe(1);
    l.setCustomPatterns([]);
    expect([...wr.listeners.values()]).toEqual([['https://api.openai.com/*']]);
  });
});
