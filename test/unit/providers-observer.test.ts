import { describe, expect, it, vi } from 'vitest';
import type { ProviderBridgeMessage, ProviderFinding } from '../../lib/detect/provider-bridge.ts';
import { installProviderObserver, isErrorBody } from '../../lib/detect/provider-observer.ts';
import { ticks, until } from './helpers/wait.ts';

const PAGE = 'https://platform.openai.com/playground/images';
const API = 'https://api.openai.com/v1/images/generations';
const RATE_BODY = '{"error":{"message":"Rate limit reached for gpt-image-2","code":"rate_limit_exceeded"}}';

/** A minimal XMLHttpRequest double: open/send on the prototype, loadend dispatched by `respond`. */
function fakeXhrClass() {
  const sent: FakeXhr[] = [];
  class FakeXhr extends EventTarget {
    status = 0;
    responseType: XMLHttpRequestResponseType = '';
    responseText = '';
    response: unknown = '';
    responseURL = '';
    headers = '';
    method = '';
    url = '';
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    send() {
      sent.push(this);
    }
    getAllResponseHeaders() {
      return this.headers;
    }
    respond(status: number, body: string, headers = '') {
      this.status = status;
      this.responseText = body;
      this.response = this.responseType === 'json' ? JSON.parse(body) : body;
      this.headers = headers;
      this.responseURL = new URL(this.url, PAGE).href;
      this.dispatchEvent(new Event('loadend'));
    }
  }
  return { FakeXhr, sent };
}

function setup(impl: (input: unknown, init?: unknown) => unknown, opts: { emitThrows?: boolean } = {}) {
  const receivers: unknown[] = [];
  const native = vi.fn(function (this: unknown, input: unknown, init?: unknown) {
    receivers.push(this);
    return impl(input, init);
  });
  const { FakeXhr, sent } = fakeXhrClass();
  const win = {
    fetch: native as unknown as typeof fetch,
    XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest,
    location: new URL(PAGE),
  };
  const msgs: ProviderBridgeMessage[] = [];
  const uninstall = installProviderObserver(
    win,
    (m) => {
      if (opts.emitThrows) throw new Error('bridge down');
      msgs.push(m);
    },
    { now: () => 1_000 },
  );
  const findings = (): ProviderFinding[] => msgs.map((m) => m.finding);
  return { win, native, receivers, msgs, findings, uninstall, FakeXhr, sent };
}

const json = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } });

