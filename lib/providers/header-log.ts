/**
 * Response headers the background saw through webRequest (which sees every header, including those CORS hides
 * from the page, but never a body), kept briefly so a capture from a provider page can be completed with them.
 * They are correlated by URL (origin and path) and time. In memory only, bounded in count and age.
 *
 * Only hosts the user granted produce webRequest events at all; ChatGPT's own traffic is left out here so the
 * ChatGPT path stays exactly as it is.
 */
import { keepLimitHeaders } from './header-names.ts';

export interface HeaderSighting {
  /** Origin and path, no query. */
  url: string;
  status: number;
  /** Epoch milliseconds. */
  at: number;
  headers: Record<string, string>;
  /** Origin of the page that made the request (Chrome's `initiator`, Firefox's `originUrl`), when known. */
  initiator?: string;
  /** The tab that made it (-1: none). */
  tabId?: number;
}

/** Whose request a capture may take headers from: its own page's (origin, and tab when known). */
export interface RequestOwner {
  origin: string;
  tabId?: number;
}

/** The fields of webRequest.onHeadersReceived details used here. */
export interface HeadersReceivedDetails {
  url: string;
  statusCode: number;
  timeStamp?: number;
  responseHeaders?: { name: string; value?: string }[];
  /** Chrome: origin of the document that made the request. */
  initiator?: string;
  /** Firefox: URL of the document that made the request. */
  originUrl?: string;
  tabId?: number;
}

function initiatorOf(details: HeadersReceivedDetails): string | undefined {
  if (details.initiator && details.initiator !== 'null') return details.initiator;
  try {
    return details.originUrl ? new URL(details.originUrl).origin : undefined;
  } catch {
    return undefined;
  }
}

export interface HeaderLogOptions {
  maxEntries?: number;
  maxAgeMs?: number;
  /** How far apart the header sighting and the page's capture may be. */
  matchWindowMs?: number;
  now?: () => number;
}

const CHATGPT_HOST = /(?:^|\.)(?:chatgpt\.com|chat\.openai\.com)$/i;
const RATE_HEADER = /^(?:retry-after|x-ratelimit-|ratelimit|x-ms-ratelimit-)/;

export type HeaderLog = ReturnType<typeof createHeaderLog>;

export function createHeaderLog(opts: HeaderLogOptions = {}) {
  const maxEntries = opts.maxEntries ?? 64;
  const maxAgeMs = opts.maxAgeMs ?? 120_000;
  const windowMs = opts.matchWindowMs ?? 30_000;
  const now = opts.now ?? Date.now;
  let log: HeaderSighting[] = [];

  function prune(): void {
    const oldest = now() - maxAgeMs;
    log = log.filter((s) => s.at >= oldest).slice(-maxEntries);
  }

  return {
    /** Keeps an error response's limit headers, or a success's rate-limit headers. Never throws. */
    record(details: HeadersReceivedDetails): void {
      try {
        const u = new URL(details.url);
        if (u.protocol !== 'https:' || CHATGPT_HOST.test(u.hostname)) return;
        const headers = keepLimitHeaders((details.responseHeaders ?? []).map((h) => [h.name, h.value ?? ''] as const));
        const hasRate = Object.keys(headers).some((k) => RATE_HEADER.test(k));
        if (details.statusCode < 400 && !hasRate) return;
        const initiator = initiatorOf(details);
        const sighting: HeaderSighting = {
          url: u.origin + u.pathname,
          status: details.statusCode,
          at: details.timeStamp ?? now(),
          headers,
          ...(initiator ? { initiator } : {}),
          ...(details.tabId !== undefined ? { tabId: details.tabId } : {}),
        };
        // Two listeners whose hosts overlap report the same response twice: keep it once.
        if (log.some((s) => s.url === sighting.url && s.status === sighting.status && s.at === sighting.at)) return;
        log.push(sighting);
        prune();
      } catch {
        // A URL the browser reported that does not parse: nothing to keep.
      }
    },

    /**
     * The sighting for a capture of `url` seen at `seenAt`: same URL, within the window, the same status when one is
     * known, the nearest in time. It is removed, so two captures never share one response's headers.
     * With `owner`, only a request made by that page (same initiator origin, and the same tab when both are known):
     * a page cannot borrow the headers of another site's requests by naming their URL.
     */
    take(url: string, seenAt: number, status?: number, owner?: RequestOwner): HeaderSighting | undefined {
      prune();
      let best: HeaderSighting | undefined;
      for (const s of log) {
        if (s.url !== url || Math.abs(s.at - seenAt) > windowMs) continue;
        if (
          owner &&
          (s.initiator !== owner.origin ||
            (owner.tabId !== undefined && s.tabId !== undefined && s.tabId !== owner.tabId))
        )
          continue;
        if (status !== undefined && s.status !== status) continue;
        if (!best || Math.abs(s.at - seenAt) < Math.abs(best.at - seenAt)) best = s;
      }
      if (best) log = log.filter((s) => s !== best);
      return best;
    },

    size(): number {
      return log.length;
    },
  };
}
