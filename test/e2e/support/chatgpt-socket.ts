/**
 * chatgpt.com's WebSocket for end-to-end tests: a real TLS `ws` server on 127.0.0.1 with a throwaway
 * self-signed certificate for ws.chatgpt.com. Chromium reaches it through the flags in `chromiumArgs`
 * (host mapping, certificate errors ignored, the loopback port marked public so Chromium's local-network
 * checks let a chatgpt.com page open it). Nothing is intercepted: the page's own `WebSocket` talks to a real
 * server, so an extension's MAIN-world wrapper sees every frame as it would on the live site.
 *
 *   const socket = await startChatGptSocket();        // before the browser starts (its args need the port)
 *   …launch with socket.chromiumArgs, open the page double with ?transport=socket…
 *   await socket.waitForConnection();
 *   await socket.sendItems(TURN_ID, quotaStream(resetAt), { catchupReplay: 3, batch: [1, 1, 3] });
 *   await socket.close();
 *
 * Or use the `chatgptSocket` fixture of socket-fixture.ts, which does the launching part.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  socketFrames,
  socketItems,
  subscribeReply,
  turnComplete,
  turnTopic,
  type SocketItemOptions,
  type SocketMessage,
} from './chatgpt-streams.ts';
import { selfSignedCert } from './tls.ts';

export const SOCKET_HOST = 'ws.chatgpt.com';

export interface SendItemsOptions extends SocketItemOptions {
  /**
   * Replay the first N items as catch-ups: they are sent live, then the reply to the page's subscribe command
   * carries them again in `catchups` (duplicates, as on the live site), then the rest follows live. Needs the
   * page's subscribe to the turn's topic (waited for).
   */
  catchupReplay?: number;
  /** Items per frame, or a repeating pattern of frame sizes (socketFrames); default 1. */
  batch?: number | readonly number[];
  /** Wait for the page's subscribe to `conversation-turn-<turnId>` before the first item (default true). */
  awaitSubscribe?: boolean;
  /** ms between frames (default 0: as fast as the socket takes them). */
  intervalMs?: number;
  /** End with `conversation-turn-complete` on topic `conversations` (default true). */
  complete?: boolean;
}

