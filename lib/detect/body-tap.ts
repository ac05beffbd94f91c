/**
 * Observe-mode reading of a streamed response (MAIN world): the chunks the page itself reads are handed to the
 * observer as well, so a turn's stream is not teed into a second copy that Chromium must fill, buffer and
 * deliver (`Response.clone()` made the page's own reads of a fast stream dearer; docs/benchmarks.md).
 *
 * How: the stream methods the page reads a body with are wrapped once, in Proxies that call the native method
 * with the page's receiver and arguments and return its result unchanged: `ReadableStream.prototype.getReader`,
 * `pipeThrough`, `values` / `[Symbol.asyncIterator]`, `cancel`, the default reader's `read` and `cancel`, the
 * async iterator's `next` and `return`. For a body being watched, the wrapper attaches its own reaction to the promise
 * the page receives (registered first, so it sees the chunk before the page's code runs; it never changes the
 * chunk, and a failure inside it is swallowed so the derived promise never rejects). `pipeThrough` carries the
 * watch to the stream it returns, so `body.pipeThrough(new TextDecoderStream())` and an SSE parser stream after
 * it are observed at the last stage (bytes, text, or `{data}` event objects are all accepted).
 *
 * A page that consumes the body some other way (`text()`, `pipeTo`, a new Response…) leaves the watch
 * unattached; {@link BodyTap.attached} lets the caller notice and fall back to a copy for later turns.
 * Every other stream on the page pays one WeakMap look-up per `getReader`/`read` call.
 */

import type { J } from './page-value.ts';

export interface BodySink {
  /** A chunk the page read: bytes, text, or an SSE event object (`{data}`); true when the observer has seen enough. */
  chunk(c: unknown): boolean | void;
  /** The page's reading ended: `aborted` when it failed or was cancelled before the end. */
  end(aborted: boolean): void;
}

export interface BodyTap {
  /** Watches `res`'s body through the page's own reads. False when it cannot (no body, already locked). */
  watch(res: Response, sink: BodySink): boolean;
  /** The page has started reading the watched body through a path we observe. */
  attached(res: Response): boolean;
  /** The body is locked or used (by the page, since we never read it). */
  consumed(res: Response): boolean;
  uninstall(): void;
}

export interface TapWindow {
  ReadableStream?: J;
  ReadableStreamDefaultReader?: J;
  Response?: J;
}

interface Watch {
  sink: BodySink;
  attached: boolean;
  done: boolean;
}

export function installBodyTap(win: TapWindow): BodyTap | undefined {
  const RS = win.ReadableStream;
  const Reader = win.ReadableStreamDefaultReader;
  const Res = win.Response;
  if (typeof RS !== 'function' || typeof Reader !== 'function' || typeof Res !== 'function') return undefined;
  const bodyGetter = Object.getOwnPropertyDescriptor(Res.prototype, 'body')?.get;
  if (!bodyGetter) return undefined;
  const bodyUsed = Object.getOwnPropertyDescriptor(Res.prototype, 'bodyUsed')?.get;
  /** Watched streams, readers and iterators → their watch. */
  const watched = new WeakMap<object, Watch>();
  const byResponse = new WeakMap<object, Watch>();
  const restore: (() => void)[] = [];

  function finish(w: Watch, aborted: boolean): void {
    if (w.done) return;
    w.done = true;
    try {
      w.sink.end(aborted);
    } catch {
      // The observer's failure is not the page's.
    }
  }

  function deliver(w: Watch, value: unknown): void {
    if (w.done) return;
    try {
      if (w.sink.chunk(value) === true) finish(w, false);
    } catch {
      finish(w, true);
    }
  }

  /** Observes the result promise of a read (`{value, done}`) without touching what the page receives. */
  function observeRead(w: Watch, p: unknown): void {
    if (!p || typeof (p as Promise<unknown>).then !== 'function') return;
    (p as Promise<J>).then(
      (r) => {
        if (w.done) return;
        if (r && r.done === true) finish(w, false);
        else if (r) deliver(w, r.value);
      },
      () => finish(w, true),
    );
  }

  function wrap(proto: J, name: PropertyKey, after: (self: J, result: J, args: J[]) => void): void {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    const native = desc?.value;
    if (typeof native !== 'function' || !desc?.writable) return;
    const proxy = new Proxy(native, {
      apply(target, self, args) {
        const result = Reflect.apply(target, self, args);
        try {
          if (watched.has(self)) after(self, result, args);
        } catch {
          // Never into the page.
        }
        return result;
      },
    });
    proto[name] = proxy;
    restore.push(() => {
      if (proto[name] === proxy) proto[name] = native;
    });
  }

  wrap(RS.prototype, 'getReader', (self, reader, args) => {
    const w = watched.get(self)!;
    // A BYOB reader fills the page's own buffers: not observed.
    if (args[0] && typeof args[0] === 'object' && args[0].mode === 'byob') return;
    w.attached = true;
    watched.set(reader, w);
  });
  wrap(Reader.prototype, 'read', (self, p) => observeRead(watched.get(self)!, p));
  // The page giving up on the body ends what we were following (a read pending at that moment settles as done).
  const cancelled = (self: J) => finish(watched.get(self)!, true);
  wrap(Reader.prototype, 'cancel', cancelled);
  wrap(RS.prototype, 'cancel', cancelled);
  wrap(RS.prototype, 'pipeThrough', (self, out) => {
    if (out && typeof out === 'object') watched.set(out, watched.get(self)!);
  });
  const iterate = (self: J, it: J) => {
    const w = watched.get(self)!;
    w.attached = true;
    if (it && typeof it === 'object') watched.set(it, w);
  };
  wrap(RS.prototype, 'values', iterate);
  wrap(RS.prototype, Symbol.asyncIterator, iterate);
  try {
    const iterProto = Object.getPrototypeOf(new RS().values());
    wrap(iterProto, 'next', (self, p) => observeRead(watched.get(self)!, p));
    wrap(iterProto, 'return', cancelled);
  } catch {
    // No async iteration of streams in this browser.
  }
  return {
    watch(res, sink) {
      const body = bodyGetter.call(res);
      if (!body || body.locked) return false;
      const w: Watch = { sink, attached: false, done: false };
      watched.set(body, w);
      watched.set(res, w);
      byResponse.set(res, w);
      return true;
    },
    attached: (res) => byResponse.get(res)?.attached === true,
    consumed(res) {
      try {
        const body = bodyGetter.call(res);
        return !!body?.locked || bodyUsed?.call(res) === true;
      } catch {
        return false;
      }
    },
    uninstall() {
      for (const r of restore.splice(0)) r();
    },
  };
}
