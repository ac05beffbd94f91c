/**
 * The read-only network observer (MAIN world, document_start on chatgpt.com). It wraps the page's `fetch` in a
 * Proxy and reads a copy of the few same-origin responses that carry limit signals:
 *
 * - `POST /backend-api/f/conversation` (also `…/resume`, legacy `/backend-api/conversation`, `/backend-anon/…`):
 *   turn-start, the SSE stream through {@link createTurnTracker}, a finding when the turn carried a signal,
 *   turn-end (`aborted` when the page or the network cut the stream first).
 * - `POST /backend-api/conversation/init`: `blocked_features` naming image_gen → an `image-gate` finding whose
 *   evidence is `{"blocked_features":…,"limits_progress":…}` (the same gate is reported once per page).
 * - `GET /backend-api/conversation/{id}`: an image-tool refusal or failure among the last 8 messages of the
 *   current branch, created in the last 15 minutes (an async failure seen after the fact). Older history never
 *   makes a finding; a message already reported by this page is not reported again; a body that never names
 *   the image tool is not parsed.
 * - any other `/backend-api/` or `/backend-anon/` response with status >= 400 (these three included):
 *   `http-error`, evidence the first 16 K characters of the body.
 *
 * Guarantees to the page: the native fetch is called first, with the page's receiver and arguments, and the
 * page gets the very promise it returned, so results, errors and timing are unchanged. Nothing here awaits
 * before that return, issues a request, reads a request, or calls `toString()` on the page's objects. The
 * observer reads a `clone()` of the response and always reads it promptly to the end of the turn or cancels
 * it (an unread tee branch buffers without limit). Error bodies are read up to 64 KB, JSON bodies up to 4 MB
 * (a longer one is skipped). Every hook body is wrapped: an observer failure never reaches the page.
 *
 * Not covered here: XMLHttpRequest (ChatGPT sends these calls with fetch) and the WebSocket that delivers
 * async image results (the GET path above catches those failures when the page reloads the conversation).
 */
import type { BridgeMessage, FindingKind, NetworkFinding } from './bridge.ts';
import { blocksImages, createTurnTracker, IMAGE_TOOL, imageLimits, imageToolSignal, messageLine } from './chatgpt-stream.ts';
import { cap, ERROR_BODY_MAX, EVIDENCE_MAX, sseEvidence } from './net-caps.ts';
import { createSseParser } from './sse.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type J = any;

/** The part of `window` the observer uses (a real window fits; tests pass a fake). */
export interface ObserverWindow {
  fetch: typeof fetch;
  location: { href: string };
  TextDecoder?: typeof TextDecoder;
}

