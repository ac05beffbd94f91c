/**
 * The one fetch wrapper of the page world, shared by the ChatGPT and the provider observers. What the page gets is
 * what it would get without us: the native fetch is called first, with the page's receiver and arguments, and its
 * own promise is returned; a Proxy keeps `fetch.name`, `length` and `toString()` native. `watch` sees the call only
 * afterwards, and nothing it throws reaches the page.
 */

import type { J } from './page-value.ts';

/** A fetch call as the observers need it: the URL as a string (never by calling page code) and the method. */
export interface FetchCall {
  url: string;
  /** Upper-cased; 'GET' when the page named none. */
  method: string;
}

/**
 * Wraps `win.fetch`; `watch` gets each call with a URL it could read, and the page's promise. Returns the undo,
 * which restores the native fetch unless the page replaced ours since. Nothing to wrap: undefined.
 */
export function tapFetch(
  win: { fetch?: typeof fetch },
  watch: (call: FetchCall, response: Promise<Response>) => void,
): (() => void) | undefined {
  const native = win.fetch;
  if (typeof native !== 'function') return undefined;
  const proxy = new Proxy(native, {
    apply(target, self, args) {
      const p = Reflect.apply(target, self, args);
      try {
        const call = fetchCallOf(args[0], args[1]);
        if (call) watch(call, p);
      } catch {
        // Never into the page.
      }
      return p;
    },
  });
  win.fetch = proxy;
  return () => {
    if (win.fetch === proxy) win.fetch = native;
  };
}

/** Only strings, URLs and Requests: never toString() a page object (the page would see a second call). */
function fetchCallOf(input: J, init: J): FetchCall | undefined {
  const url = typeof input === 'object' && input ? (typeof input.url === 'string' ? input.url : input.href) : input;
  if (typeof url !== 'string') return undefined;
  const method = typeof init?.method === 'string' ? init.method : input?.method;
  return { url, method: typeof method === 'string' ? method.toUpperCase() : 'GET' };
}
