/**
 * A session item classified and made safe to show and to store: the body, URL and header values redacted with
 * lib/export/redact.ts, every mask listed, and the text that a save sends to the background built only from the
 * redacted parts (never from the request, whose body is the user's prompt).
 */
import { classify } from '../classify/index.ts';
import type { Classification, ClassifyInput } from '../domain/labels.ts';
import { capPasted, type PasteRequest } from '../evidence/parse-pasted.ts';
import { redact, type RedactionKind } from '../export/redact.ts';
import { bodyMatters, type SessionItem } from './har.ts';

export interface SessionMask {
  field: string;
  kind?: RedactionKind;
  masked: string;
}

/**
 * What the page gets for one item: nothing in it is unredacted. The URL (without its query), header values, body
 * and model are the redacted ones; the credentials dropped from the item are listed among the masks.
 */
export interface SessionRow extends Omit<SessionItem, 'dropped'> {
  classification: Classification;
  masks: SessionMask[];
}

const REDACT = { conversationIds: false } as const;

/**
 * What the classifier reads of an item. A successful response listed only for its headers is read without its
 * body (an image as base64 says nothing and costs a 64 KB scan).
 */
export function classifyInputOf(item: SessionItem): ClassifyInput {
  const body = bodyMatters(item) ? item.body : '';
  return {
    text: body || (item.status ? `HTTP ${item.status}${item.statusText ? ` ${item.statusText}` : ''}` : ''),
    ...(item.status !== undefined ? { status: item.status } : {}),
    ...(Object.keys(item.headers).length ? { headers: item.headers } : {}),
    ...(item.url ? { url: item.url } : {}),
  };
}

/** Classifies the original item, the time it was seen as "now". */
export function classifyItem(item: SessionItem, options: { now?: number; timeZone?: string } = {}): Classification {
  const seen = item.time ?? options.now;
  return classify(classifyInputOf(item), {
    ...(seen !== undefined ? { now: new Date(seen) } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
}

/** The classified item with what is kept redacted, each mask listed. */
export function toSessionRow(item: SessionItem, classification: Classification): SessionRow {
  const masks: SessionMask[] = item.dropped.map((d) => ({ field: d.field, masked: d.masked }));
  const scrub = (field: string, text: string): string => {
    const r = redact(text, REDACT);
    for (const f of r.findings) masks.push({ field, kind: f.kind, masked: f.masked });
    return r.text;
  };
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(item.headers)) headers[name] = scrub(`response.headers.${name}`, value);
  return {
    index: item.index,
    ...(item.time !== undefined ? { time: item.time } : {}),
    ...(item.method ? { method: item.method } : {}),
    ...(item.url ? { url: scrub('request.url', item.url) } : {}),
    ...(item.status !== undefined ? { status: item.status } : {}),
    ...(item.statusText ? { statusText: item.statusText } : {}),
    headers,
    body: scrub('response.body', item.body),
    ...(item.bodyNote ? { bodyNote: item.bodyNote } : {}),
    ...(item.model ? { model: scrub('request.model', item.model) } : {}),
    ...(item.size ? { size: item.size } : {}),
    ...(item.count ? { count: item.count } : {}),
    classification,
    masks,
  };
}

/**
 * The redacted response as `curl -v` output: what parse-pasted reads back into status, headers, endpoint and
 * body, so a saved session row is stored exactly like a pasted error.
 */
export function rowAsPaste(row: SessionRow): string {
  // curl's own note line: read past by parse-pasted, it keeps two identical responses of a session two occurrences.
  if (row.status === undefined) return row.body;
  const lines: string[] = [
    `* session entry ${row.index}${row.time !== undefined ? ` at ${new Date(row.time).toISOString()}` : ''}`,
  ];
  if (row.url && row.method) {
    const m = /^https?:\/\/([^/\s]{1,253})(\/[^\s]*)?$/i.exec(row.url);
    if (m) {
      lines.push(`> ${row.method} ${m[2] || '/'} HTTP/1.1`, `> Host: ${m[1]}`, '>');
    }
  }
  lines.push(`< HTTP/1.1 ${row.status}${row.statusText ? ` ${row.statusText.replace(/[\r\n]/g, ' ')}` : ''}`);
  for (const [name, value] of Object.entries(row.headers)) lines.push(`< ${name}: ${value.replace(/[\r\n]+/g, ' ')}`);
  lines.push('<', row.body);
  return lines.join('\n');
}

/** A row as a paste for the page to read and save: the redacted paste, seen when the HAR says (never in the future). */
export function rowSaveRequest(row: SessionRow, now: number): PasteRequest {
  const capped = capPasted(rowAsPaste(row));
  const seenAt = Math.min(now, Math.max(1, Math.round(row.time ?? now)));
  return { text: capped.text, route: 'auto', originalChars: capped.originalChars, seenAt };
}
