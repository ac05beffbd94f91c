/**
 * The read-only observer for provider pages the user turned on (MAIN world, document_start, registered at
 * runtime). It sees the page's own `fetch` and `XMLHttpRequest` traffic to any host and reports:
 *
 * - every response with status >= 400, with up to 64 KB of its body (`http-error`);
 * - a successful JSON response of at most 64 KB whose body is an error object, and the `error` events of a
 *   successful event stream read up to 1 MB (`error-body`).
 *
 * Guarantees to the page, as for the ChatGPT observer: the native function runs with the page's receiver and
 * arguments and its result is returned unchanged; nothing awaits before that return; no request is issued, read or
 * altered (so request bodies such as prompts are never seen); the page's objects are never `toString()`-ed; a
 * response is read from a `clone()` that is always read promptly to its end or cancelled; every hook body is
 * wrapped, so an observer failure never reaches the page. URLs are reported without their query (API keys travel
 * there). Bodies of other successful responses are never read.
 */
import { keepLimitHeaders } from '../providers/header-names.ts';
import { looksLikeLimit } from '../providers/page-patterns.ts';
import { cap, ERROR_BODY_MAX, EVIDENCE_MAX, LINE_MAX } from './net-caps.ts';
import type { ProviderBridgeMessage, ProviderFinding, ProviderFindingKind } from './provider-bridge.ts';
import { tapFetch, type FetchCall } from './fetch-tap.ts';
import type { J } from './page-value.ts';

/** The part of `window` the observer uses (a real window fits; tests pass a fake). */
export interface ProviderObserverWindow {
  fetch?: typeof fetch;
  XMLHttpRequest?: typeof XMLHttpRequest;
  location: { href: string };
  TextDecoder?: typeof TextDecoder;
}

export interface ProviderObserverOptions {
  now?: () => number;
  /** Largest successful JSON body inspected for an error object (default 64 KB). */
  maxOkJsonBytes?: number;
  /** How much of a successful event stream is scanned for error events (default 1 MB). */
  maxStreamBytes?: number;
}

const JSON_TYPE = /\bjson\b|\+json\b/i;
const STREAM_TYPE = /text\/event-stream/i;
const noop = (): void => {};

