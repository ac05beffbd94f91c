import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeMessage, NetworkFinding } from '../../lib/detect/bridge.ts';
import { installChatGptObservers } from '../../lib/detect/chatgpt-observers.ts';
import { installSocketObserver, MAX_OPEN_SOCKETS } from '../../lib/detect/socket-observer.ts';
import { createTurnRegistry } from '../../lib/detect/turns.ts';
import { assembled } from './helpers/assembled.ts';
import { until } from './helpers/wait.ts';

const CID = '6a0f3c2e-9b1d-4c7e-8f21-3d5e7a9b0c11';

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/streams/${name}`, import.meta.url), 'utf8');
}

/** A stand-in for the browser's WebSocket: an EventTarget with the native-like surface the observer relies on. */
function fakeSocketClass() {
  const sent: unknown[] = [];
  class FakeWebSocket extends EventTarget {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readonly #url: string;
    readonly protocols: unknown;
    onmessage: ((ev: MessageEvent) => void) | null = null;
    constructor(url: string | URL, protocols?: string | string[]) {
      super();
      if (String(url).startsWith('http:')) throw new SyntaxError("The URL's scheme must be either 'ws' or 'wss'.");
      this.#url = new URL(String(url)).href;
      this.protocols = protocols;
    }
    get url(): string {
      return this.#url;
    }
    send(data: unknown): void {
      sent.push(data);
    }
    /** Test helper: the server sends a frame. */
    receive(data: unknown): void {
      const ev = new MessageEvent('message', { data });
      this.dispatchEvent(ev);
      this.onmessage?.(ev);
    }
    close(): void {
      this.dispatchEvent(new Event('close'));
    }
  }
  return { FakeWebSocket, sent };
}

function streamItems(body: string, turnId: string) {
  const evs = body.split(/\n\n/).filter(Boolean);
  return evs.map((e, i) => ({
    type: 'message',
    topic_id: `conversation-turn-${turnId}`,
    payload: {
      type: 'conversation-turn-stream',
      payload: {
        type: 'stream-item',
        conversation_id: CID,
        turn_id: turnId,
        encoded_item: `${e}\n\n`,
        stream_item_id: `${turnId}-${i}`,
      },
    },
  }));
}

function socketWindow() {
  const { FakeWebSocket, sent } = fakeSocketClass();
  const win = { WebSocket: FakeWebSocket as unknown, EventTarget, Event, MessageEvent };
  const msgs: BridgeMessage[] = [];
  const now = () => 1_790_000_010_000;
  const emit = assembled(msgs, now);
  const registry = createTurnRegistry({ emit, now });
  const off = installSocketObserver(win, { registry, emit, now });
  return { win, FakeWebSocket, sent, msgs, off };
}

describe('the WebSocket wrapper gives the page exactly its own socket', () => {
  it('same instance, prototype, instanceof, static constants, protocols, url; onmessage still works', () => {
    const { win, FakeWebSocket, msgs } = socketWindow();
    const WS = win.WebSocket as typeof FakeWebSocket;
    expect(WS).not.toBe(FakeWebSocket);
    expect(WS.prototype).toBe(FakeWebSocket.prototype);
    expect(WS.OPEN).toBe(1);
    expect(WS.name).toBe('FakeWebSocket');
    const ws = new WS('wss://ws.chatgpt.com/p24/ws/user/u?verify=t', ['v1']);
    expect(ws).toBeInstanceOf(FakeWebSocket);
    expect(ws).toBeInstanceOf(WS);
    expect(Object.getPrototypeOf(ws)).toBe(FakeWebSocket.prototype);
    expect(ws.protocols).toEqual(['v1']);
    expect(ws.url).toBe('wss://ws.chatgpt.com/p24/ws/user/u?verify=t');
    const seen: unknown[] = [];
    ws.onmessage = (ev) => seen.push(ev.data);
    ws.addEventListener('message', (ev) => seen.push((ev as MessageEvent).data));
    for (const it of streamItems(fixture('quota-zh.txt'), 'T1')) ws.receive(JSON.stringify([it]));
    expect(seen.length).toBe(2 * streamItems(fixture('quota-zh.txt'), 'T1').length);
    expect(msgs.map((m) => m.type)).toEqual(['turn-start', 'finding', 'turn-end']);
    const f = (msgs[1] as { finding: NetworkFinding }).finding;
    // The socket's path carries the user id and a token: never in a finding.
    expect(f.endpoint).toBe('wss://ws.chatgpt.com');
  });

  it('subclasses keep their own prototype; a bad URL throws the native error; calling without new still fails', () => {
    const { win, FakeWebSocket } = socketWindow();
    const WS = win.WebSocket as typeof FakeWebSocket;
    class Mine extends WS {
      hello() {
        return 'hi';
      }
    }
    const m = new Mine('wss://ws.chatgpt.com/x');
    expect(m).toBeInstanceOf(Mine);
    expect(m.hello()).toBe('hi');
    expect(() => new WS('http://ws.chatgpt.com/')).toThrow(SyntaxError);
    expect(() => (WS as unknown as () => void)()).toThrow(TypeError);
  });

  it('never sends on the socket, and leaves sockets to other hosts alone', () => {
    const { win, FakeWebSocket, sent, msgs } = socketWindow();
    const WS = win.WebSocket as typeof FakeWebSocket;
    const other = new WS('wss://example.com/socket');
    for (const it of streamItems(fixture('quota-zh.txt'), 'T2')) other.receive(JSON.stringify(it));
    expect(msgs).toEqual([]);
    const ws = new WS('wss://ws.chatgpt.com/x');
    for (const it of streamItems(fixture('quota-zh.txt'), 'T3')) ws.receive(JSON.stringify(it));
    expect(sent).toEqual([]);
  });

  it('a page that swaps window.WebSocket after us, or opens and closes sockets in a loop, breaks nothing', () => {
    const { win, FakeWebSocket, msgs } = socketWindow();
    const Ours = win.WebSocket as typeof FakeWebSocket;
    for (let i = 0; i < 500; i++) {
      const ws = new Ours('wss://ws.chatgpt.com/x');
      ws.receive('{"kind":"noise"}');
      ws.close();
    }
    // Sockets never closed: only MAX_OPEN_SOCKETS are read, the rest still work for the page.
    const open = Array.from({ length: MAX_OPEN_SOCKETS + 5 }, () => new Ours('wss://ws.chatgpt.com/x'));
    expect(open.every((s) => s instanceof FakeWebSocket)).toBe(true);
    win.WebSocket = class extends Ours {};
    const swapped = new (win.WebSocket as typeof FakeWebSocket)('wss://ws.chatgpt.com/x');
    expect(swapped).toBeInstanceOf(FakeWebSocket);
    expect(msgs).toEqual([]);
  });

  it('uninstall restores the native constructor', () => {
    const { win, FakeWebSocket, off } = socketWindow();
    off();
    expect(win.WebSocket).toBe(FakeWebSocket);
  });
});

describe('frames are read as the page reads them, each once', () => {
  const stats = (msgs: BridgeMessage[]) => msgs.filter((m) => m.type === 'socket-stats').length;

  it("frames are read through the page's reads of their data, each once however often the page reads it", () => {
    const { win, FakeWebSocket, msgs, off } = socketWindow();
    try {
      const ws = new (win.WebSocket as typeof FakeWebSocket)('wss://ws.chatgpt.com/x');
      const frame = (n: number) => `{"type":"conversation-mystery","payload":${n}}`;
      const seen: unknown[] = [];
      let reading = true;
      // The page reads each frame's data twice, in two handlers: the reader still reads each frame once.
      ws.onmessage = (ev) => reading && seen.push(typeof ev.data === 'string' && ev.data);
      ws.addEventListener('message', (ev) => reading && seen.push((ev as MessageEvent).data));
      // Frames of a shape we do not know are told to the health check at the 1st, 2nd, 4th, 8th...: three frames
      // read once each are told twice (a frame read twice would make it three times).
      for (const n of [1, 2, 3]) ws.receive(frame(n));
      expect(stats(msgs)).toBe(2);
      expect(seen).toEqual([1, 1, 2, 2, 3, 3].map(frame));
      // Frames the page does not read are not read by us either (a listener of ours would have read these five, and
      // the check would have been told at the 4th and 8th).
      reading = false;
      for (const n of [4, 5, 6, 7, 8]) ws.receive(frame(n));
      expect(stats(msgs)).toBe(2);
      reading = true;
      for (const it of streamItems(fixture('quota-zh.txt'), 'T5')) ws.receive(JSON.stringify([it]));
      const turn = msgs.filter((m) => m.type !== 'socket-stats').map((m) => m.type);
      expect(turn).toEqual(['turn-start', 'finding', 'turn-end']);
    } finally {
      off();
    }
  });

  it('answer tokens are told at the getter; two sockets streaming at once still give each turn and its refusal', () => {
    const { win, FakeWebSocket, msgs, off } = socketWindow();
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const events = fixture('quota-zh.txt').split(/\n\n/).filter(Boolean);
      const at = events.findIndex((e) => e.includes('"id": "c1"')) + 1;
      const tokens = Array.from({ length: 300 }, (_, i) => `event: delta\ndata: {"v": " w${i}"}`);
      const body = [...events.slice(0, at), ...tokens, ...events.slice(at)].join('\n\n');
      const [a, b] = [0, 1].map(() => new (win.WebSocket as typeof FakeWebSocket)('wss://ws.chatgpt.com/x'));
      for (const ws of [a!, b!]) ws.onmessage = (ev) => void ev.data;
      const frames = (turnId: string) => streamItems(body, turnId).map((it) => JSON.stringify([it]));
      const [fa, fb, fc] = [frames('TA'), frames('TB'), frames('TC')];
      // One socket's turn alone, then both interleaved frame by frame (each token frame then follows the other
      // socket's: the getter's shortcut misses and the socket's own reader tells it).
      for (const f of fa) a!.receive(f);
      const alone = parse.mock.calls.length;
      for (let i = 0; i < fb.length; i++) {
        b!.receive(fb[i]!);
        a!.receive(fc[i]!);
      }
      expect(alone).toBeLessThan(60);
      expect(parse.mock.calls.length - alone).toBeLessThan(120);
      const kinds = msgs.map((m) => m.type);
      expect(kinds.filter((k) => k === 'finding')).toHaveLength(3);
      expect(kinds.filter((k) => k === 'turn-end')).toHaveLength(3);
    } finally {
      parse.mockRestore();
      off();
    }
  });

  it('a frame the page never reads is not read: no listener of ours costs the page a call per frame', () => {
    const { win, FakeWebSocket, msgs, off } = socketWindow();
    try {
      const ws = new (win.WebSocket as typeof FakeWebSocket)('wss://ws.chatgpt.com/x');
      for (const it of streamItems(fixture('quota-zh.txt'), 'T6')) ws.receive(JSON.stringify([it]));
      expect(msgs).toEqual([]);
      // The same frames, read by the page: the turn and its refusal.
      ws.onmessage = (ev) => void ev.data;
      for (const it of streamItems(fixture('quota-zh.txt'), 'T6')) ws.receive(JSON.stringify([it]));
      expect(msgs.map((m) => m.type)).toEqual(['turn-start', 'finding', 'turn-end']);
    } finally {
      off();
    }
  });

  it("the data getter gives the page exactly the native getter's value and errors; others' events are untouched", () => {
    const native = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')!;
    const { win, FakeWebSocket, msgs, off } = socketWindow();
    try {
      const ours = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')!;
      expect(ours.get).not.toBe(native.get);
      expect(ours.get!.name).toBe(native.get!.name);
      expect(ours.get!.length).toBe(native.get!.length);
      expect({ ...ours, get: undefined }).toEqual({ ...native, get: undefined });
      expect(() => ours.get!.call({})).toThrow(TypeError);
      const payload = { any: 'thing' };
      expect(new MessageEvent('message', { data: payload }).data).toBe(payload);
      // A frame of a socket to another host, read by its page: nothing of ours happens.
      const other = new (win.WebSocket as typeof FakeWebSocket)('wss://example.com/socket');
      other.onmessage = (ev) => void ev.data;
      for (const it of streamItems(fixture('quota-zh.txt'), 'T7')) other.receive(JSON.stringify([it]));
      expect(msgs).toEqual([]);
    } finally {
      off();
    }
    expect(Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')).toEqual(native);
  });
});

const uninstalls: (() => void)[] = [];
afterEach(() => {
  for (const off of uninstalls.splice(0)) off();
});

/**
 * A page window with fetch and WebSocket, both observed by the MAIN-world installer, turns read through the
 * page's own reads (Node's stream classes stand in for the browser's; the tap is removed after each test).
 */
function pageWindow(fetchImpl: (input: unknown, init?: unknown) => Promise<Response>) {
  const { FakeWebSocket } = fakeSocketClass();
  const win = {
    fetch: fetchImpl as unknown as typeof fetch,
    location: new URL(`https://chatgpt.com/c/${CID}`),
    WebSocket: FakeWebSocket as unknown,
    EventTarget,
    Event,
    MessageEvent,
    ReadableStream,
    ReadableStreamDefaultReader,
    Response,
  };
  const msgs: BridgeMessage[] = [];
  uninstalls.push(
    installChatGptObservers(
      win,
      assembled(msgs, () => 1_790_000_010_000),
      () => 1_790_000_010_000,
    ),
  );
  return { win, msgs, WS: win.WebSocket as typeof FakeWebSocket };
}

