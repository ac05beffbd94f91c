import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeMessage, NetworkFinding } from '../../lib/detect/bridge.ts';
import { installNetworkObserver } from '../../lib/detect/network-observer.ts';
import { assembled } from './helpers/assembled.ts';
import { until } from './helpers/wait.ts';

const PAGE = 'https://chatgpt.com/c/6a0f3c2e-9b1d-4c7e-8f21-3d5e7a9b0c11';
const SSE = { 'content-type': 'text/event-stream; charset=utf-8' };

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/streams/${name}`, import.meta.url), 'utf8');
}

function chunked(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

const offs: (() => void)[] = [];
afterEach(() => {
  for (const off of offs.splice(0)) off();
  vi.restoreAllMocks();
});

/** The observer on a window with Node's stream classes: turns are read through the page's own reads. */
function setup(body: () => BodyInit) {
  const msgs: BridgeMessage[] = [];
  const clone = vi.spyOn(Response.prototype, 'clone');
  const win = {
    fetch: (() => Promise.resolve(new Response(body(), { headers: SSE }))) as unknown as typeof fetch,
    location: new URL(PAGE),
    ReadableStream,
    ReadableStreamDefaultReader,
    Response,
  };
  const now = () => 1_790_000_300_000;
  offs.push(installNetworkObserver(win, assembled(msgs, now), { now }));
  const finding = () => (msgs.find((m) => m.type === 'finding') as { finding: NetworkFinding } | undefined)?.finding;
  return { win, msgs, clone, finding, ended: () => msgs.some((m) => m.type === 'turn-end') };
}

const quota = fixture('quota-zh.txt');

describe('observe mode: the page reads, the observer sees the same chunks, nothing is copied', () => {
  it('getReader(): every byte reaches the page unchanged; the finding is the same as from a copy', async () => {
    const { win, msgs, clone, finding, ended } = setup(() => chunked(quota, 97));
    const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
    const reader = res.body!.getReader();
    const parts: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
    expect(new TextDecoder().decode(Buffer.concat(parts))).toBe(quota);
    await until(ended);
    expect(clone).not.toHaveBeenCalled();
    expect(msgs.map((m) => m.type)).toEqual(['turn-start', 'finding', 'turn-end']);
    expect([...finding()!.kinds].sort()).toEqual(['image-gate', 'image-quota']);
  });

  // Async iteration is wrapped too, but Node's stream iterator keeps no `next` on its prototype, so it is proven
  // in real Chromium (test/e2e/chatgpt-socket.spec.ts reads a turn with for await).
  it('pipeThrough(TextDecoderStream) then a reader is observed', async () => {
    const readers: ((res: Response) => Promise<string>)[] = [
      async (res) => {
        const r = res.body!.pipeThrough(new TextDecoderStream()).getReader();
        let s = '';
        for (let x = await r.read(); !x.done; x = await r.read()) s += x.value;
        return s;
      },
    ];
    for (const read of readers) {
      const { win, msgs, clone, ended } = setup(() => chunked(quota, 64));
      const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
      expect(await read(res)).toBe(quota);
      await until(ended);
      expect(clone).not.toHaveBeenCalled();
      expect(msgs.map((m) => m.type)).toEqual(['turn-start', 'finding', 'turn-end']);
    }
  });

  it('an SSE parser stream yielding {data} events at the last stage is read event by event', async () => {
    const { win, msgs, ended } = setup(() => chunked(quota, 500));
    const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
    let buf = '';
    const events = res.body!.pipeThrough(new TextDecoderStream()).pipeThrough(
      new TransformStream<string, { data: string }>({
        transform(chunk, c) {
          buf += chunk;
          let i;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const ev = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const data = ev
              .split('\n')
              .filter((l) => l.startsWith('data: '))
              .map((l) => l.slice(6))
              .join('\n');
            if (data) c.enqueue({ data });
          }
        },
      }),
    );
    const r = events.getReader();
    while (!(await r.read()).done);
    await until(ended);
    expect(msgs.map((m) => m.type)).toEqual(['turn-start', 'finding', 'turn-end']);
  });

  it('a body consumed another way (pipeTo, text()): the turn is given up, and the next turn is read from a copy', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const { win, msgs, clone } = setup(() => chunked(quota, 128));
      const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
      let seen = '';
      const d = new TextDecoder();
      const done = res.body!.pipeTo(new WritableStream({ write: (c) => void (seen += d.decode(c, { stream: true })) }));
      await vi.advanceTimersByTimeAsync(1_100);
      await done;
      expect(seen).toBe(quota);
      expect(msgs.map((m) => m.type)).toEqual(['turn-start', 'turn-end']);
      const next = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
      expect(clone).toHaveBeenCalledTimes(1);
      const p = next.body!.pipeTo(new WritableStream());
      await vi.advanceTimersByTimeAsync(10);
      await p;
      await vi.advanceTimersByTimeAsync(10);
      expect(msgs.filter((m) => m.type === 'finding')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a page that stops reading mid-stream ends the turn when its read fails', async () => {
    const { win, msgs, ended } = setup(() => chunked(quota, 50));
    const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
    const r = res.body!.getReader();
    await r.read();
    await r.cancel();
    await until(ended);
    expect(msgs.at(-1)).toMatchObject({ type: 'turn-end' });
  });

  it('other streams on the page are untouched and cost one look-up', async () => {
    setup(() => quota);
    const s = new ReadableStream({ start: (c) => (c.enqueue('a'), c.close()) });
    const r = s.getReader();
    expect(await r.read()).toEqual({ value: 'a', done: false });
    expect(ReadableStream.prototype.getReader.name).toBe('getReader');
  });

  it('property: the same messages as the copy path whatever the chunking', async () => {
    const texts = [
      'quota-zh.txt',
      'cooldown-append-crlf.txt',
      'moderation.txt',
      'success-image.txt',
      'quota-en-no-blank-lines.txt',
    ].map(fixture);
    const expected: BridgeMessage[][] = [];
    for (const text of texts) {
      const msgs: BridgeMessage[] = [];
      const win = {
        fetch: (() => Promise.resolve(new Response(text, { headers: SSE }))) as unknown as typeof fetch,
        location: new URL(PAGE),
      };
      const now = () => 1_790_000_300_000;
      const off = installNetworkObserver(win, assembled(msgs, now), { now, copyBodies: true });
      await (await win.fetch('/backend-api/f/conversation', { method: 'POST' })).text();
      await until(() => msgs.some((m) => m.type === 'turn-end'));
      off();
      expected.push(msgs);
    }
    await fc.assert(
      fc.asyncProperty(fc.nat(texts.length - 1), fc.integer({ min: 1, max: 400 }), async (i, size) => {
        const { win, msgs, ended } = setup(() => chunked(texts[i]!, size));
        const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
        const r = res.body!.getReader();
        while (!(await r.read()).done);
        await until(ended);
        offs.pop()!();
        expect(msgs).toEqual(expected[i]);
      }),
      { numRuns: 60 },
    );
  });
});
