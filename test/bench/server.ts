/**
 * The bench's chatgpt.com: a loopback HTTPS server that serves the page double and its backend, and streams the
 * conversation SSE over time like the real backend does (Playwright's route.fulfill can only hand over a whole
 * body at once, which would make a 20,000-token answer arrive as one chunk). The same server answers the page's
 * WebSocket to ws.chatgpt.com (an upgrade on the same port; `ws` does the framing), where a turn streams as
 * `conversation-turn-stream` items, or, for the no-signal turn, in an envelope no observer knows.
 *
 * Streams reuse the end-to-end builders (test/e2e/support/chatgpt-streams.ts): the same delta-v1 frames the
 * extension's stream parser is tested on.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  longAnswerStream,
  quotaStream,
  socketFrames,
  socketItems,
  sseEvents,
  subscribeReply,
  turnComplete,
  turnTopic,
} from '../e2e/support/chatgpt-streams.ts';
import type { Cert } from '../e2e/support/tls.ts';

export const BENCH_PAGE = path.resolve('test/bench/site/chatgpt-bench.html');

/** What the page posts to /backend-api/f/conversation (the real page posts far more; the bench reads only this). */
export interface TurnRequest {
  scenario: 'long' | 'quota';
  /** long: streamed tokens. */
  tokens?: number;
  /**
   * long: 'paced' writes a burst every intervalMs (a stream arriving over time); 'burst' writes everything at
   * once. 'socket' and 'nosignal' turns are not posted: the page asks for them on its socket.
   */
  mode?: 'paced' | 'burst' | 'socket' | 'nosignal';
  burstTokens?: number;
  intervalMs?: number;
  /** quota: makes the message ids (and so the stored occurrence) unique per repetition. */
  tag?: string;
  /** quota: epoch ms of the reset in blocked_features. */
  resetsAt?: number;
}

export interface BenchServer {
  port: number;
  close: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const SOCKET_HOST = 'ws.chatgpt.com';
/** Socket items replayed as catch-ups in the subscribe reply after being sent live (as captures show). */
export const SOCKET_CATCHUPS = 8;
/** Items per frame, repeated: mostly one item a frame, every tenth frame batched. */
export const SOCKET_BATCH = [1, 1, 1, 1, 1, 1, 1, 1, 1, 4] as const;

export async function startBenchServer(cert: Cert): Promise<BenchServer> {
  const page = readFileSync(BENCH_PAGE, 'utf8');
  const sockets = new Set<Socket>();
  const server: Server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    handle(req, res, page).catch(() => res.destroy());
  });
  server.on('secureConnection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if ((req.headers.host ?? '').split(':')[0] !== SOCKET_HOST) return void socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => serveSocket(ws));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.close(() => resolve());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, page: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'https://chatgpt.com');
  const body = req.method === 'POST' ? await readBody(req) : '';
  if (url.pathname === '/backend-api/conversation/init') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ blocked_features: [], limits_progress: null, model_limits: [], default_model_slug: 'auto' }),
    );
    return;
  }
  if (url.pathname === '/backend-api/f/conversation' && req.method === 'POST') {
    const turn = JSON.parse(body || '{}') as TurnRequest;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    if (turn.scenario === 'quota') return streamQuota(res, turn);
    return streamLong(res, turn);
  }
  if (url.pathname === '/' || url.pathname.startsWith('/c/')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page);
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('');
}

/** A long turn's SSE events by token count, built once: the server's own work stays out of the page's wall time. */
const longEventsCache = new Map<number, string[]>();

async function streamLong(res: ServerResponse, turn: TurnRequest): Promise<void> {
  const tokens = turn.tokens ?? 1000;
  let all = longEventsCache.get(tokens);
  if (!all) longEventsCache.set(tokens, (all = sseEvents(longAnswerStream(tokens))));
  const per = Math.max(1, turn.burstTokens ?? 100);
  const interval = turn.intervalMs ?? 10;
  for (let i = 0; i < all.length; i += per) {
    if (res.destroyed) return;
    res.write(all.slice(i, i + per).join(''));
    if (turn.mode !== 'burst' && i + per < all.length) await sleep(interval);
  }
  res.end();
}

