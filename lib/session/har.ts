/**
 * One HAR entry read into what a session list needs: when, which request (method, URL without its query), the
 * response's status, headers and body, and the model, size and count the request body names. The request body
 * itself (the prompt) and every credential header are dropped here and never travel further; what was dropped is
 * listed so the page can show each mask.
 */
import { z } from '../domain/zod.ts';
import { stripQuery } from '../evidence/parse-pasted.ts';
import { isSensitiveHeader, maskHeaderValue } from '../export/redact.ts';

/** What is kept of a response body (the classifier reads 64 KB at most). */
export const ITEM_BODY_CHARS = 64 * 1024;
const HEADER_VALUE_CHARS = 512;
const HEADER_COUNT = 64;

/** A credential that was in the HAR and is not kept: where, and the mask that stands for it. */
export interface DroppedSecret {
  field: string;
  masked: string;
}

export interface SessionItem {
  /** Entry number in the file (HAR) or first line number (logs), from 1. */
  index: number;
  /** When the request started (ms since the epoch), when the input says so. */
  time?: number;
  method?: string;
  url?: string;
  status?: number;
  statusText?: string;
  /** Response headers, names lower-cased, credentials left out. */
  headers: Record<string, string>;
  /** Response body as text, capped (never the request body). */
  body: string;
  /** Why the body is not all there: binary content left out, base64 decoded, or cut. */
  bodyNote?: 'binary' | 'base64' | 'cut';
  /** From the request body: the model, the image size and count asked for. The body itself is not kept. */
  model?: string;
  size?: string;
  count?: number;
  dropped: DroppedSecret[];
}

const header = z.looseObject({ name: z.string(), value: z.string() });
const cookie = z.looseObject({ name: z.string(), value: z.string() });
const text = z.optional(z.string());
const harEntry = z.looseObject({
  startedDateTime: text,
  request: z.optional(
    z.looseObject({
      method: text,
      url: text,
      headers: z.optional(z.array(header)),
      cookies: z.optional(z.array(cookie)),
      postData: z.optional(z.looseObject({ mimeType: text, text })),
    }),
  ),
  response: z.optional(
    z.looseObject({
      status: z.optional(z.number()),
      statusText: text,
      headers: z.optional(z.array(header)),
      cookies: z.optional(z.array(cookie)),
      content: z.optional(z.looseObject({ mimeType: text, text, encoding: text })),
    }),
  ),
});

/** Headers worth a line in the list: rate-limit counters and resets. */
export function hasRateHeaders(headers: Record<string, string>): boolean {
  return Object.keys(headers).some((h) => /^(?:x-)?ratelimit-|^retry-after(?:-ms)?$/.test(h));
}

