/**
 * Reads an error a developer pasted from their own code or logs: a raw HTTP response (status line, headers, a
 * blank line, the body), `curl -i` output (several responses: the last one counts), `curl -v` output (`< ` response
 * lines, `> ` request lines, `* ` notes), a JSON body, or a log line. Anything else is plain text for the classifier.
 *
 * Pure and bounded: the input is capped first (capPasted), lines and headers are capped, nothing backtracks over
 * the whole text. Credentials a paste may carry in headers (cookies, authorization) are dropped, never kept.
 */
import type { ClassifyInput } from '../domain/labels.ts';
import { textHash } from '../detect/text-hash.ts';
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

export type PasteFormat = 'http' | 'curl-verbose' | 'json' | 'log' | 'text' | 'empty';

export type PasteNote =
  | 'cut' // only the start and the end were read
  | 'binary' // control characters or undecodable bytes were removed
  | 'secret-headers-dropped'
  | 'headers-capped'
  | 'several-responses' // curl -i with redirects or 100-continue: the last response was read
  | 'body-not-json'; // a status line and headers, then a body that is not JSON

export interface ParsedPaste {
  format: PasteFormat;
  status?: number;
  /** Where the status came from: the status line, an httpx/requests log line, or words such as "Error code: 429". */
  statusFrom?: 'status-line' | 'log-request-line' | 'log-text';
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

export interface CappedPaste {
  text: string;
  cut: boolean;
  originalChars: number;
}

const CUT_MARKER = (n: number) => `\n…[${n} characters left out]…\n`;

/** The start and the end of a long paste; short ones unchanged. Never splits a surrogate pair. */
export function capPasted(raw: string, limits: { headChars: number; tailChars: number } = PASTE_LIMITS): CappedPaste {
  const text = typeof raw === 'string' ? raw : '';
  if (text.length <= limits.headChars + limits.tailChars) return { text, cut: false, originalChars: text.length };
  let head = limits.headChars;
  if ((text.charCodeAt(head - 1) & 0xfc00) === 0xd800) head--;
  let tail = text.length - limits.tailChars;
  if ((text.charCodeAt(tail) & 0xfc00) === 0xdc00) tail++;
  return {
    text: text.slice(0, head) + CUT_MARKER(tail - head) + text.slice(tail),
    cut: true,
    originalChars: text.length,
  };
}

const STATUS_LINE = /^(?:<\s*)?HTTP\/(\d(?:\.\d)?)\s+(\d{3})(?:\s+(.{0,80}))?$/i;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]{1,64})[ \t]*:[ \t]*(.*)$/;
const SECRET_HEADER = /^(?:set-cookie|cookie|authorization|proxy-authorization|x-api-key|api-key|openai-api-key)$/i;
/** httpx / openai-python: `HTTP Request: POST https://api.openai.com/v1/images/generations "HTTP/1.1 429 Too Many Requests"` */
const LOG_REQUEST_LINE =
  /\b(GET|POST|PUT|PATCH|DELETE)\s+(https?:\/\/[^\s"']{1,2000})\s+"HTTP\/\d(?:\.\d)?\s+(\d{3})\b/;
/** "Error code: 429 -", "HTTP 403", "status 402", "failed with status 402", "429 -" at the start, "[429]". */
const LOG_STATUS = [
  /\berror code:?\s*([1-5]\d\d)\b/i,
  /\b(?:HTTP|status(?: code)?|failed with status)[ :=]*([1-5]\d\d)\b/i,
  /^\s*([45]\d\d)\s*[-:]\s/,
];
const CURL_REQUEST = /^>\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S{1,2000})\s+HTTP\//i;
const CURL_HOST = /^>\s*host:\s*([^\s]{1,253})\s*$/i;

export function parsePasted(raw: string, originalChars?: number): ParsedPaste {
  const notes: PasteNote[] = [];
  const input = typeof raw === 'string' ? raw : '';
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Control characters (NUL, escape codes from a terminal, binary junk) are not evidence.
  const cleaned = text
    .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, '');
  if (cleaned.length !== text.length) notes.push('binary');
  text = cleaned;
  const total = Math.max(originalChars ?? input.length, input.length);
  if (total > input.length) notes.push('cut');
  if (!text.trim()) return { format: 'empty', body: '', notes, originalChars: total };

  const lines = text.split('\n');
  const http = readHttp(lines, notes);
  if (http) return { ...http, notes, originalChars: total };

  const trimmed = text.trim();
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && isJson(trimmed)) {
    return { format: 'json', body: trimmed, notes, originalChars: total };
  }
  const out: ParsedPaste = { format: 'text', body: trimmed, notes, originalChars: total };
  const logLine = LOG_REQUEST_LINE.exec(text.slice(0, 64 * 1024));
  if (logLine) {
    out.format = 'log';
    out.request = { method: logLine[1]!, url: stripQuery(logLine[2]!) };
    out.status = Number(logLine[3]);
    out.statusFrom = 'log-request-line';
    return out;
  }
  for (const re of LOG_STATUS) {
    const m = re.exec(text.slice(0, 8 * 1024));
    if (m) {
      out.format = 'log';
      out.status = Number(m[1]);
      out.statusFrom = 'log-text';
      break;
    }
  }
  return out;
}

