/**
 * Reads an error a developer pasted from their own code or logs: a raw HTTP response (status line, headers, a
 * blank line, the body), `curl -i` output (several responses: the last one counts), `curl -v` output (`< ` response
 * lines, `> ` request lines, `* ` notes), a JSON body, or a log line. Anything else is plain text for the classifier.
 *
 * Pure and bounded: the input is capped first (capPasted), lines and headers are capped, nothing backtracks over
 * the whole text. Credentials a paste may carry in headers (cookies, authorization) are dropped, never kept.
 */
import type { ClassifyInput } from '../domain/labels.ts';
import type { CapturePayload } from '../domain/shapes.ts';
import { textHash } from '../detect/text-hash.ts';
import {
  PASTE_LIMITS,
  type ParsedPaste,
  type PastedStop,
  type PasteNote,
  type PasteRoute,
  pastedStopCapture,
  SECRET_PASTED_HEADER,
  type PasteSummary,
  summaryOf,
} from './pasted-stop.ts';

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
    if (SECRET_PASTED_HEADER.test(name)) {
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

/** A paste as the page holds it: already cut to its start and end by capPasted. */
export interface PasteRequest {
  text: string;
  route: PasteRoute;
  /** Characters of the original paste, before the cap. */
  originalChars: number;
  seenAt: number;
}

/**
 * A paste read on the page that holds it: what to send the background (`stop`), how it was read (for the page to
 * say so), and the capture and classifier input the background will make of it. Empty or whitespace-only pastes
 * are refused with a message, as the background would refuse them.
 */
export function readPaste(
  req: PasteRequest,
):
  | { ok: true; stop: PastedStop; capture: CapturePayload; input: ClassifyInput; summary: PasteSummary }
  | { ok: false; reason: 'empty'; message: string } {
  const parsed = parsePasted(req.text, req.originalChars);
  const stop: PastedStop = { parsed, route: req.route, seenAt: req.seenAt, pasteKey: textHash(req.text) };
  const read = pastedStopCapture(stop);
  return read.ok ? { ...read, stop, summary: summaryOf(parsed, req.text.length) } : read;
}
