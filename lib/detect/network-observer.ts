/**
 * The read-only fetch observer (MAIN world, document_start on chatgpt.com). It wraps the page's `fetch` in a
 * Proxy and follows the few same-origin responses that carry limit signals (docs/chatgpt-protocol.md §1):
 *
 * - `POST /backend-api/f/conversation` (also `…/resume`, legacy `/backend-api/conversation`, `/backend-anon/…`):
 *   a turn from the shared registry (turns.ts; a resume continues the interrupted turn, a stream that ends in
 *   `stream_handoff` continues on the socket), its events filtered by turn-filter.ts as the page reads them.
 * - `POST /backend-api/conversation/init`: `{"blocked_features":…,"limits_progress":…}` handed over; the isolated
 *   script makes an `image-gate` finding of a gate naming image_gen (once per page), else an allowance report.
 * - `GET /backend-api/conversation/{id}`: the image-tool messages among the last 8 of the current branch, handed
 *   over for the isolated script to keep the recent refusals; a body that never names the image tool is not parsed.
 * - any other `/backend-api/` or `/backend-anon/` response with status >= 400 (these three included):
 *   `http-error`, evidence the first 16 K characters of the body.
 *
 * Guarantees to the page: the native fetch is called first, with the page's receiver and arguments, and the
 * page gets the very promise it returned, so results, errors and timing are unchanged. Nothing here awaits
 * before that return, issues a request, reads a request, or calls `toString()` on the page's objects. A turn's
 * stream is followed through the page's own reads (body-tap.ts), so no copy of it is made; where the page reads
 * a body some way the tap cannot see, later turns on that page are read from a `clone()`, promptly and to the
 * end of the turn or cancelled (an unread tee branch buffers without limit). Error bodies are read from a copy up
 * to 64 KB, JSON bodies up to 4 MB (a longer one is skipped). Every hook body is wrapped: an observer failure
 * never reaches the page.
 *
 * Not covered here: XMLHttpRequest (ChatGPT sends these calls with fetch); the socket is socket-observer.ts.
 */
import { installBodyTap, type BodySink, type TapWindow } from './body-tap.ts';
import type { BridgeMessage, TurnContext } from './bridge.ts';
import { cap, ERROR_BODY_MAX, EVIDENCE_MAX } from './net-caps.ts';
import { createSseParser } from './sse.ts';
import { IMAGE_TOOL, isImageTool } from './turn-filter.ts';
import { tapFetch } from './fetch-tap.ts';
import { createTurnRegistry, type Turn, type TurnRegistry } from './turns.ts';
import type { J } from './page-value.ts';

/** The part of `window` the observer uses (a real window fits; tests pass a fake). */
export interface ObserverWindow extends TapWindow {
  fetch: typeof fetch;
  location: { href: string };
  TextDecoder?: typeof TextDecoder;
}

export interface ObserverOptions {
  now?: () => number;
  /** Largest JSON body read from init and conversation responses; a longer one is skipped (default 4 MB). */
  maxJsonBytes?: number;
  /** The turn registry shared with the socket observer (one turn whatever carries it). */
  registry?: TurnRegistry;
  /** Read turns from a `clone()` instead of the page's own reads (tests of the copy path). */
  copyBodies?: boolean;
}

const RESUME = /\/resume$/;

/** Which of the followed requests a call is. */
const enum Endpoint {
  /** Any other backend call: only its errors count. */
  Other,
  /** POST …/conversation (and resume): a turn. */
  Turn,
  /** POST …/conversation/init. */
  Init,
  /** GET …/conversation/{id}. */
  Conversation,
}

/** How reading a copy of a body ended. */
const enum ReadEnd {
  Done,
  /** The reader said it had seen enough. */
  Stopped,
  /** Cut at the byte cap. */
  Cut,
  /** The body failed (the page or the network aborted it). */
  Failed,
}
/** When to look whether the page has started reading a turn's body through a path the tap sees. */
const ATTACH_CHECKS_MS = [1_000, 5_000, 30_000];

/** `/backend-api/` + f/conversation, conversation, …/resume (1) | conversation/init (2) | conversation/{id} (3). */
const ENDPOINT =
  /^\/backend-(?:api|anon)\/(?:(?:f\/)?conversation(?:\/resume)?()$|conversation\/init()$|conversation\/([0-9a-f][0-9a-f-]{19,63})$)?/i;