describe('fetch: the page sees its own traffic unchanged', () => {
  it('returns the native promise itself, with the page’s receiver and arguments', async () => {
    const res = json(200, '{}');
    const promise = Promise.resolve(res);
    const { win, native, receivers } = setup(() => promise);
    const init = { method: 'POST', body: 'x' };
    const receiver = { me: 1 };
    const got = win.fetch.call(receiver, API, init as RequestInit);
    expect(got).toBe(promise);
    expect(native).toHaveBeenCalledWith(API, init);
    expect(receivers[0]).toBe(receiver);
    expect(await got).toBe(res);
  });

  it('passes a rejection through and reports nothing', async () => {
    const { win, msgs } = setup(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(win.fetch(API)).rejects.toThrow('Failed to fetch');
    await ticks();
    expect(msgs).toEqual([]);
  });

  it('leaves the page the whole body after reading its copy', async () => {
    const { win, findings } = setup(() => Promise.resolve(json(429, RATE_BODY)));
    const res = await win.fetch(API, { method: 'POST' });
    expect(await res.text()).toBe(RATE_BODY);
    await until(() => findings().length === 1);
  });

  it('never calls toString on a page object and never throws into the page when the bridge fails', async () => {
    const trap = { toString: vi.fn(() => API), url: undefined, href: undefined };
    const { win, msgs } = setup(() => Promise.resolve(json(429, RATE_BODY)), { emitThrows: true });
    await win.fetch(trap as unknown as string);
    await win.fetch(API);
    await ticks();
    expect(trap.toString).not.toHaveBeenCalled();
    expect(msgs).toEqual([]);
  });

  it('uninstalls back to the native fetch', () => {
    const { win, native, uninstall } = setup(() => Promise.resolve(json(200, '{}')));
    uninstall();
    expect(win.fetch).toBe(native);
  });
});

describe('fetch: what is reported', () => {
  it('a response with status >= 400: endpoint without query, method, status, body, the headers the page could read', async () => {
    const { win, findings } = setup(() =>
      Promise.resolve(
        json(429, RATE_BODY, {
          'retry-after': '12',
          'x-ratelimit-remaining-images': '0',
          server: 'cf',
          'set-cookie': 'a=b',
        }),
      ),
    );
    await win.fetch(new Request(`${API}?key=sk-secret`, { method: 'post' }));
    await until(() => findings().length === 1);
    expect(findings()[0]).toEqual({
      kinds: ['http-error'],
      endpoint: API,
      method: 'POST',
      status: 429,
      transport: 'fetch',
      evidence: RATE_BODY,
      truncated: false,
      headers: { 'content-type': 'application/json', 'retry-after': '12', 'x-ratelimit-remaining-images': '0' },
      seenAt: 1_000,
    });
    expect(JSON.stringify(findings())).not.toContain('sk-secret');
  });

  it('an empty error body is reported by its status', async () => {
    const { win, findings } = setup(() => Promise.resolve(new Response(null, { status: 503 })));
    await win.fetch(new URL(API));
    await until(() => findings().length === 1);
    expect(findings()[0]).toMatchObject({ status: 503, evidence: 'HTTP 503', method: 'GET' });
  });

  it('a long error body is capped and marked', async () => {
    const { win, findings } = setup(() => Promise.resolve(json(500, `{"error":"${'x'.repeat(100_000)}"}`)));
    await win.fetch(API);
    await until(() => findings().length === 1);
    expect(findings()[0]!.truncated).toBe(true);
    expect(findings()[0]!.evidence.length).toBeLessThanOrEqual(16_384);
  });

  it('a successful JSON body that is an error object; never an ordinary success', async () => {
    const { win, findings } = setup((input) =>
      Promise.resolve(
        String(input).endsWith('/ok')
          ? json(200, '{"data":[{"b64_json":"aaa"}],"error":null}')
          : json(200, '{"error":{"message":"Insufficient credits"}}'),
      ),
    );
    await win.fetch(`${API}/ok`);
    await win.fetch(`${API}/err`);
    await until(() => findings().length === 1);
    await ticks();
    expect(findings()).toHaveLength(1);
    expect(findings()[0]).toMatchObject({ kinds: ['error-body'], status: 200, endpoint: `${API}/err` });
  });

  it('never reads a large successful body (an image), nor one that is not JSON', async () => {
    let pulls = 0;
    const big = new ReadableStream({
      pull(c) {
        pulls++;
        c.enqueue(new TextEncoder().encode('x'.repeat(1024)));
      },
    });
    const { win, msgs } = setup((input) =>
      Promise.resolve(
        String(input).endsWith('/img')
          ? new Response(big, {
              status: 200,
              headers: { 'content-type': 'application/json', 'content-length': String(5 << 20) },
            })
          : new Response('<html>error quota</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
      ),
    );
    const res = await win.fetch(`${API}/img`);
    await win.fetch(`${API}/page`);
    await ticks();
    expect(msgs).toEqual([]);
    // Only the page's own read pulls the stream (the tee buffers nothing extra for us).
    expect(pulls).toBeLessThanOrEqual(2);
    await res.body?.cancel();
  });

  it('the error events of a successful event stream, only those lines', async () => {
    const sse = [
      'event: image_generation.partial_image',
      `data: {"type":"image_generation.partial_image","b64_json":"${'A'.repeat(50_000)}"}`,
      '',
      'event: error',
      'data: {"type":"error","error":{"type":"image_generation_server_error","code":' +
        '"image_generation_failed","message":"Image generation failed"}}',
      '',
      'data: {"type":"done"}',
      '',
    ].join('\n');
    const { win, findings } = setup(() =>
      Promise.resolve(new Response(sse, { status: 200, headers: { 'content-type': 'text/event-stream' } })),
    );
    await win.fetch(API);
    await until(() => findings().length === 1);
    expect(findings()[0]!.evidence).toBe(
      'data: {"type":"error","error":{"type":"image_generation_server_error","code":' +
        '"image_generation_failed","message":"Image generation failed"}}',
    );
  });

  it('ignores URLs that are not http(s)', async () => {
    const { win, msgs } = setup(() => Promise.resolve(new Response('x', { status: 404 })));
    await win.fetch('data:text/plain,hello');
    await ticks();
    expect(msgs).toEqual([]);
  });
});

describe('XMLHttpRequest', () => {
  it('reports an error response after loadend, with the final URL and the headers the page could read', async () => {
    const { win, findings, sent } = setup(() => Promise.resolve(json(200, '{}')));
    const xhr = new win.XMLHttpRequest!();
    xhr.open('post', '/v1/images/generations?key=secret');
    xhr.send('{"prompt":"a cat"}');
    expect(sent).toHaveLength(1);
    (xhr as unknown as { respond: (s: number, b: string, h: string) => void }).respond(
      403,
      '{"error":{"message":"Your organization must be verified"}}',
      'content-type: application/json\r\nx-request-id: req_1\r\nset-cookie: a=b\r\n',
    );
    expect(findings()).toEqual([
      {
        kinds: ['http-error'],
        endpoint: 'https://platform.openai.com/v1/images/generations',
        method: 'POST',
        status: 403,
        transport: 'xhr',
        evidence: '{"error":{"message":"Your organization must be verified"}}',
        truncated: false,
        headers: { 'content-type': 'application/json', 'x-request-id': 'req_1' },
        seenAt: 1_000,
      },
    ]);
  });

  it('reads a json responseType, and a successful error object, and nothing for an ordinary success', () => {
    const { win, findings } = setup(() => Promise.resolve(json(200, '{}')));
    const make = () => {
      const xhr = new win.XMLHttpRequest!() as unknown as XMLHttpRequest & {
        respond: (s: number, b: string, h?: string) => void;
      };
      xhr.open('GET', API);
      xhr.responseType = 'json';
      xhr.send();
      return xhr;
    };
    make().respond(200, '{"output":"ok"}', 'content-type: application/json');
    make().respond(
      200,
      '{"detail":"Request was throttled. Your rate limit resets in ~30s."}',
      'content-type: application/json',
    );
    make().respond(402, '{"title":"Insufficient credit"}', 'content-type: application/json');
    expect(findings().map((f) => [f.kinds[0], f.status])).toEqual([
      ['error-body', 200],
      ['http-error', 402],
    ]);
  });

  it('leaves the page’s own XHR behaviour alone and uninstalls cleanly', () => {
    const { win, uninstall, FakeXhr } = setup(() => Promise.resolve(json(200, '{}')));
    const patchedOpen = FakeXhr.prototype.open;
    const xhr = new win.XMLHttpRequest!();
    xhr.open('GET', API);
    expect((xhr as unknown as { method: string }).method).toBe('GET');
    uninstall();
    expect(FakeXhr.prototype.open).not.toBe(patchedOpen);
  });
});

describe('isErrorBody', () => {
  it.each([
    ['{"error":{"message":"x"}}', true],
    ['{"error":"Insufficient credits"}', true],
    ['{"type":"error","error":{}}', true],
    ['{"detail":"User is locked. Reason: Exhausted balance"}', true],
    ['{"detail":"Not found"}', false],
    ['{"error":null,"data":[]}', false],
    ['[1,2]', false],
    ['not json', false],
  ])('%s → %s', (text, expected) => {
    expect(isErrorBody(text)).toBe(expected);
  });
});