/** Whether a body reads as an error (a JSON `error`/`detail` field, or an error word in a short text). */
export function looksLikeErrorBody(body: string): boolean {
  const head = body.slice(0, 4096);
  if (/^\s*[{[]/.test(head)) return /"(?:error|errors|detail)"\s*:/.test(head);
  return body.length < 4096 && /\b(?:error|limit|quota|exceeded|too many requests)\b/i.test(head);
}

const TEXT_MIME =
  /^(?:text\/|application\/(?:[\w.+-]*json|xml|javascript|x-ndjson|problem\+json)|[\w.+-]+\/[\w.+-]*\+(?:json|xml))/i;

function decodeBase64Text(b64: string): string | undefined {
  try {
    const clean = b64.replace(/[^A-Za-z0-9+/=]/g, '');
    const usable = clean.slice(0, clean.length - (clean.length % 4));
    const bin = atob(usable);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Control characters other than line breaks and tabs: a body holding many of them is not text. */
function isBinaryText(text: string): boolean {
  const sample = text.slice(0, 2048);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) bad++;
  }
  return bad > sample.length / 20;
}

/** The model, size and count a JSON (or form) request body asks for; the body itself goes no further. */
export function requestFacts(postText: string | undefined): Pick<SessionItem, 'model' | 'size' | 'count'> {
  if (!postText) return {};
  const out: Pick<SessionItem, 'model' | 'size' | 'count'> = {};
  let body: unknown;
  try {
    body = JSON.parse(postText.slice(0, 256 * 1024));
  } catch {
    body = undefined;
  }
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const b = body as Record<string, unknown>;
    const input = b.input && typeof b.input === 'object' ? (b.input as Record<string, unknown>) : {};
    const model = b.model ?? b.version ?? input.model;
    const size = b.size ?? b.image_size ?? input.size ?? input.image_size ?? input.aspect_ratio ?? b.aspect_ratio;
    const count = b.n ?? b.num_images ?? input.num_outputs ?? input.num_images;
    if (typeof model === 'string') out.model = model.slice(0, 120);
    if (typeof size === 'string') out.size = size.slice(0, 40);
    else if (size && typeof size === 'object') {
      const s = size as Record<string, unknown>;
      if (typeof s.width === 'number' && typeof s.height === 'number') out.size = `${s.width}x${s.height}`;
    }
    if (typeof count === 'number' && Number.isInteger(count) && count > 0 && count < 1000) out.count = count;
    return out;
  }
  // multipart/form-data (image edits): `name="model"` then a blank line and the value.
  const form = (name: string) =>
    new RegExp(`name="${name}"\\r?\\n(?:[^\\r\\n]*\\r?\\n)*?\\r?\\n([^\\r\\n]{1,120})`).exec(
      postText.slice(0, 64 * 1024),
    )?.[1];
  const model = form('model');
  const size = form('size');
  if (model) out.model = model;
  if (size) out.size = size;
  return out;
}

/**
 * A HAR entry as a session item; undefined when the entry has no response to read. Credentials in request and
 * response headers and cookies are listed as dropped (with their masks) and not kept.
 */
export function harEntryToItem(entry: unknown, index: number): SessionItem | undefined {
  const parsed = harEntry.safeParse(entry);
  if (!parsed.success) return undefined;
  const e = parsed.data;
  const response = e.response;
  if (!response || typeof response.status !== 'number' || response.status <= 0) return undefined;
  const dropped: DroppedSecret[] = [];
  const headers: Record<string, string> = {};
  let count = 0;
  for (const h of response.headers ?? []) {
    const name = h.name.toLowerCase().slice(0, 64);
    if (isSensitiveHeader(name)) {
      dropped.push({ field: `response.headers.${name}`, masked: maskHeaderValue(name, h.value) });
      continue;
    }
    if (name.startsWith(':')) continue; // HTTP/2 pseudo-headers
    const value = h.value.slice(0, HEADER_VALUE_CHARS);
    if (name in headers) headers[name] = `${headers[name]}, ${value}`.slice(0, HEADER_VALUE_CHARS);
    else if (count++ < HEADER_COUNT) headers[name] = value;
  }
  for (const h of e.request?.headers ?? []) {
    const name = h.name.toLowerCase().slice(0, 64);
    if (isSensitiveHeader(name))
      dropped.push({ field: `request.headers.${name}`, masked: maskHeaderValue(name, h.value) });
  }
  for (const [side, cookies] of [
    ['request', e.request?.cookies],
    ['response', e.response?.cookies],
  ] as const) {
    for (const c of cookies ?? [])
      dropped.push({ field: `${side}.cookies.${c.name.slice(0, 64)}`, masked: maskHeaderValue('cookie', c.value) });
  }

  const content = response.content;
  let body = content?.text ?? '';
  let bodyNote: SessionItem['bodyNote'];
  const mime = content?.mimeType ?? '';
  if (body && content?.encoding === 'base64') {
    if (mime && !TEXT_MIME.test(mime)) {
      body = '';
      bodyNote = 'binary';
    } else {
      const decoded = decodeBase64Text(body.slice(0, ITEM_BODY_CHARS * 2));
      body = decoded ?? '';
      bodyNote = decoded === undefined || isBinaryText(body) ? 'binary' : 'base64';
      if (bodyNote === 'binary') body = '';
    }
  } else if (body && ((mime && !TEXT_MIME.test(mime) && isBinaryText(body)) || isBinaryText(body))) {
    body = '';
    bodyNote = 'binary';
  }
  if (body.length > ITEM_BODY_CHARS) {
    body = body.slice(0, ITEM_BODY_CHARS);
    bodyNote = 'cut';
  }
  const time = e.startedDateTime ? Date.parse(e.startedDateTime) : NaN;
  const item: SessionItem = {
    index,
    ...(Number.isFinite(time) ? { time } : {}),
    ...(e.request?.method ? { method: e.request.method.toUpperCase().slice(0, 10) } : {}),
    ...(e.request?.url ? { url: stripQuery(e.request.url) } : {}),
    status: response.status,
    ...(response.statusText ? { statusText: response.statusText.slice(0, 80) } : {}),
    headers,
    body,
    ...(bodyNote ? { bodyNote } : {}),
    ...requestFacts(e.request?.postData?.text),
    dropped,
  };
  return item;
}

/** Words of a limit inside a successful response (a ChatGPT stream answers 200 and says the limit in its events). */
const LIMIT_IN_BODY =
  /blocked_features|limits_progress|rate.?limit|usage.?cap|hit the \w+ (?:plan )?limit|too many requests|quota/i;

/** Whether the body says anything the classifier can read: an error status, an error body, or limit words. */
export function bodyMatters(item: SessionItem): boolean {
  return (
    (item.status ?? 0) >= 400 || looksLikeErrorBody(item.body) || LIMIT_IN_BODY.test(item.body.slice(0, 64 * 1024))
  );
}

/** Whether a response belongs in the session list: a body that says something, or rate-limit headers. */
export function isSessionWorthy(item: SessionItem): boolean {
  return hasRateHeaders(item.headers) || bodyMatters(item);
}
