/**
 * Runtime validation for every message that crosses into the background. Anything a content script sends may
 * have been forged by the page it runs on, so shapes and sizes are checked here, once, before any work.
 * Background and extension pages only: zod must never be bundled into a content script.
 */
import { CAPTURE_LIMITS as L } from '../domain/shapes.ts';
import { shortText, wholeNumber, z } from '../domain/zod.ts';
import type { Envelope, MessageType } from './protocol.ts';
import {
  PASTE_FORMATS,
  PASTE_LIMITS,
  PASTE_NOTES,
  PASTE_ROUTES,
  SECRET_PASTED_HEADER,
  STATUS_SOURCES,
} from '../evidence/pasted-stop.ts';
import { MAX_PATTERN_CHARS } from '../providers/match-pattern.ts';
import { CUSTOM_LIMITS, OWNER_KINDS } from '../providers/types.ts';
import { EXPORT_LIMITS, exportedStopSchema } from '../export/exported-stop.ts';

/** Response headers by name: at most `count`, names and values capped. */
const headerRecord = (nameChars: number, valueChars: number, count: number, ...checks: z.core.$ZodCheck<object>[]) =>
  z.record(shortText(nameChars), shortText(valueChars)).check(
    z.refine((h) => Object.keys(h).length <= count, { message: `at most ${count} headers` }),
    ...checks,
  );

const headerMap = headerRecord(64, L.headerValueChars, L.headerCount);

const limitProgress = z.object({
  feature_name: shortText(64),
  remaining: z.optional(z.number()),
  reset_after: z.optional(shortText(64)),
});

const hostname = () => shortText(253, z.regex(/^[a-z0-9.-]+$/i, 'a hostname'));
/** Milliseconds since 1970, as Date.now() gives them. */
const epochMs = () => z.number().check(z.int(), z.positive());

export const capturePayloadSchema = z.object({
  site: hostname(),
  url: shortText(L.urlChars, z.regex(/^(https?|file|chrome-extension|moz-extension):/, 'a page URL')),
  conversationId: z.optional(shortText(L.keyChars)),
  layer: z.enum(['network', 'dom', 'both']),
  kinds: z.array(shortText(32)).check(z.minLength(1), z.maxLength(L.kinds)),
  evidence: z.string().check(z.minLength(1), z.maxLength(L.evidenceChars)),
  evidenceTruncated: z.boolean(),
  visibleText: z.optional(shortText(L.visibleTextChars)),
  endpoint: z.optional(shortText(L.urlChars)),
  status: z.optional(wholeNumber(100, 599)),
  headers: z.optional(headerMap),
  limitsProgress: z.optional(z.array(limitProgress).check(z.maxLength(8))),
  occurrenceKeys: z.array(shortText(L.keyChars, z.minLength(1))).check(z.minLength(1), z.maxLength(L.keys)),
  seenAt: epochMs(),
});

export const progressReportSchema = z.object({
  site: hostname(),
  endpoint: shortText(L.urlChars),
  progress: z.array(limitProgress).check(z.minLength(1), z.maxLength(8)),
  seenAt: epochMs(),
});

const P = PASTE_LIMITS;
/** Response headers the page read from a paste: the parser's caps, and never a credential. */
const pastedHeaders = headerRecord(
  P.headerNameChars,
  P.headerValueChars,
  P.headerCount,
  z.refine((h) => !Object.keys(h).some((k) => SECRET_PASTED_HEADER.test(k)), { message: 'a credential header' }),
);

/**
 * A paste the page read (lib/evidence/parse-pasted.ts runs on the paste and session pages): every field within
 * what the parser can produce from a paste cut to its start and end; the background builds the stop from it.
 */
export const pastedStopSchema = z.object({
  parsed: z.object({
    format: z.enum(PASTE_FORMATS),
    status: z.optional(wholeNumber(0, 999)),
    statusFrom: z.optional(z.enum(STATUS_SOURCES)),
    statusText: z.optional(shortText(80)),
    headers: z.optional(pastedHeaders),
    body: shortText(P.maxChars),
    request: z.optional(z.object({ method: shortText(16), url: shortText(2048) })),
    notes: z.array(z.enum(PASTE_NOTES)).check(z.maxLength(PASTE_NOTES.length)),
    originalChars: wholeNumber(0, 1e10),
  }),
  route: z.enum(PASTE_ROUTES),
  seenAt: epochMs(),
  pasteKey: shortText(32, z.regex(/^[0-9a-z]+$/, 'a paste hash')),
});

const providerId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, 'a provider id'));
const patternList = (min: number) =>
  z.array(shortText(MAX_PATTERN_CHARS)).check(z.minLength(min), z.maxLength(CUSTOM_LIMITS.patterns));

/** Shapes and sizes only; lib/providers/settings.ts checks the patterns themselves and says what is wrong. */
export const customProviderSchema = z.object({
  id: z.optional(providerId),
  name: shortText(CUSTOM_LIMITS.nameChars * 2),
  pages: patternList(1),
  apiHosts: patternList(0),
  ownerKind: z.enum(OWNER_KINDS),
});

const stopId = () => z.number().check(z.int(), z.positive());
const stopIds = z.array(stopId()).check(z.minLength(1), z.maxLength(500));

const envelopeSchemas = {
  capture: capturePayloadSchema,
  listStops: z.object({ limit: wholeNumber(1, 500) }),
  deleteStop: z.object({ id: stopId() }),
  reportProgress: progressReportSchema,
  listAllowances: z.object({ site: shortText(253) }),
  getStop: z.object({ id: stopId() }),
  classifyPaste: pastedStopSchema,
  savePaste: pastedStopSchema,
  listProviders: z.object({}),
  setProviderEnabled: z.object({ id: providerId, enabled: z.boolean() }),
  saveCustomProvider: customProviderSchema,
  deleteCustomProvider: z.object({ id: providerId }),
  getStops: z.object({ ids: stopIds }),
  clearStops: z.object({}),
  // The page validated the file with parseExportJson; each stop is checked again here with the same schema.
  importStops: z.object({
    stops: z.array(exportedStopSchema).check(z.minLength(1), z.maxLength(EXPORT_LIMITS.stops)),
  }),
  listScreenshots: z.object({ stopIds }),
  imageTurn: z.strictObject({}),
} satisfies Record<MessageType, z.ZodMiniType>;

export type ParsedEnvelope = { [T in MessageType]: Envelope<T> }[MessageType];

/** Validates an incoming message; returns a readable error instead of throwing. */
export function parseEnvelope(raw: unknown): { ok: true; envelope: ParsedEnvelope } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'message is not an object' };
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(envelopeSchemas, type)) {
    return { ok: false, error: `unknown message type ${JSON.stringify(String(type)).slice(0, 40)}` };
  }
  const schema = envelopeSchemas[type as MessageType];
  const result = schema.safeParse((raw as { payload?: unknown }).payload);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, error: `${type}: ${issue?.path.join('.') || 'payload'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, envelope: { type, payload: result.data } as ParsedEnvelope };
}