describe('one turn, whatever carries it', () => {
  it('a fetch stream handed off to the socket, whose cooldown refusal arrives on the socket: one turn, one finding', async () => {
    const cooldown = fixture('cooldown-append-crlf.txt').replace(/\r\n/g, '\n');
    const evs = cooldown
      .split('\n\n')
      .filter(Boolean)
      .map((e) => `${e}\n\n`);
    const toolAt = evs.findIndex((e) => e.includes('"role": "tool"') || e.includes('"role":"tool"'));
    const head = evs.slice(0, toolAt + 1).join('');
    const handoff =
      `data: {"type": "stream_handoff", "conversation_id": "${CID}", "turn_id": "T9", "options": ` +
      `[{"type": "subscribe_ws_topic", "topic_id": "conversation-turn-T9"}]}\n\n`;
    const { win, msgs, WS } = pageWindow(() =>
      Promise.resolve(new Response(head + handoff, { headers: { 'content-type': 'text/event-stream' } })),
    );
    const ws = new WS('wss://ws.chatgpt.com/p24/ws/user/u');
    ws.addEventListener('message', (ev) => void (ev as MessageEvent).data);
    const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
    await res.text();
    await new Promise((r) => setTimeout(r, 20));
    expect(msgs.map((m) => m.type)).toEqual(['turn-start']); // handed off: not over
    const rest = evs.slice(toolAt + 1).join('');
    for (const it of streamItems(rest, 'T9')) ws.receive(JSON.stringify([it]));
    expect(msgs.map((m) => m.type)).toEqual(['turn-start', 'finding', 'turn-end']);
    const f = (msgs[1] as { finding: NetworkFinding }).finding;
    expect(f.kinds).toEqual(['image-cooldown']);
    expect(f.turnId).toBe('T9');
  });

  it('a stream cut by the network and continued by a resume POST is one turn', async () => {
    const cooldown = fixture('cooldown-append-crlf.txt').replace(/\r\n/g, '\n');
    const evs = cooldown
      .split('\n\n')
      .filter(Boolean)
      .map((e) => `${e}\n\n`);
    const toolAt = evs.findIndex((e) => /"role": ?"tool"/.test(e));
    const first = new TextEncoder().encode(evs.slice(0, toolAt + 2).join(''));
    const second = evs.slice(toolAt + 2).join('');
    let call = 0;
    const { win, msgs } = pageWindow(() => {
      call++;
      if (call === 1) {
        let pulls = 0;
        const stream = new ReadableStream<Uint8Array>({
          pull(c) {
            if (pulls++ === 0) c.enqueue(first);
            else c.error(new TypeError('network error'));
          },
        });
        return Promise.resolve(new Response(stream, { headers: { 'content-type': 'text/event-stream' } }));
      }
      return Promise.resolve(new Response(second, { headers: { 'content-type': 'text/event-stream' } }));
    });
    const res = await win.fetch('/backend-api/f/conversation', { method: 'POST' });
    await res.text().catch(() => {});
    await until(() => msgs.some((m) => m.type === 'turn-end'));
    expect(msgs.at(-1)).toMatchObject({ type: 'turn-end', aborted: true });
    const resumed = await win.fetch('/backend-api/f/conversation/resume', { method: 'POST' });
    await resumed.text();
    await until(() => msgs.filter((m) => m.type === 'turn-end').length === 2);
    const findings = msgs.filter((m) => m.type === 'finding').map((m) => (m as { finding: NetworkFinding }).finding);
    // The refusal's text was completed by the resumed part: the tracker carried the message across.
    expect(findings.at(-1)?.kinds).toEqual(['image-cooldown']);
    expect(findings.at(-1)?.evidence).toContain('too quickly');
  });
});