export interface ObserverOptions {
  now?: () => number;
  /** How recent an image-tool message in `GET /conversation/{id}` must be to count (default 15 minutes). */
  recentMs?: number;
  /** Largest JSON body read from init and conversation responses; a longer one is skipped (default 4 MB). */
  maxJsonBytes?: number;
}

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
  const native = win.fetch;
  if (typeof native !== 'function') return noop;
  const now = opts.now ?? Date.now;
  const recentMs = opts.recentMs ?? 15 * 60_000;
  const maxJson = opts.maxJsonBytes ?? 4 << 20;
  const Decoder = win.TextDecoder ?? TextDecoder;
  const origin = new URL(win.location.href).origin;
  /** Image-tool message ids already reported, so re-reads of a conversation do not repeat them. */
  const reported = new Set<string>();
  let lastGate = '';
  let on = true;

  const send = (msg: BridgeMessage): void => {
    try {
      emit(msg);
    } catch {
      // The bridge's failure is not the page's.
    }
  };

  const proxy = new Proxy(native, {
    apply(target, self, args) {
      const p = Reflect.apply(target, self, args);
      try {
        if (on) watch(args[0], args[1], p);
      } catch {
        // Never into the page.
      }
      return p;
    },
  });
  win.fetch = proxy;

  function watch(input: J, init: J, p: J): void {
    // Only strings, URLs and Requests: never toString() a page object (the page would see a second call).
    const raw = typeof input === 'object' && input ? (typeof input.url === 'string' ? input.url : input.href) : input;
    if (typeof raw !== 'string') return;
    const method = typeof init?.method === 'string' ? init.method : input?.method;
    const verb = typeof method === 'string' ? method.toUpperCase() : 'GET';
    const url = new URL(raw, win.location.href);
    const path = url.pathname;
    const m = url.origin === origin && ENDPOINT.exec(path);
    if (!m) return;
    // 1 turn, 2 init, 3 conversation read, 0 any other backend call (errors only).
    const kind = m[1] === '' && verb === 'POST' ? 1 : m[2] === '' ? 2 : m[3] && verb === 'GET' ? 3 : 0;
    const pageCid = /\/c\/([\w-]{8,64})/.exec(win.location.href)?.[1];
    const withCid = (id?: string) => (id ? { conversationId: id } : {});
    const turnEnd = (aborted: boolean, id = pageCid): void => {
      if (kind === 1) send({ type: 'turn-end', endpoint: path, ...withCid(id), at: now(), aborted });
    };
    if (kind === 1) send({ type: 'turn-start', endpoint: path, ...withCid(pageCid), at: now() });
    if (typeof p?.then !== 'function') return turnEnd(true);

    p.then(
      (res: Response) => {
        let done: Promise<unknown> | undefined;
        try {
          if (res.status >= 400) {
            done = readText(res, ERROR_BODY_MAX).then(([text, cut]) => {
              const evidence = cap(text, EVIDENCE_MAX) || `HTTP ${res.status}`;
              const cid = m[3] ?? (kind ? pageCid : undefined);
              finding(res, ['http-error'], evidence, cut || text.length > EVIDENCE_MAX, withCid(cid));
              turnEnd(false);
            });
          } else if (kind === 1) {
            done = readTurn(res);
          } else if (kind === 2) {
            done = readText(res, maxJson).then(([text, cut]) => cut || onInit(res, JSON.parse(text)));
          } else if (kind === 3) {
            done = readText(res, maxJson).then(([text, cut]) => {
              // A conversation that never used the image tool is not parsed.
              if (!cut && IMAGE_TOOL.test(text)) onConversation(res, JSON.parse(text));
            });
          }
        } catch {
          done = Promise.reject();
        }
        done?.catch(() => turnEnd(true));
      },
      () => turnEnd(true),
    );

    function finding(
      res: Response,
      kinds: FindingKind[],
      evidence: string,
      truncated: boolean,
      extra: Partial<NetworkFinding>,
    ): void {
      send({
        type: 'finding',
        finding: {
          kinds,
          endpoint: path,
          method: verb,
          status: res.status,
          messageIds: [],
          evidence,
          truncated,
          headers: headersOf(res),
          seenAt: now(),
          ...extra,
        },
      });
    }

    async function readTurn(res: Response): Promise<void> {
      const tracker = createTurnTracker();
      const parser = createSseParser(tracker.push);
      const end = await read(res, Infinity, (text) => {
        parser.push(text);
        return tracker.isTurnOver();
      });
      if (!end) parser.end();
      const ctx = { endpoint: path, method: verb, status: res.status, headers: headersOf(res), seenAt: now() };
      const f = tracker.result(ctx);
      if (f) {
        for (const id of f.messageIds) reported.add(id);
        send({ type: 'finding', finding: f });
      } else if (tracker.limitsProgress().length) {
        send({ type: 'progress', endpoint: path, progress: tracker.limitsProgress(), at: now() });
      }
      turnEnd(end > 2, tracker.conversationId());
    }

    function onInit(res: Response, body: J): void {
      if (!blocksImages(body?.blocked_features)) {
        const progress = imageLimits(body?.limits_progress);
        if (progress.length) send({ type: 'progress', endpoint: path, progress, at: now() });
        return;
      }
      const evidence = JSON.stringify({
        blocked_features: body.blocked_features,
        limits_progress: body.limits_progress ?? null,
      });
      if (evidence === lastGate) return;
      lastGate = evidence;
      const limits = imageLimits(body.limits_progress);
      const extra = limits.length ? { limitsProgress: limits } : {};
      finding(res, ['image-gate'], cap(evidence, EVIDENCE_MAX), evidence.length > EVIDENCE_MAX, extra);
    }

    function onConversation(res: Response, body: J): void {
      const map = body?.mapping;
      if (!map || typeof map !== 'object') return;
      const cutoff = now() - recentMs;
      const kinds = new Set<FindingKind>();
      const ids: string[] = [];
      const lines: string[] = [];
      let fresh = false;
      /** The nearest assistant message after the one visited (the walk goes from the newest upwards). */
      let below: string | undefined;
      const visit = (msg: J): void => {
        const k = imageToolSignal(msg);
        if (k && msg.create_time * 1000 >= cutoff) {
          kinds.add(k);
          const id = String(msg.id);
          fresh ||= !reported.has(id);
          reported.add(id);
          ids.push(id);
          if (below) ids.push(below);
          lines.push(messageLine(msg));
        }
        if (msg?.author?.role === 'assistant') below = msg.id;
      };
      let node: J = map[body.current_node];
      if (node) for (let i = 0; node && i < 8; i++, node = map[node.parent]) visit(node.message);
      else for (const n of Object.values(map) as J[]) visit(n?.message);
      if (!fresh) return;
      const { evidence, truncated } = sseEvidence(lines);
      const cid = body.conversation_id ?? (m as RegExpExecArray)[3];
      finding(res, [...kinds], evidence, truncated, { messageIds: ids, ...withCid(cid) });
    }
  }

  /**
   * Reads a copy of the body, decoded, into `each` until it returns true or `max` bytes were read, then cancels
   * the copy. 0: read to the end; 1: `each` stopped it; 2: cut at `max`; 3: failed (aborted by the page).
   */
  async function read(res: Response, max: number, each: (text: string) => unknown): Promise<number> {
    const reader = res.clone().body?.getReader();
    if (!reader) return 0;
    const decoder = new Decoder();
    let n = 0;
    let end = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          each(decoder.decode());
          return 0;
        }
        n += value.byteLength;
        end = n > max ? 2 : 0;
        const text = decoder.decode(end ? value.subarray(0, max - n + value.byteLength) : value, { stream: true });
        if (each(text) && !end) end = 1;
        if (end) break;
      }
    } catch {
      end = 3;
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
    if (win.fetch === proxy) win.fetch = native;
  };
}

/** The response headers that say something about limits, names lower-cased, values capped. */
function headersOf(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    res.headers.forEach((v, k) => {
      k = k.toLowerCase();
      if (KEEP_HEADER.test(k)) out[k] = v.slice(0, 256);
    });
  } catch {
    // Opaque or odd headers: none.
  }
  return out;
}