export function installProviderObserver(
  win: ProviderObserverWindow,
  emit: (msg: ProviderBridgeMessage) => void,
  opts: ProviderObserverOptions = {},
): () => void {
  const now = opts.now ?? Date.now;
  const maxOkJson = opts.maxOkJsonBytes ?? 64 * 1024;
  const maxStream = opts.maxStreamBytes ?? 1 << 20;
  const Decoder = win.TextDecoder ?? TextDecoder;
  let on = true;
  const undo: (() => void)[] = [];

  const send = (finding: ProviderFinding): void => {
    try {
      emit({ type: 'finding', finding });
    } catch {
      // The bridge's failure is not the page's.
    }
  };

  /** `origin + path` of an absolute http(s) URL, else undefined. */
  function endpointOf(raw: unknown): string | undefined {
    if (typeof raw !== 'string') return undefined;
    const url = new URL(raw, win.location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return (url.origin + url.pathname).slice(0, 2048);
  }

  function finding(
    kinds: ProviderFindingKind[],
    base: {
      endpoint: string;
      method: string;
      status: number;
      transport: 'fetch' | 'xhr';
      headers: Record<string, string>;
    },
    text: string,
    cut: boolean,
  ): void {
    const evidence = cap(text, EVIDENCE_MAX) || `HTTP ${base.status}`;
    send({ kinds, ...base, evidence, truncated: cut || text.length > EVIDENCE_MAX, seenAt: now() });
  }

  // ─── fetch ──────────────────────────────────────────────────────────────────────────────────────────────────
  const untap = tapFetch(win, (call, p) => on && watchFetch(call, p));
  if (untap) undo.push(untap);

  function watchFetch(call: FetchCall, p: J): void {
    const endpoint = endpointOf(call.url);
    if (!endpoint || typeof p?.then !== 'function') return;
    const method = call.method.slice(0, 16);
    p.then((res: Response) => {
      try {
        inspectFetch(res, endpoint, method)?.catch(noop);
      } catch {
        // Odd response objects: nothing to report.
      }
    }, noop);
  }

  async function inspectFetch(res: Response, endpoint: string, method: string): Promise<void> {
    if (!res || res.type === 'opaque' || res.status === 0) return;
    const headers = headersOfFetch(res);
    const base = { endpoint, method, status: res.status, transport: 'fetch' as const, headers };
    const type = res.headers.get('content-type') ?? '';
    if (res.status >= 400) {
      const [text, cut] = await readText(res, ERROR_BODY_MAX);
      finding(['http-error'], base, text, cut);
    } else if (JSON_TYPE.test(type)) {
      const length = Number(res.headers.get('content-length'));
      if (length > maxOkJson) return;
      const [text, cut] = await readText(res, maxOkJson);
      if (!cut && isErrorBody(text)) finding(['error-body'], base, text, false);
    } else if (STREAM_TYPE.test(type)) {
      const lines = await errorEvents(res);
      if (lines.length) finding(['error-body'], base, lines.join('\n'), false);
    }
  }

  /**
   * Reads a copy of the body, decoded, into `each` until it returns true or `max` bytes were read, then cancels
   * the copy. Resolves to true when the copy ended early.
   */
  async function read(res: Response, max: number, each: (text: string) => unknown): Promise<boolean> {
    const reader = res.clone().body?.getReader();
    if (!reader) return false;
    const decoder = new Decoder();
    let n = 0;
    let early = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          each(decoder.decode());
          return false;
        }
        n += value.byteLength;
        const over = n > max;
        if (
          each(decoder.decode(over ? value.subarray(0, max - n + value.byteLength) : value, { stream: true })) ||
          over
        ) {
          early = true;
          break;
        }
      }
    } catch {
      early = true;
    }
    reader.cancel().catch(noop);
    return early;
  }

  async function readText(res: Response, max: number): Promise<[string, boolean]> {
    let text = '';
    const cut = await read(res, max, (t) => {
      text += t;
    });
    return [text, cut];
  }

  /** `data:` lines of an event stream that are errors (an `error` event, `"type":"error"`, a non-null error). */
  async function errorEvents(res: Response): Promise<string[]> {
    const kept: string[] = [];
    let partial = '';
    let event = '';
    let size = 0;
    const take = (line: string): void => {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) {
        const data = line.slice(5).trim();
        if (event === 'error' || isErrorBody(data)) {
          const capped = cap(data, LINE_MAX);
          size += capped.length;
          if (size <= EVIDENCE_MAX) kept.push(`data: ${capped}`);
        }
      } else if (line === '') event = '';
    };
    await read(res, maxStream, (text) => {
      partial += text;
      const lines = partial.split(/\r\n|\r|\n/);
      partial = lines.pop() ?? '';
      // A line longer than the cap is a base64 image chunk, never an error event: drop it unread.
      if (partial.length > LINE_MAX * 4) partial = '';
      for (const line of lines) take(line);
      return size > EVIDENCE_MAX;
    });
    if (partial) take(partial);
    return kept;
  }

  // ─── XMLHttpRequest ─────────────────────────────────────────────────────────────────────────────────────────
  // Taken now, at document_start: a page library that later patches addEventListener (zone.js) never sees ours.
  const addListener = EventTarget.prototype.addEventListener;
  const removeListener = EventTarget.prototype.removeEventListener;
  const XHR = win.XMLHttpRequest;
  const proto = XHR?.prototype as (XMLHttpRequest & Record<string, unknown>) | undefined;
  if (proto && typeof proto.open === 'function' && typeof proto.send === 'function') {
    const opened = new WeakMap<object, { method: string; url: unknown }>();
    const nativeOpen = proto.open;
    const nativeSend = proto.send;
    const openProxy = new Proxy(nativeOpen, {
      apply(target, self, args) {
        const result = Reflect.apply(target, self, args);
        try {
          if (on) {
            const method = typeof args[0] === 'string' ? args[0].toUpperCase().slice(0, 16) : 'GET';
            const url = typeof args[1] === 'string' ? args[1] : args[1] instanceof URL ? args[1].href : undefined;
            opened.set(self as object, { method, url });
          }
        } catch {
          // Never into the page.
        }
        return result;
      },
    });
    const sendProxy = new Proxy(nativeSend, {
      apply(target, self, args) {
        try {
          // Before the native send: a synchronous request has finished by the time it returns.
          const info = on ? opened.get(self as object) : undefined;
          if (info) watchXhr(self as XMLHttpRequest, info.method, info.url);
        } catch {
          // Never into the page.
        }
        return Reflect.apply(target, self, args);
      },
    });
    proto.open = openProxy;
    proto.send = sendProxy;
    undo.push(() => {
      if (proto.open === openProxy) proto.open = nativeOpen;
      if (proto.send === sendProxy) proto.send = nativeSend;
    });
  }

  function watchXhr(xhr: XMLHttpRequest, method: string, url: unknown): void {
    const onEnd = (): void => {
      try {
        removeListener.call(xhr, 'loadend', onEnd);
        if (on) inspectXhr(xhr, method, url);
      } catch {
        // Never into the page.
      }
    };
    addListener.call(xhr, 'loadend', onEnd);
  }

  function inspectXhr(xhr: XMLHttpRequest, method: string, url: unknown): void {
    const status = xhr.status;
    if (!status) return;
    const endpoint = endpointOf(xhr.responseURL || url);
    if (!endpoint) return;
    const headers = headersOfXhr(xhr);
    const base = { endpoint, method, status, transport: 'xhr' as const, headers };
    const kind = xhr.responseType;
    let text = '';
    if (kind === '' || kind === 'text') {
      const body = xhr.responseText;
      if (status < 400 && body.length > maxOkJson) return;
      text = body.slice(0, ERROR_BODY_MAX);
    } else if (kind === 'json') {
      const body: J = xhr.response;
      // A successful JSON object is only serialised when it is an error (bounded by the error's size).
      if (status < 400 && !(body && typeof body === 'object' && isErrorObject(body))) return;
      text = body == null ? '' : JSON.stringify(body).slice(0, ERROR_BODY_MAX);
    } else if (status < 400) {
      return;
    }
    if (status >= 400) finding(['http-error'], base, text, text.length >= ERROR_BODY_MAX);
    else if (JSON_TYPE.test(headers['content-type'] ?? '') || kind === 'json') {
      if (kind === 'json' || isErrorBody(text)) finding(['error-body'], base, text, false);
    }
  }

  return () => {
    on = false;
    for (const u of undo) u();
  };
}

