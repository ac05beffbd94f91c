/**
 * A paste as it travels from the page that read it (the paste page, the session page: parse-pasted.ts) to the
 * background, and what the background makes of it: a capture stored like any other stop, and what the classifier
 * reads. The parser stays with the pages, so the service worker, which loads its whole bundle at every wake-up,
 * carries only this file; lib/messages/schemas.ts checks every field against the limits below before it is used.
 */
import type { ClassifyInput } from '../domain/labels.ts';
import { CAPTURE_LIMITS, type CapturePayload } from '../domain/shapes.ts';
import type { StopRecord } from '../domain/shapes.ts';

/** What is read of a long paste: its start and its end (where a log's last error usually is). */
export const PASTE_LIMITS = {
  headChars: 48 * 1024,
  tailChars: 16 * 1024,
  /** Header lines read after a status line. */
  headerLines: 200,
  headerCount: 40,
  headerNameChars: 64,
  headerValueChars: 512,
  /** The capped paste plus the marker between head and tail fits under this. */
  maxChars: 48 * 1024 + 16 * 1024 + 200,
} as const;

export const PASTE_FORMATS = ['http', 'curl-verbose', 'json', 'log', 'text', 'empty'] as const;
export type PasteFormat = (typeof PASTE_FORMATS)[number];

export const PASTE_NOTES = [
  'cut', // only the start and the end were read
  'binary', // control characters or undecodable bytes were removed
  'secret-headers-dropped',
  'headers-capped',
  'several-responses', // curl -i with redirects or 100-continue: the last response was read
  'body-not-json', // a status line and headers, then a body that is not JSON
] as const;
export type PasteNote = (typeof PASTE_NOTES)[number];

/** Where a paste's status came from: its status line, an httpx/requests log line, or words ("Error code: 429"). */
export const STATUS_SOURCES = ['status-line', 'log-request-line', 'log-text'] as const;

export interface ParsedPaste {
  format: PasteFormat;
  status?: number;
  statusFrom?: (typeof STATUS_SOURCES)[number];
  statusText?: string;
  /** Response headers, names lower-cased, repeated names joined. */
  headers?: Record<string, string>;
  /** What the classifier reads: the body after the headers, or the whole text. */
  body: string;
  /** The request, when the paste names it (curl -v `> POST /path` and `> Host:`, or an httpx log line). */
  request?: { method: string; url: string };
  notes: PasteNote[];
  /** Characters of the original paste, before the cap. */
  originalChars: number;
}

/** The route a developer can pick for a paste; `auto` lets the evidence decide. */
export const PASTE_ROUTES = ['auto', 'chatgpt', 'openai', 'azure', 'provider'] as const;
export type PasteRoute = (typeof PASTE_ROUTES)[number];

/** Response headers a paste may carry that are credentials: the parser drops them, the background refuses them. */
export const SECRET_PASTED_HEADER =
  /^(?:set-cookie|cookie|authorization|proxy-authorization|x-api-key|api-key|openai-api-key)$/i;

/** What a page sends to classify or save a paste (classifyPaste, savePaste): the paste read, never its text. */
export interface PastedStop {
  parsed: ParsedPaste;
  route: PasteRoute;
  seenAt: number;
  /** A hash of the capped paste (textHash): the same paste saved twice is one stop. */
  pasteKey: string;
}

/** How the paste was read, for the page to say so. */
export interface PasteSummary {
  format: PasteFormat;
  status?: number;
  statusFrom?: ParsedPaste['statusFrom'];
  headerCount: number;
  request?: { method: string; url: string };
  notes: PasteNote[];
  originalChars: number;
  readChars: number;
}

/** The background's answer to a paste: the draft stop (the page says itself how it read the paste). */
export type PasteResult = { ok: true; draft: StopRecord } | { ok: false; reason: 'invalid' | 'empty'; message: string };

export function summaryOf(parsed: ParsedPaste, readChars: number): PasteSummary {
  return {
    format: parsed.format,
    ...(parsed.status !== undefined ? { status: parsed.status } : {}),
    ...(parsed.statusFrom ? { statusFrom: parsed.statusFrom } : {}),
    headerCount: Object.keys(parsed.headers ?? {}).length,
    ...(parsed.request ? { request: parsed.request } : {}),
    notes: parsed.notes,
    originalChars: parsed.originalChars,
    readChars,
  };
}

/** Site of every pasted stop: it was not seen on a page. */
export const MANUAL_SITE = 'manual';

/**
 * A parsed paste as a capture (stored like any other stop, layer `manual`) and what the classifier reads. The
 * classifier reads the whole capped body; the stored evidence is capped like a page capture's.
 */
function pastedCapture(stop: PastedStop): { capture: CapturePayload; input: ClassifyInput } {
  const { parsed, route, seenAt } = stop;
  const body = parsed.body || (parsed.status ? `HTTP ${parsed.status}` : '');
  const evidence = body.slice(0, CAPTURE_LIMITS.evidenceChars);
  const capture: CapturePayload = {
    site: MANUAL_SITE,
    url: `manual:${route}`,
    layer: 'manual',
    kinds: [`manual:${parsed.format}`],
    evidence,
    evidenceTruncated: parsed.notes.includes('cut') || body.length > evidence.length,
    ...(parsed.request ? { endpoint: parsed.request.url } : {}),
    ...(parsed.status !== undefined ? { status: parsed.status } : {}),
    ...(parsed.headers && Object.keys(parsed.headers).length ? { headers: parsed.headers } : {}),
    // The same paste saved twice is one stop.
    occurrenceKeys: [`paste:${stop.pasteKey}`],
    seenAt,
  };
  const input: ClassifyInput = {
    text: body,
    ...(parsed.status !== undefined ? { status: parsed.status } : {}),
    ...(capture.headers ? { headers: capture.headers } : {}),
    ...(parsed.request ? { url: parsed.request.url } : {}),
    ...(route !== 'auto' ? { route: { family: route } } : {}),
  };
  return { capture, input };
}

const EMPTY_PASTE = 'Nothing to classify: the paste is empty or holds no readable text.';

/** A paste read into a capture and what the classifier reads; an empty one (or one with nothing readable) refused. */
export function pastedStopCapture(
  stop: PastedStop,
): { ok: true; capture: CapturePayload; input: ClassifyInput } | { ok: false; reason: 'empty'; message: string } {
  const { parsed } = stop;
  if (parsed.format === 'empty' || !(parsed.body || parsed.status)) {
    return { ok: false, reason: 'empty', message: EMPTY_PASTE };
  }
  return { ok: true, ...pastedCapture(stop) };
}