/** The quota refusal arrives first, then the assistant's paraphrase, then the end of the turn, ~100 ms apart. */
async function streamQuota(res: ServerResponse, turn: TurnRequest): Promise<void> {
  const tag = (turn.tag ?? '1').replace(/[^\w-]/g, '');
  const body = quotaStream(turn.resetsAt ?? Date.now() + 5 * 3600_000)
    .replaceAll('tool-quota-1', `tool-quota-${tag}`)
    .replaceAll('asst-quota-1', `asst-quota-${tag}`);
  const all = sseEvents(body);
  res.write(all.slice(0, 2).join('')); // delta_encoding + the image tool's system_error
  await sleep(100);
  res.write(all.slice(2, 5).join('')); // the assistant's reply
  await sleep(100);
  res.end(all.slice(5).join('')); // message_stream_complete, conversation_detail_metadata, [DONE]
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let s = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (s += d));
    req.on('end', () => resolve(s));
    req.on('error', reject);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The socket. The page sends {"type":"bench-turn",turn_id,tokens,shape} (a bench-only command telling this server
// what to stream; no fetch is involved, so a network observer can only learn of the turn from the socket), then,
// for stream items, subscribes to the turn's topic like the live page. Frames are built before the subscribe and
// cached, so the server's own work is not in the page's wall time.

interface SocketTurn {
  turnId: string;
  tokens: number;
  shape: 'stream-items' | 'unknown';
}

const frameCache = new Map<string, { live: string[]; reply: (id: number) => string; rest: string[] }>();

function streamItemFrames(turnId: string, tokens: number) {
  const key = `${turnId}/${tokens}`;
  let f = frameCache.get(key);
  if (!f) {
    const items = socketItems(turnId, longAnswerStream(tokens), { startMs: 1_790_000_000_000 });
    const head = items.slice(0, SOCKET_CATCHUPS);
    f = {
      live: socketFrames(head, SOCKET_BATCH),
      reply: (id) => JSON.stringify([subscribeReply(turnId, head, id)]),
      rest: socketFrames(items.slice(SOCKET_CATCHUPS), SOCKET_BATCH),
    };
    frameCache.set(key, f);
  }
  return f;
}

/** Tokens per frame of the no-signal turn (an envelope of our own, so the batching is ours to choose). */
export const UNKNOWN_TOKENS_PER_FRAME = 10;

/** The same answer as longAnswerStream's tokens, in frames of an envelope no observer knows. */
function unknownFrames(tokens: number): string[] {
  const key = `unknown/${tokens}`;
  let f = frameCache.get(key)?.rest;
  if (!f) {
    const all = ['Here', ...Array.from({ length: tokens }, (_, i) => ` word${i % 97}`)];
    f = [];
    for (let i = 0; i < all.length; i += UNKNOWN_TOKENS_PER_FRAME) {
      f.push(JSON.stringify({ kind: 'chunk', seq: f.length, text: all.slice(i, i + UNKNOWN_TOKENS_PER_FRAME) }));
    }
    f.push(JSON.stringify({ kind: 'end', seq: f.length }));
    frameCache.set(key, { live: [], reply: () => '', rest: f });
  }
  return f;
}

function serveSocket(ws: WebSocket): void {
  const pending = new Map<string, SocketTurn>();
  const sendAll = (frames: readonly string[]) => {
    for (const f of frames) ws.send(f);
  };
  ws.on('error', () => {});
  ws.on('message', (data, isBinary) => {
    if (isBinary) return;
    let commands: unknown;
    try {
      commands = JSON.parse(data.toString());
    } catch {
      return;
    }
    for (const c of Array.isArray(commands) ? commands : [commands]) {
      const { id, command } = (c ?? {}) as {
        id?: number;
        command?: { type?: string; topic_id?: string; turn_id?: string; tokens?: number; shape?: string };
      };
      if (command?.type === 'bench-turn' && command.turn_id) {
        const turn: SocketTurn = {
          turnId: command.turn_id,
          tokens: command.tokens ?? 1000,
          shape: command.shape === 'unknown' ? 'unknown' : 'stream-items',
        };
        if (turn.shape === 'unknown') sendAll(unknownFrames(turn.tokens));
        else {
          streamItemFrames(turn.turnId, turn.tokens);
          pending.set(turnTopic(turn.turnId), turn);
        }
      } else if (command?.type === 'subscribe' && command.topic_id && pending.has(command.topic_id)) {
        const turn = pending.get(command.topic_id)!;
        pending.delete(command.topic_id);
        const f = streamItemFrames(turn.turnId, turn.tokens);
        sendAll(f.live);
        ws.send(f.reply(id ?? 0));
        sendAll(f.rest);
        ws.send(JSON.stringify([turnComplete()]));
      }
    }
  });
}
