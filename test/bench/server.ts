/**
 * The bench's chatgpt.com: a loopback HTTPS server that serves the page double and its backend, and streams the
 * conversation SSE over time like the real backend does (Playwright's route.fulfill can only hand over a whole
 * body at once, which would make a 20,000-token answer arrive as one chunk).
 *
 * Streams reuse the end-to-end builders (test/e2e/support/chatgpt-streams.ts): the same delta-v1 frames the
 * extension's stream parser is tested on.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { longAnswerStream, quotaStream } from '../e2e/support/chatgpt-streams.ts';
import type { Cert } from '../e2e/support/tls.ts';

export const BENCH_PAGE = path.resolve('test/bench/site/chatgpt-bench.html');

/** What the page posts to /backend-api/f/conversation (the real page posts far more; the bench reads only this). */
export interface TurnRequest {
  scenario: 'long' | 'quota';
  /** long: streamed tokens. */
  tokens?: number;
  /** long: 'paced' writes a burst every intervalMs (a stream arriving over time); 'burst' writes everything at once. */
  mode?: 'paced' | 'burst';
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

/** An SSE body split back into its events, each ending with its blank line. */
function events(body: string): string[] {
  return body
    .split('\n\n')
    .filter((e) => e.length > 0)
    .map((e) => `${e}\n\n`);
}

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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, page: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'https://chatgpt.com');
  const body = req.method === 'POST' ? await readBody(req) : '';
  if (url.pathname === '/backend-api/conversation/init') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ blocked_features: [], limits_progress: null, model_limits: [], default_model_slug: 'auto' }));
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

async function streamLong(res: ServerResponse, turn: TurnRequest): Promise<void> {
  const all = events(longAnswerStream(turn.tokens ?? 1000));
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
  const all = events(body);
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
