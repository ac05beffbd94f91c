/**
 * Where the background listens for response headers (webRequest.onHeadersReceived): only on provider hosts, never
 * on ChatGPT, so ChatGPT's own traffic does not wake the service worker.
 *
 * - The presets' hosts are a fixed list, registered synchronously when the service worker starts: an event on those
 *   hosts wakes it and is delivered.
 * - Custom sites' hosts are only known once the settings are read (asynchronously), so their listener follows the
 *   settings. Limitation: the very event that wakes a stopped service worker for a custom host arrives before that
 *   listener is back, so such a stop keeps only the headers the page could read; later ones get all of them.
 *
 * Either way webRequest only fires for hosts the user granted. The browser API is passed in (tests use a fake).
 */
import type { HeaderLog, HeadersReceivedDetails } from './header-log.ts';

type Listener = (details: HeadersReceivedDetails) => void;

export interface WebRequestPort {
  onHeadersReceived: {
    addListener(callback: Listener, filter: { urls: string[]; types?: string[] }, extraInfoSpec?: string[]): void;
    removeListener(callback: Listener): void;
  };
}

/** fetch() and XMLHttpRequest from a page are both `xmlhttprequest` in webRequest. */
const TYPES = ['xmlhttprequest'];
const EXTRA = ['responseHeaders'];

export function listenForHeaders(
  webRequest: WebRequestPort,
  log: Pick<HeaderLog, 'record'>,
  presetPatterns: readonly string[],
) {
  const onPresetHosts: Listener = (details) => log.record(details);
  if (presetPatterns.length)
    webRequest.onHeadersReceived.addListener(onPresetHosts, { urls: [...presetPatterns], types: TYPES }, EXTRA);
  let onCustomHosts: Listener | undefined;
  let current = '';

  return {
    /** Listens on exactly these custom hosts (the turned-on custom sites' origins), replacing the previous set. */
    setCustomPatterns(patterns: readonly string[]): void {
      const wanted = [...new Set(patterns)].filter((p) => !presetPatterns.includes(p)).sort();
      const key = wanted.join(' ');
      if (key === current) return;
      current = key;
      if (onCustomHosts) webRequest.onHeadersReceived.removeListener(onCustomHosts);
      onCustomHosts = undefined;
      if (wanted.length === 0) return;
      onCustomHosts = (details) => log.record(details);
      webRequest.onHeadersReceived.addListener(onCustomHosts, { urls: wanted, types: TYPES }, EXTRA);
    },
  };
}