/** A command the page sent, e.g. `{ id: 3, command: { type: 'subscribe', topic_id: '…', offset: '0' } }`. */
export interface ClientCommand {
  id?: number;
  command?: { type?: string; topic_id?: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface ChatGptSocket {
  port: number;
  /** Flags for the Chromium that is to reach this server as wss://ws.chatgpt.com/… */
  chromiumArgs: string[];
  /** Resolves when a page has connected (at once if one is connected). */
  waitForConnection: (timeoutMs?: number) => Promise<void>;
  /** Sends one frame to every connected page: a string as is, bytes as a binary frame, anything else as JSON. */
  send: (frame: string | Uint8Array | object) => void;
  /** Streams a turn's SSE events as stream items (see SendItemsOptions); resolves when all are written. */
  sendItems: (
    turnId: string,
    sseEvents: string | readonly string[],
    opts?: SendItemsOptions,
  ) => Promise<SocketMessage[]>;
  /** Every frame the pages sent, in order: parsed JSON (a frame is usually an array of commands), else the text. */
  received: () => unknown[];
  /** The commands the pages sent, flattened out of their frames. */
  commands: () => ClientCommand[];
  /** Resolves with the page's subscribe command for a topic (a turn id is taken as `conversation-turn-<id>`). */
  waitForSubscribe: (topicOrTurnId: string, timeoutMs?: number) => Promise<ClientCommand>;
  /** Closes the pages' sockets from the server side (they see a close event), keeping the server up. */
  disconnect: (code?: number, reason?: string) => void;
  close: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a value, or fails with `what` after `timeoutMs`. */
async function until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`chatgpt socket: timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** Chromium flags that send ws.chatgpt.com to a loopback TLS server on `port` (see docs: toolchain notes). */
export function socketChromiumArgs(port: number): string[] {
  return [
    `--host-resolver-rules=MAP ${SOCKET_HOST} 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
    // Chromium 156 refuses a public page's socket to loopback (ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS) unless
    // this one address and port is declared public.
    `--ip-address-space-overrides=127.0.0.1:${port}=public`,
  ];
}

export async function startChatGptSocket(): Promise<ChatGptSocket> {
  const dir = mkdtempSync(path.join(tmpdir(), 'limit-lens-socket-'));
  let https: Server;
  try {
    const cert = selfSignedCert(dir, [SOCKET_HOST]);
    https = createServer({ key: cert.key, cert: cert.cert }, (_req, res) => {
      res.writeHead(426, { 'content-type': 'text/plain' });
      res.end('WebSocket only');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const wss = new WebSocketServer({ server: https });
  const clients = new Set<WebSocket>();
  const frames: unknown[] = [];
  wss.on('connection', (ws) => {
    clients.add(ws);
    ws.on('close', () => clients.delete(ws));
    ws.on('error', () => clients.delete(ws));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      const text = isBinary ? null : data.toString();
      if (text === null) return void frames.push(data);
      try {
        frames.push(JSON.parse(text));
      } catch {
        frames.push(text);
      }
    });
  });
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  const { port } = https.address() as AddressInfo;

  const commands = (): ClientCommand[] =>
    frames
      .flatMap((f) => (Array.isArray(f) ? f : [f]))
      .filter((c): c is ClientCommand => typeof c === 'object' && c !== null && !(c instanceof Buffer));

  const send = (frame: string | Uint8Array | object) => {
    const data = typeof frame === 'string' || frame instanceof Uint8Array ? frame : JSON.stringify(frame);
    if (!clients.size) throw new Error('chatgpt socket: no page is connected');
    for (const ws of clients) ws.send(data);
  };

  const waitForSubscribe = (topicOrTurnId: string, timeoutMs = 10_000) => {
    const topic =
      topicOrTurnId.includes('-turn-') || topicOrTurnId === 'conversations' ? topicOrTurnId : turnTopic(topicOrTurnId);
    return until(
      () => commands().find((c) => c.command?.type === 'subscribe' && c.command.topic_id === topic),
      timeoutMs,
      `a subscribe to ${topic}`,
    );
  };

  /** Waits until the socket has flushed what was sent, so a burst is paced by the network, not buffered in Node. */
  const drained = () =>
    until(
      () => ([...clients].every((ws) => ws.bufferedAmount < 1 << 20) ? true : undefined),
      30_000,
      'the socket to drain',
    );

  return {
    port,
    chromiumArgs: socketChromiumArgs(port),
    waitForConnection: async (timeoutMs = 10_000) => {
      await until(() => (clients.size ? true : undefined), timeoutMs, 'a page to connect to wss://ws.chatgpt.com');
    },
    send,
    sendItems: async (turnId, sse, opts = {}) => {
      const items = socketItems(turnId, sse, opts);
      const sub = (opts.awaitSubscribe ?? true) || opts.catchupReplay ? await waitForSubscribe(turnId) : undefined;
      const replay = Math.min(opts.catchupReplay ?? 0, items.length);
      const write = async (part: readonly SocketMessage[]) => {
        for (const f of socketFrames(part, opts.batch ?? 1)) {
          send(f);
          if (opts.intervalMs) await sleep(opts.intervalMs);
        }
        await drained();
      };
      if (replay) {
        await write(items.slice(0, replay));
        send([subscribeReply(turnId, items.slice(0, replay), sub?.id ?? 0)]);
      }
      await write(items.slice(replay));
      if (opts.complete ?? true) send([turnComplete(opts.conversationId)]);
      return items;
    },
    received: () => [...frames],
    commands,
    waitForSubscribe,
    disconnect: (code = 1000, reason = '') => {
      for (const ws of clients) ws.close(code, reason);
    },
    close: async () => {
      for (const ws of clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => https.close(() => resolve()));
    },
  };
}