/** A JSON body that is an error object: `{"error":…}`, or a limit `detail` (fal, Replicate). */
export function isErrorBody(text: string): boolean {
  const t = text.trim();
  // Cheap test first: most successful bodies never name an error, and are never parsed.
  if (!t.startsWith('{') || !/"(?:error|detail|type)"\s*:/.test(t)) return false;
  try {
    return isErrorObject(JSON.parse(t));
  } catch {
    return false;
  }
}

function isErrorObject(j: J): boolean {
  if (!j || typeof j !== 'object' || Array.isArray(j)) return false;
  if (j.type === 'error') return true;
  if (j.error !== undefined && j.error !== null && j.error !== false && j.error !== '') return true;
  return typeof j.detail === 'string' && looksLikeLimit(j.detail);
}

function headersOfFetch(res: Response): Record<string, string> {
  try {
    const pairs: [string, string][] = [];
    res.headers.forEach((v, k) => pairs.push([k, v]));
    return keepLimitHeaders(pairs);
  } catch {
    return {};
  }
}

function headersOfXhr(xhr: XMLHttpRequest): Record<string, string> {
  try {
    const pairs: [string, string][] = [];
    for (const line of xhr.getAllResponseHeaders().split(/\r?\n/)) {
      const i = line.indexOf(':');
      if (i > 0) pairs.push([line.slice(0, i), line.slice(i + 1).trim()]);
    }
    return keepLimitHeaders(pairs);
  } catch {
    return {};
  }
}
