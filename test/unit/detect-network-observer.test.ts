import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeMessage, NetworkFinding } from '../../lib/detect/bridge.ts';
import { installNetworkObserver, type ObserverOptions } from '../../lib/detect/network-observer.ts';
import { assembled } from './helpers/assembled.ts';
import { ticks, until } from './helpers/wait.ts';

const CID = '6a0f3c2e-9b1d-4c7e-8f21-3d5e7a9b0c11';
const PAGE = `https://chatgpt.com/c/${CID}`;
const NOW = 1_790_000_002_000 + 5 * 60_000; // five minutes after the fixtures' tool message
const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cf-ray': '8f00-FRA',
  'x-request-id': 'req-1',
};

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/streams/${name}`, import.meta.url), 'utf8');
}

type Impl = (input: unknown, init?: unknown) => unknown;

/** A fake window whose native fetch is `impl`; records `this` of each native call and every bridge message. */
function setup(impl: Impl, opts: ObserverOptions & { recentMs?: number } = {}) {
  const receivers: unknown[] = [];
  const native = vi.fn(function (this: unknown, input: unknown, init?: unknown) {
    receivers.push(this);
    return impl(input, init);
  });
  const win = { fetch: native as unknown as typeof fetch, location: new URL(PAGE) };
  const msgs: BridgeMessage[] = [];
  const { recentMs, ...observerOpts } = opts;
  const now = opts.now ?? (() => NOW);
  const uninstall = installNetworkObserver(win, assembled(msgs, now, recentMs), { now, ...observerOpts });
  const findings = () =>
    msgs.filter((m) => m.type === 'finding').map((m) => (m as { finding: NetworkFinding }).finding);
  return { win, native, receivers, msgs, findings, uninstall };
}

/** A pull-based byte stream over `chunks`, then `after()` chunks (or the end); counts pulls, bytes and cancel. */
function source(chunks: Uint8Array[], after?: (n: number) => Uint8Array | Error | undefined) {
  const stats = { pulls: 0, bytes: 0, cancelled: false };
  let i = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      stats.pulls++;
      const next = i < chunks.length ? chunks[i] : after?.(i - chunks.length);
      i++;
      if (next instanceof Error) c.error(next);
      else if (next) {
        stats.bytes += next.byteLength;
        c.enqueue(next);
      } else c.close();
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

function split(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

const turnEnded = (msgs: BridgeMessage[]) => () => msgs.some((m) => m.type === 'turn-end');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the page sees its own fetch unchanged', () => {
  it('returns the native promise itself and keeps the receiver', async () => {
    const p0 = Promise.resolve(new Response('ok'));
    const { win, native, receivers } = setup(() => p0);
    expect(win.fetch('/backend-api/me')).toBe(p0);
    const unbound = win.fetch;
    expect(unbound('/x')).toBe(p0);
    const other = {};
    expect(win.fetch.call(other, '/y')).toBe(p0);
    expect(receivers).toEqual([win, undefined, other]);
    expect(typeof win.fetch).toBe('function');
    expect(win.fetch.name).toBe(native.name); // a Proxy keeps the function's own properties
  });

  it('a rejecting fetch rejects the page with the same error; the turn ends aborted', async () => {
    const err = new TypeError('Failed to fetch');
    const { win, msgs } = setup(() => Promise.reject(err));
    await expect(win.fetch('/backend-api/f/conversation', { method: 'POST' })).rejects.toBe(err);
    await until(turnEnded(msgs));
    expect(msgs.map((m) => m.type)).toEqual(['turn-start', 'turn-end']);
    expect(msgs[1]).toMatchObject({ aborted: true, endpoint: '/backend-api/f/conversation', conversationId: CID });
  });

  it('a synchronous throw from the native fetch reaches the page unchanged', () => {
    const err = new Error('sync');
    const { win, msgs } = setup(() => {
      throw err;
    });
    expect(() => win.fetch('/backend-api/f/conversation', { method: 'POST' })).toThrow(err);
    expect(msgs).toEqual([]);
  });

  it('does not touch the request body', () => {
    const { win, msgs } = setup(() => Promise.resolve(new Response(null)));
    const req = new Request('https://chatgpt.com/backend-api/f/conversation', {
      method: 'POST',
      body: '{"action":"next"}',
    });
    void win.fetch(req);
    expect(req.bodyUsed).toBe(false);
    expect(msgs[0]).toMatchObject({ type: 'turn-start', endpoint: '/backend-api/f/conversation' });
  });

  it('a throwing bridge does not disturb the page', async () => {
    const text = fixture('quota-zh.txt');
    const native = vi.fn(() =>
      Promise.resolve(new Response(source(split(text, 100)).stream, { headers: SSE_HEADERS })),
    );
    const win = { fetch: native as unknown as typeof fetch, location: new URL(PAGE) };
    let calls = 0;
    installNetworkObserver(win, () => {
      calls++;
      throw new Error('bridge down');
    });
    const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
    expect(await res.text()).toBe(text);
    await until(() => calls >= 3, 'the bridge called for the turn');
  });

  it('uninstall restores the native fetch, or turns the proxy into a pass-through when wrapped over', async () => {
    const a = setup(() => Promise.resolve(new Response(null)));
    a.uninstall();
    expect(a.win.fetch).toBe(a.native);

    const b = setup(() => Promise.resolve(new Response(null)));
    const ours = b.win.fetch;
    const pageWrapper = (...args: Parameters<typeof fetch>) => ours(...args);
    b.win.fetch = pageWrapper as typeof fetch;
    b.uninstall();
    expect(b.win.fetch).toBe(pageWrapper);
    await b.win.fetch('/backend-api/f/conversation', { method: 'POST' });
    expect(b.msgs).toEqual([]);
  });
});

describe('conversation turns', () => {
  it('reads the stream of a quota refusal: turn-start, finding, turn-end; the page gets every byte', async () => {
    const text = fixture('quota-zh.txt');
    const { win, msgs } = setup(() =>
      Promise.resolve(new Response(source(split(text, 97)).stream, { headers: SSE_HEADERS })),
    );
    const res = await win.fetch('/backend-api/f/conversation', { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new TextEncoder().encode(text));
    await until(turnEnded(msgs));
    expect(msgs.map((m) => m.type)).toEqual(['turn-start', 'finding', 'turn-end']);
    expect(msgs[0]).toEqual({
      type: 'turn-start',
      turn: expect.any(String),
      endpoint: '/backend-api/f/conversation',
      conversationId: CID,
      at: NOW,
    });
    const f = (msgs[1] as { finding: NetworkFinding }).finding;
    expect([...f.kinds].sort()).toEqual(['image-gate', 'image-quota']);
    expect(f).toMatchObject({
      endpoint: '/backend-api/f/conversation',
      method: 'POST',
      status: 200,
      conversationId: CID,
      messageIds: ['t-quota-zh', 'a-quota-zh'],
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cf-ray': '8f00-FRA' },
      seenAt: NOW,
      truncated: false,
    });
    expect(f.headers).not.toHaveProperty('x-request-id');
    expect(msgs[2]).toEqual({
      type: 'turn-end',
      turn: (msgs[0] as { turn: string }).turn,
      endpoint: '/backend-api/f/conversation',
      conversationId: CID,
      context: { method: 'POST', status: 200, headers: f.headers },
      at: NOW,
      aborted: false,
    });
  });

  it('accepts Request and URL inputs, relative URLs and lower-case methods; resume and anonymous endpoints', async () => {
    const text = fixture('cooldown-append-crlf.txt');
    const { win, msgs, findings } = setup(() => Promise.resolve(new Response(text, { headers: SSE_HEADERS })));
    await win.fetch(new Request('https://chatgpt.com/backend-api/f/conversation', { method: 'POST', body: '{}' }));
    await win.fetch(new URL('https://chatgpt.com/backend-api/f/conversation/resume'), { method: 'post' });
    await win.fetch('backend-anon/f/conversation', { method: 'POST' }); // relative to /c/…: not a backend path
    await win.fetch('/backend-anon/f/conversation', { method: 'POST' });
    await win.fetch('/backend-api/conversation', { method: 'POST' });
    await until(() => msgs.filter((m) => m.type === 'turn-end').length === 4, 'four turns');
    expect(msgs.filter((m) => m.type === 'turn-start').map((m) => (m as { endpoint: string }).endpoint)).toEqual([
      '/backend-api/f/conversation',
      '/backend-api/f/conversation/resume',
      '/backend-anon/f/conversation',
      '/backend-api/conversation',
    ]);
    expect(findings().map((f) => f.kinds)).toEqual(Array(4).fill(['image-cooldown']));
  });

  it('a successful image turn and a plain answer: no finding; the image allowance ChatGPT reported is passed on', async () => {
    const long =
      'data: {"p": "", "o": "add", "v": {"message": {"id": "a", "author": {"role": "assistant"}}, "conversation_id": "c-long"}}\n\n' +
      'data: {"p": "/message/content/parts/0", "o": "append", "v": ""}\n\n' +
      Array.from({ length: 3000 }, (_, i) => `data: {"v": "tok${i} "}\n\n`).join('') +
      'data: {"type": "message_stream_complete"}\n\n' +
      'data: {"type": "conversation_detail_metadata", "blocked_features": []}\n\ndata: [DONE]\n\n';
    for (const text of [fixture('success-high-demand.txt'), fixture('success-image.txt'), long]) {
      const { win, msgs } = setup(() =>
        Promise.resolve(new Response(source(split(text, 512)).stream, { headers: SSE_HEADERS })),
      );
      const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
      expect(await res.text()).toBe(text);
      await until(turnEnded(msgs));
      const reportsAllowance = /"feature_name":\s*"image_gen"/.test(text);
      expect(msgs.map((m) => m.type)).toEqual(
        reportsAllowance ? ['turn-start', 'progress', 'turn-end'] : ['turn-start', 'turn-end'],
      );
      const progress = msgs.find((m) => m.type === 'progress');
      if (progress?.type === 'progress')
        expect(progress.progress[0]).toMatchObject({ feature_name: 'image_gen', remaining: expect.any(Number) });
    }
  });

  it('cancels its copy when the turn is over; the page keeps its own branch and nothing is read unboundedly', async () => {
    const text = fixture('quota-zh.txt');
    const filler = new TextEncoder().encode('data: {"v": "late"}\n\n');
    const { stream, stats } = source(split(text, 64), () => filler);
    const { win, msgs } = setup(() => Promise.resolve(new Response(stream, { headers: SSE_HEADERS })));
    const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
    // The page reads until it has seen [DONE], then neither reads nor cancels (a slow consumer).
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    while (!seen.includes('data: [DONE]')) {
      const { value } = await reader.read();
      seen += decoder.decode(value, { stream: true });
    }
    await until(turnEnded(msgs));
    await ticks();
    const pulls = stats.pulls;
    await ticks(100);
    expect(stats.pulls).toBe(pulls); // no one is pulling any more
    expect(stats.pulls - split(text, 64).length).toBeLessThan(5);
    expect(stats.cancelled).toBe(false); // cancelling our branch left the page's alone…
    const { value } = await reader.read();
    expect(value).toBeDefined(); // …which still reads
    await reader.cancel();
    expect(stats.cancelled).toBe(true); // both branches cancelled: the source is cancelled
    expect(msgs.map((m) => m.type)).toEqual(['turn-start', 'finding', 'turn-end']);
  });

  it('property: the same messages whatever the network chunking', async () => {
    const texts = ['quota-zh.txt', 'cooldown-append-crlf.txt', 'moderation.txt', 'success-image.txt'].map(fixture);
    const expected: BridgeMessage[][] = [];
    for (const text of texts) {
      const { win, msgs } = setup(() => Promise.resolve(new Response(text, { headers: SSE_HEADERS })));
      await win.fetch('/backend-api/f/conversation', { method: 'POST' });
      await until(turnEnded(msgs));
      expected.push(msgs);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.nat(texts.length - 1),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 30 }),
        async (i, sizes) => {
          const bytes = new TextEncoder().encode(texts[i]!);
          const chunks: Uint8Array[] = [];
          for (let at = 0, k = 0; at < bytes.length; at += sizes[k++ % sizes.length]!) {
            chunks.push(bytes.slice(at, at + sizes[k % sizes.length]!));
          }
          const { win, msgs } = setup(() =>
            Promise.resolve(new Response(source(chunks).stream, { headers: SSE_HEADERS })),
          );
          const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
          expect(await res.text()).toBe(texts[i]);
          await until(turnEnded(msgs));
          expect(msgs).toEqual(expected[i]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('an aborted stream ends the turn with aborted:true, keeping a signal already seen', async () => {
    const text = fixture('quota-zh.txt');
    const toolAt = new TextEncoder().encode(text.slice(0, text.indexOf('a-quota-zh'))).length;
    for (const [cutAt, kinds] of [
      [toolAt, ['image-quota']],
      [200, undefined],
    ] as const) {
      const bytes = new TextEncoder().encode(text).slice(0, cutAt);
      const abort = new DOMException('The operation was aborted.', 'AbortError');
      const { stream } = source(split(new TextDecoder().decode(bytes), 50), () => abort);
      const { win, msgs, findings } = setup(() => Promise.resolve(new Response(stream, { headers: SSE_HEADERS })));
      const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
      await expect(res.text()).rejects.toBe(abort);
      await until(turnEnded(msgs));
      expect(msgs.at(-1)).toMatchObject({ type: 'turn-end', aborted: true });
      expect(findings()[0]?.kinds).toEqual(kinds);
    }
  });

  it('an error status on the send call: http-error with the body, then turn-end', async () => {
    const body = '{"detail":"You\'ve reached our limit of messages per hour. Please try again later."}';
    const { win, msgs } = setup(() =>
      Promise.resolve(
        new Response(body, { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '3600' } }),
      ),
    );
    const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
    expect(res.status).toBe(429);
    expect(await res.text()).toBe(body);
    await until(turnEnded(msgs));
    expect(msgs.map((m) => m.type)).toEqual(['turn-start', 'finding', 'turn-end']);
    expect((msgs[1] as { finding: NetworkFinding }).finding).toMatchObject({
      kinds: ['http-error'],
      status: 429,
      evidence: body,
      conversationId: CID,
      headers: { 'retry-after': '3600', 'content-type': 'application/json' },
    });
    expect(msgs[2]).toMatchObject({ aborted: false });
  });
});

describe('other endpoints', () => {
  it('ignores other origins and non-backend paths, without cloning', async () => {
    const clone = vi.spyOn(Response.prototype, 'clone');
    const { win, msgs } = setup(() => Promise.resolve(new Response('x', { status: 500 })));
    await win.fetch('https://cdn.example.com/backend-api/f/conversation', { method: 'POST' });
    await win.fetch('https://ws.chatgpt.com/backend-api/conversations');
    await win.fetch('/api/auth/session');
    await win.fetch('/_next/data/x.json');
    await win.fetch({ toString: () => '/backend-api/f/conversation' } as unknown as string, { method: 'POST' });
    // A 200 from a backend endpoint of no interest is not read either.
    const ok = setup(() => Promise.resolve(new Response('{}')));
    await ok.win.fetch('/backend-api/conversations?offset=0&limit=28');
    await ticks();
    expect(msgs).toEqual([]);
    expect(ok.msgs).toEqual([]);
    expect(clone).not.toHaveBeenCalled();
  });

  it('a 429 on /backend-api/conversations: http-error with the relevant headers only', async () => {
    const body = '{"detail":"Too many requests"}';
    const { win, findings } = setup(() =>
      Promise.resolve(
        new Response(body, {
          status: 429,
          headers: {
            'content-type': 'application/json',
            'Retry-After': '120',
            'x-ratelimit-remaining-requests': '0',
            'x-ratelimit-reset-requests': '2m',
            'cf-ray': '8f01-AMS',
            'x-request-id': 'drop-me',
            'cache-control': 'no-store',
          },
        }),
      ),
    );
    await win.fetch('/backend-api/conversations?offset=0&limit=28&order=updated');
    await until(() => findings().length === 1, 'finding');
    expect(findings()[0]).toEqual({
      kinds: ['http-error'],
      endpoint: '/backend-api/conversations',
      method: 'GET',
      status: 429,
      messageIds: [],
      evidence: body,
      truncated: false,
      headers: {
        'content-type': 'application/json',
        'retry-after': '120',
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': '2m',
        'cf-ray': '8f01-AMS',
      },
      seenAt: NOW,
    });
  });

  it('caps a huge error body: reads at most 64 KB of it, evidence at most 16 K characters', async () => {
    const chunk = new TextEncoder().encode('<html>' + 'x'.repeat(16 * 1024 - 6));
    const { stream, stats } = source([], (n) => (n < 64 ? chunk : undefined)); // 1 MB in all
    const { win, findings } = setup(() => Promise.resolve(new Response(stream, { status: 503 })));
    await win.fetch('/backend-api/sentinel/chat-requirements', { method: 'POST' });
    await until(() => findings().length === 1, 'finding');
    await ticks();
    const bytes = stats.bytes;
    await ticks(50);
    expect(stats.bytes).toBe(bytes); // the copy was cancelled: no more reading
    const f = findings()[0]!;
    expect(f).toMatchObject({ kinds: ['http-error'], status: 503, truncated: true });
    expect(f.evidence.length).toBeLessThanOrEqual(16_384);
    expect(f.evidence).toMatch(/^<html>x+…\[truncated \d+ chars\]$/);
    // 64 KB plus the chunk that crossed the cap, plus what the tee and the body pipeline pulled ahead.
    expect(stats.bytes).toBeLessThanOrEqual(64 * 1024 + 4 * chunk.byteLength);
  });

  it('an empty error body still gives evidence', async () => {
    const { win, findings } = setup(() => Promise.resolve(new Response(null, { status: 403 })));
    await win.fetch('/backend-api/me');
    await until(() => findings().length === 1, 'finding');
    expect(findings()[0]).toMatchObject({ evidence: 'HTTP 403', truncated: false });
  });

  it('conversation/init with image_gen blocked: image-gate with blocked_features and limits_progress only, once', async () => {
    const blocked = fixture('conversation-init-blocked.json');
    const { win, findings } = setup(() =>
      Promise.resolve(new Response(blocked, { headers: { 'content-type': 'application/json' } })),
    );
    const res = await win.fetch('/backend-api/conversation/init', { method: 'POST', body: '{}' });
    expect(await res.json()).toEqual(JSON.parse(blocked));
    await until(() => findings().length === 1, 'finding');
    const f = findings()[0]!;
    expect(f).toMatchObject({
      kinds: ['image-gate'],
      endpoint: '/backend-api/conversation/init',
      method: 'POST',
      status: 200,
      messageIds: [],
    });
    const ev = JSON.parse(f.evidence);
    expect(Object.keys(ev)).toEqual(['blocked_features', 'limits_progress']);
    expect(ev.blocked_features[0]).toMatchObject({
      name: 'image_gen',
      resets_after_text: '9小时 内',
      description: '你当前的图片生成次数已用完。',
    });
    expect(f.limitsProgress).toEqual([
      { feature_name: 'image_gen', remaining: 0, reset_after: '2026-10-05T08:13:43.226963+00:00' },
    ]);
    // The page calls init again on navigation: the same gate is not reported twice.
    await win.fetch('/backend-api/conversation/init', { method: 'POST' });
    await ticks();
    expect(findings()).toHaveLength(1);
  });

  it('conversation/init with an open gate: no finding, only the allowance; a body over the cap: nothing', async () => {
    const open = setup(() => Promise.resolve(new Response(fixture('conversation-init-open.json'))));
    await open.win.fetch('/backend-api/conversation/init', { method: 'POST' });
    const big = setup(() => Promise.resolve(new Response(fixture('conversation-init-blocked.json'))), {
      maxJsonBytes: 100,
    });
    await big.win.fetch('/backend-api/conversation/init', { method: 'POST' });
    await ticks();
    expect(open.msgs).toMatchObject([{ type: 'progress', progress: [{ feature_name: 'image_gen', remaining: 22 }] }]);
    expect(big.msgs).toEqual([]);
  });

  it('GET conversation/{id}: a recent cooldown on the current branch is found once; old history never', async () => {
    const body = fixture('conversation-recent-cooldown.json');
    const path = `/backend-api/conversation/${CID}`;
    const recent = setup(() => Promise.resolve(new Response(body)));
    await recent.win.fetch(path);
    await until(() => recent.findings().length === 1, 'finding');
    const f = recent.findings()[0]!;
    expect(f).toMatchObject({
      kinds: ['image-cooldown'],
      endpoint: path,
      method: 'GET',
      status: 200,
      conversationId: CID,
      messageIds: ['n-tool', 'n-answer'],
      truncated: false,
    });
    expect(f.evidence).toMatch(/^data: \{"message":\{"id":"n-tool"/);
    await recent.win.fetch(path); // polled again
    await ticks();
    expect(recent.findings()).toHaveLength(1);

    const old = setup(() => Promise.resolve(new Response(body)), { now: () => NOW + 2 * 86_400_000 });
    await old.win.fetch(path);
    const other = setup(() => Promise.resolve(new Response(body)));
    await other.win.fetch(path, { method: 'PATCH' });
    await ticks();
    expect(old.msgs).toEqual([]);
    expect(other.msgs).toEqual([]);
  });

  it('GET conversation/{id}: a refusal off the current branch, or beyond the last 8 messages, does not count', async () => {
    const conv = JSON.parse(fixture('conversation-recent-cooldown.json'));
    // Eight newer messages after the tool message.
    let parent = 'n-answer';
    for (let i = 0; i < 8; i++) {
      const id = `n-later-${i}`;
      conv.mapping[id] = {
        id,
        parent,
        children: [],
        message: {
          id,
          author: { role: i % 2 ? 'assistant' : 'user' },
          create_time: 1_790_000_010 + i,
          content: { content_type: 'text', parts: ['hi'] },
        },
      };
      conv.mapping[parent].children.push(id);
      parent = id;
    }
    conv.current_node = parent;
    const deep = setup(() => Promise.resolve(new Response(JSON.stringify(conv))));
    await deep.win.fetch(`/backend-api/conversation/${CID}`);
    await ticks();
    expect(deep.msgs).toEqual([]);
  });
});

describe('bundle', () => {
  it('the MAIN-world observers (fetch and socket) pull in no zod, dexie or classifier code and stay under 16 KiB', async () => {
    const esbuild = await import('esbuild');
    const out = await esbuild.build({
      entryPoints: [new URL('../../lib/detect/chatgpt-observers.ts', import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: 'iife',
      write: false,
      metafile: true,
    });
    const inputs = Object.keys(out.metafile!.inputs);
    // lib/domain/chatgpt.ts: ChatGPT's shapes, a leaf shared with the classifier (no imports of its own).
    const pageWorld = [
      'chatgpt-observers',
      'network-observer',
      'socket-observer',
      'chatgpt-socket',
      'body-tap',
      'fetch-tap',
      'turns',
      'turn-filter',
      'delta-v1',
      'sse',
      'net-caps',
      'bridge',
    ];
    const allowed = new RegExp(String.raw`lib\/(?:detect\/(?:${pageWorld.join('|')})|domain\/chatgpt)\.ts$`);
    expect(inputs.filter((p) => !allowed.test(p))).toEqual([]);
    expect(out.outputFiles[0]!.contents.byteLength).toBeLessThan(16_384);
  });
});