const KEEP_HEADER = /^(?:retry-after(?:-ms)?|x-ratelimit-[\w-]+|cf-mitigated|cf-ray|content-type|date)$/;

const noop = (): void => {};

export function installNetworkObserver(
  win: ObserverWindow,
  emit: (msg: BridgeMessage) => void,
  opts: ObserverOptions = {},
): () => void {
  if (typeof win.fetch !== 'function') return noop;
  const now = opts.now ?? Date.now;
  const maxJson = opts.maxJsonBytes ?? 4 << 20;
  const Decoder = win.TextDecoder ?? TextDecoder;
  const origin = new URL(win.location.href).origin;
  const registry = opts.registry ?? createTurnRegistry({ emit: (m) => send(m), now });
  const tap = opts.copyBodies ? undefined : installBodyTap(win);
  /** Set once this page consumed a turn's body in a way the tap cannot see. */
  let copyBodies = !tap;
  let on = true;

  const send = (msg: BridgeMessage): void => {
    try {
      emit(msg);
    } catch {
      // The bridge's failure is not the page's.
    }
  };

  const untap = tapFetch(win, (call, p) => on && watch(call.url, call.method, p));

  function watch(raw: string, verb: string, p: J): void {
    const url = new URL(raw, win.location.href);
    const path = url.pathname;
    const m = url.origin === origin && ENDPOINT.exec(path);
    if (!m) return;
    // 1 turn, 2 init, 3 conversation read, 0 any other backend call (errors only).
    const kind: Endpoint =
      m[1] === '' && verb === 'POST'
        ? Endpoint.Turn
        : m[2] === ''
          ? Endpoint.Init
          : m[3] && verb === 'GET'
            ? Endpoint.Conversation
            : Endpoint.Other;
    const pageCid = /\/c\/([\w-]{8,64})/.exec(win.location.href)?.[1];
    const turn = kind === Endpoint.Turn ? registry.fetchTurn(path, pageCid, RESUME.test(path)) : undefined;
    const ctxOf = (res: Response | undefined): TurnContext => ({
      method: verb,
      status: res?.status ?? 0,
      headers: res ? headersOf(res) : {},
    });
    const turnEnd = (res: Response | undefined, aborted: boolean): void => turn?.end(ctxOf(res), aborted);
    if (typeof p?.then !== 'function') return turnEnd(undefined, true);

    p.then(
      (res: Response) => {
        let done: Promise<unknown> | undefined;
        try {
          if (res.status >= 400) {
            done = readText(res, ERROR_BODY_MAX).then(([text, cut]) => {
              send({
                type: 'finding',
                finding: {
                  kinds: ['http-error'],
                  endpoint: path,
                  method: verb,
                  status: res.status,
                  messageIds: [],
                  evidence: cap(text, EVIDENCE_MAX) || `HTTP ${res.status}`,
                  truncated: cut || text.length > EVIDENCE_MAX,
                  headers: headersOf(res),
                  seenAt: now(),
                  conversationId: m[3] ?? (kind !== Endpoint.Other ? pageCid : undefined),
                },
              });
              turnEnd(res, false);
            });
          } else if (turn) {
            readTurn(res, turn);
          } else if (kind === Endpoint.Init) {
            done = readText(res, maxJson).then(([text, cut]) => cut || onInit(res, JSON.parse(text)));
          } else if (kind === Endpoint.Conversation) {
            done = readText(res, maxJson).then(([text, cut]) => {
              // A conversation that never used the image tool is not parsed.
              if (!cut && IMAGE_TOOL.test(text)) onConversation(res, JSON.parse(text));
            });
          }
        } catch {
          done = Promise.reject();
        }
        done?.catch(() => turnEnd(res, true));
      },
      () => turnEnd(undefined, true),
    );

    /**
     * Follows the turn's stream through the page's own reads (body-tap.ts), or through a copy when this page was
     * seen reading a body in a way the tap does not observe.
     */
    function readTurn(res: Response, t: Turn): void {
      const decoder = new Decoder();
      const parser = createSseParser((ev) => t.feed(ev.data), { skipBareToken: () => t.filter.skipsBareTokens() });
      let over = false;
      const sink: BodySink = {
        chunk(c) {
          if (over) return true;
          if (typeof c === 'string') parser.push(c);
          else if (ArrayBuffer.isView(c)) parser.push(decoder.decode(c, { stream: true }));
          else if (c && typeof (c as { data?: unknown }).data === 'string') t.feed((c as { data: string }).data);
          return t.filter.isTurnOver();
        },
        end(aborted) {
          if (over) return;
          over = true;
          if (!aborted) {
            parser.push(decoder.decode());
            parser.end();
          }
          t.end(ctxOf(res), aborted);
        },
      };
      if (!copyBodies && tap?.watch(res, sink)) {
        checkAttached(res, sink, 0);
        return;
      }
      read(res, Infinity, (text) => sink.chunk(text) === true).then(
        (end) => sink.end(end === ReadEnd.Failed),
        () => sink.end(true),
      );
    }

    /**
     * A body the page consumed without our tap seeing it (pipeTo, blob(), …): this turn is given up (the DOM layer
     * takes over at its end) and later turns on this page are read from a copy.
     */
    function checkAttached(res: Response, sink: BodySink, step: number): void {
      setTimeout(() => {
        try {
          if (tap!.attached(res)) return;
          if (tap!.consumed(res)) {
            copyBodies = true;
            sink.end(false);
          } else if (step < ATTACH_CHECKS_MS.length - 1) checkAttached(res, sink, step + 1);
        } catch {
          // Never into the page.
        }
      }, ATTACH_CHECKS_MS[step]);
    }

    /** ChatGPT's word on the image allowance, handed over whole (the isolated script reads it: gate.ts). */
    function onInit(res: Response, body: J): void {
      const evidence = JSON.stringify({
        blocked_features: body?.blocked_features ?? null,
        limits_progress: body?.limits_progress ?? null,
      });
      if (evidence.length < 64e3) send({ type: 'gate', endpoint: path, context: ctxOf(res), evidence, at: now() });
    }

    /** The image-tool messages among the last 8 of the current branch: the isolated script decides which refused. */
    function onConversation(res: Response, body: J): void {
      const map = body?.mapping;
      if (!map || typeof map !== 'object') return;
      const messages: J[] = [];
      /** The nearest assistant message after the one visited (the walk goes from the newest upwards). */
      let below: string | undefined;
      const visit = (msg: J): void => {
        if (isImageTool(msg)) messages.push(below ? { ...msg, next_assistant_id: below } : msg);
        if (msg?.author?.role === 'assistant') below = msg.id;
      };
      let node: J = map[body.current_node];
      if (node) for (let i = 0; node && i < 8; i++, node = map[node.parent]) visit(node.message);
      else for (const n of Object.values(map) as J[]) visit(n?.message);
      if (!messages.length) return;
      const cid = body.conversation_id ?? (m as RegExpExecArray)[3];
      send({
        type: 'messages',
        endpoint: path,
        method: verb,
        status: res.status,
        conversationId: cid,
        messages: messages.slice(-8),
        recentOnly: true,
        at: now(),
      });
    }
  }

  /**
   * Reads a copy of the body, decoded, into `each` until it returns true or `max` bytes were read, then cancels
   * the copy, saying how it ended.
   */
  async function read(res: Response, max: number, each: (text: string) => unknown): Promise<ReadEnd> {
    const reader = res.clone().body?.getReader();
    if (!reader) return ReadEnd.Done;
    const decoder = new Decoder();
    let n = 0;
    let end = ReadEnd.Done;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          each(decoder.decode());
          return ReadEnd.Done;
        }
        n += value.byteLength;
        end = n > max ? ReadEnd.Cut : ReadEnd.Done;
        const text = decoder.decode(end ? value.subarray(0, max - n + value.byteLength) : value, { stream: true });
        if (each(text) && !end) end = ReadEnd.Stopped;
        if (end) break;
      }
    } catch {
      end = ReadEnd.Failed;
    }
    reader.cancel().catch(noop);
    return end;
  }

  /** Up to `max` bytes of a copy of the body as text; `cut` when the copy ended early. */
  async function readText(res: Response, max: number): Promise<[string, boolean]> {
    let text = '';
    const end = await read(res, max, (t) => {
      text += t;
    });
    return [text, end > 0];
  }

  return () => {
    on = false;
    tap?.uninstall();
    untap?.();
  };
}

/** The response headers that say something about limits, values capped (a `Headers` iterates names lower-cased). */
function headersOf(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    res.headers.forEach((v, k) => {
      if (KEEP_HEADER.test(k)) out[k] = v.slice(0, 256);
    });
  } catch {
    // Opaque or odd headers: none.
  }
  return out;
}