/** A status line and its headers, the last response when there are several. Undefined when there is none. */
function readHttp(lines: string[], notes: PasteNote[]): Omit<ParsedPaste, 'notes' | 'originalChars'> | undefined {
  let statusAt = -1;
  let responses = 0;
  const scanLines = Math.min(lines.length, 2_000);
  let verbose = false;
  let method: string | undefined;
  let path: string | undefined;
  let host: string | undefined;
  for (let i = 0; i < scanLines; i++) {
    const line = lines[i]!.trim();
    if (line.length > 300) continue;
    if (line.startsWith('>')) {
      verbose = true;
      const req = CURL_REQUEST.exec(line);
      if (req) [method, path] = [req[1]!.toUpperCase(), req[2]!];
      const h = CURL_HOST.exec(line);
      if (h) host = h[1]!;
      continue;
    }
    if (STATUS_LINE.test(line)) {
      statusAt = i;
      responses++;
      if (line.startsWith('<')) verbose = true;
    }
  }
  if (statusAt < 0) return undefined;
  if (responses > 1) notes.push('several-responses');
  const m = STATUS_LINE.exec(lines[statusAt]!.trim())!;
  const headers: Record<string, string> = {};
  let count = 0;
  let i = statusAt + 1;
  let droppedSecret = false;
  let capped = false;
  for (let n = 0; i < lines.length && n < PASTE_LIMITS.headerLines; i++, n++) {
    let line = lines[i]!;
    if (verbose) {
      if (/^\s*[*{}]/.test(line) || /^\s*>/.test(line)) continue; // curl's own notes, data markers, request lines
      if (/^\s*<\s*$/.test(line)) {
        i++;
        break; // the blank line after the headers
      }
      if (!/^\s*</.test(line)) break; // the body starts without a marker
      line = line.replace(/^\s*<\s?/, '');
    } else if (line.trim() === '') {
      i++;
      break;
    }
    // A folded continuation line belongs to the previous header.
    const last = Object.keys(headers).pop();
    if (/^[ \t]+\S/.test(line) && last) {
      headers[last] = `${headers[last]} ${line.trim()}`.slice(0, PASTE_LIMITS.headerValueChars);
      continue;
    }
    const h = HEADER_LINE.exec(line.trim());
    if (!h) break; // not a header: the body starts here (no blank line was pasted)
    const name = h[1]!.toLowerCase();
    const value = h[2]!.trim().slice(0, PASTE_LIMITS.headerValueChars);
    if (SECRET_HEADER.test(name)) {
      droppedSecret = true;
      continue;
    }
    if (name in headers) {
      headers[name] = `${headers[name]}, ${value}`.slice(0, PASTE_LIMITS.headerValueChars);
      continue;
    }
    if (count >= PASTE_LIMITS.headerCount) {
      capped = true;
      continue;
    }
    headers[name] = value;
    count++;
  }
  if (droppedSecret) notes.push('secret-headers-dropped');
  if (capped) notes.push('headers-capped');
  const bodyLines = lines.slice(i).filter((l) => !(verbose && /^\s*(?:\*|\{ \[|\} \[)/.test(l)));
  const body = bodyLines.join('\n').trim();
  if (body && !isJson(body)) notes.push('body-not-json');
  const out: Omit<ParsedPaste, 'notes' | 'originalChars'> = {
    format: verbose ? 'curl-verbose' : 'http',
    status: Number(m[2]),
    statusFrom: 'status-line',
    ...(m[3]?.trim() ? { statusText: m[3].trim() } : {}),
    headers,
    body,
  };
  if (method && path) {
    const url = /^https?:\/\//i.test(path)
      ? path
      : host
        ? `https://${host}${path.startsWith('/') ? path : `/${path}`}`
        : undefined;
    if (url) out.request = { method, url: stripQuery(url) };
  }
  return out;
}

function isJson(text: string): boolean {
  if (text.length > PASTE_LIMITS.maxChars) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Queries can carry API keys (`?key=…`): a pasted URL is kept without one. */
export function stripQuery(url: string): string {
  const q = url.search(/[?#]/);
  return (q === -1 ? url : url.slice(0, q)).slice(0, 2048);
}

/** The route a developer can pick for a paste; `auto` lets the evidence decide. */
export const PASTE_ROUTES = ['auto', 'chatgpt', 'openai', 'azure', 'provider'] as const;
export type PasteRoute = (typeof PASTE_ROUTES)[number];

/** What the paste page sends (classifyPaste, savePaste). */
export interface PasteRequest {
  /** The paste, already cut to its start and end by capPasted. */
  text: string;
  route: PasteRoute;
  /** Characters of the original paste, before the cap. */
  originalChars: number;
  seenAt: number;
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

export type PasteResult =
  | { ok: true; draft: StopRecord; summary: PasteSummary }
  | { ok: false; reason: 'invalid' | 'empty'; message: string };

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
export function pastedCapture(
  parsed: ParsedPaste,
  opts: { route: PasteRoute; seenAt: number; pasted: string },
): { capture: CapturePayload; input: ClassifyInput } {
  const body = parsed.body || (parsed.status ? `HTTP ${parsed.status}` : '');
  const evidence = body.slice(0, CAPTURE_LIMITS.evidenceChars);
  const capture: CapturePayload = {
    site: MANUAL_SITE,
    url: `manual:${opts.route}`,
    layer: 'manual',
    kinds: [`manual:${parsed.format}`],
    evidence,
    evidenceTruncated: parsed.notes.includes('cut') || body.length > evidence.length,
    ...(parsed.request ? { endpoint: parsed.request.url } : {}),
    ...(parsed.status !== undefined ? { status: parsed.status } : {}),
    ...(parsed.headers && Object.keys(parsed.headers).length ? { headers: parsed.headers } : {}),
    // The same paste saved twice is one stop.
    occurrenceKeys: [`paste:${textHash(opts.pasted)}`],
    seenAt: opts.seenAt,
  };
  const input: ClassifyInput = {
    text: body,
    ...(parsed.status !== undefined ? { status: parsed.status } : {}),
    ...(capture.headers ? { headers: capture.headers } : {}),
    ...(parsed.request ? { url: parsed.request.url } : {}),
    ...(opts.route !== 'auto' ? { route: { family: opts.route } } : {}),
  };
  return { capture, input };
}

/**
 * A validated paste request read into a capture, what the classifier reads, and how the paste was read. Empty or
 * whitespace-only pastes are refused with a message.
 */
export function readPaste(
  req: PasteRequest,
):
  | { ok: true; capture: CapturePayload; input: ClassifyInput; summary: PasteSummary }
  | { ok: false; reason: 'empty'; message: string } {
  const parsed = parsePasted(req.text, req.originalChars);
  if (parsed.format === 'empty' || !(parsed.body || parsed.status)) {
    return {
      ok: false,
      reason: 'empty',
      message: 'Nothing to classify: the paste is empty or holds no readable text.',
    };
  }
  const { capture, input } = pastedCapture(parsed, { route: req.route, seenAt: req.seenAt, pasted: req.text });
  return { ok: true, capture, input, summary: summaryOf(parsed, req.text.length) };
}
