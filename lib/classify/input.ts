/**
 * The classifier's input as it reads it: text capped at MAX_TEXT_CHARS, a valid status, a URL, a route and headers,
 * each bounded, whatever shape the caller passed.
 */
import type { ClassifyRoute } from '../domain/labels.ts';

/** At most this much text is scanned; the rest of a huge input is ignored. */
export const MAX_TEXT_CHARS = 64 * 1024;
const MAX_HEADERS = 64;

export interface NormalInput {
  text: string;
  truncated: boolean;
  status?: number;
  headers?: Record<string, string>;
  url?: string;
  route?: ClassifyRoute;
}

const ROUTE_FAMILIES: ReadonlySet<string> = new Set(['chatgpt', 'openai', 'azure', 'provider']);

export function normalizeInput(raw: unknown): NormalInput {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const full = typeof r.text === 'string' ? r.text : '';
  const text = full.length > MAX_TEXT_CHARS ? full.slice(0, MAX_TEXT_CHARS) : full;
  const out: NormalInput = { text, truncated: full.length > MAX_TEXT_CHARS };
  const status = r.status;
  if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599) out.status = status;
  if (typeof r.url === 'string' && r.url) out.url = r.url.slice(0, 2048);
  const route = r.route as Partial<ClassifyRoute> | undefined;
  if (route && typeof route.family === 'string' && ROUTE_FAMILIES.has(route.family)) {
    out.route = {
      family: route.family,
      ...(typeof route.provider === 'string' ? { provider: route.provider.slice(0, 64) } : {}),
    };
  }
  if (typeof r.headers === 'object' && r.headers !== null && !Array.isArray(r.headers)) {
    const headers: Record<string, string> = {};
    let n = 0;
    const given = r.headers as Record<string, unknown>;
    // Keys, not entries: no pair array for each header of each line of a log.
    for (const name of Object.keys(given)) {
      if (n++ >= MAX_HEADERS) break;
      const value = given[name];
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      headers[name.slice(0, 128)] = String(value).slice(0, 1024);
    }
    out.headers = headers;
  }
  return out;
}
