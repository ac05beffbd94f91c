/**
 * Runtime validation for every message that crosses into the background. Anything a content script sends may
 * have been forged by the page it runs on, so shapes and sizes are checked here, once, before any work.
 * Background and extension pages only: zod must never be bundled into a content script.
 */
import { z } from 'zod';
import { CAPTURE_LIMITS as L } from '../domain/shapes.ts';
import type { Envelope, MessageType } from './protocol.ts';
import { PASTE_LIMITS, PASTE_ROUTES } from '../evidence/parse-pasted.ts';
import { MAX_PATTERN_CHARS } from '../providers/match-pattern.ts';
import { CUSTOM_LIMITS, OWNER_KINDS } from '../providers/types.ts';
import { ACTIONS, OWNERS } from '../domain/labels.ts';
import { EXPORT_LIMITS, exportedStopSchema } from '../export/json.ts';
import { HISTORY_LIMITS } from '../storage/history-query.ts';

// Extension pages forbid eval: Zod must not even try to compile validators with new Function.
z.config({ jitless: true });

const shortText = (max: number) => z.string().max(max);

const headerMap = z
  .record(z.string().max(64), shortText(L.headerValueChars))
  .refine((h) => Object.keys(h).length <= L.headerCount, { message: `at most ${L.headerCount} headers` });

const limitProgress = z.object({
  feature_name: shortText(64),
  remaining: z.number().finite().optional(),
  reset_after: shortText(64).optional(),
});

export const capturePayloadSchema = z.object({
  site: shortText(253).regex(/^[a-z0-9.-]+$/i, 'a hostname'),
  url: shortText(L.urlChars).regex(/^(https?|file|chrome-extension|moz-extension):/, 'a page URL'),
  conversationId: shortText(L.keyChars).optional(),
  layer: z.enum(['network', 'dom', 'both']),
  kinds: z.array(shortText(32)).min(1).max(L.kinds),
  evidence: z.string().min(1).max(L.evidenceChars),
  evidenceTruncated: z.boolean(),
  visibleText: shortText(L.visibleTextChars).optional(),
  endpoint: shortText(L.urlChars).optional(),
  status: z.number().int().min(100).max(599).optional(),
  headers: headerMap.optional(),
  limitsProgress: z.array(limitProgress).max(8).optional(),
  occurrenceKeys: z.array(shortText(L.keyChars).min(1)).min(1).max(L.keys),
  seenAt: z.number().int().positive(),
});

export const progressReportSchema = z.object({
  site: shortText(253).regex(/^[a-z0-9.-]+$/i, 'a hostname'),
  endpoint: shortText(L.urlChars),
  progress: z.array(limitProgress).min(1).max(8),
  seenAt: z.number().int().positive(),
});

/** A paste from the paste page: already cut to its start and end; the background parses and classifies it. */
export const pasteRequestSchema = z.object({
  text: z.string().max(PASTE_LIMITS.maxChars),
  route: z.enum(PASTE_ROUTES),
  originalChars: z.number().int().min(0).max(1e10),
  seenAt: z.number().int().positive(),
});

const providerId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'a provider id');
const patternList = (min: number) => z.array(shortText(MAX_PATTERN_CHARS)).min(min).max(CUSTOM_LIMITS.patterns);

/** Shapes and sizes only; lib/providers/settings.ts checks the patterns themselves and says what is wrong. */
export const customProviderSchema = z.object({
  id: providerId.optional(),
  name: shortText(CUSTOM_LIMITS.nameChars * 2),
  pages: patternList(1),
  apiHosts: patternList(0),
  ownerKind: z.enum(OWNER_KINDS),
});

/** The history page's filters; the search text is capped like the page's input. */
export const historyQuerySchema = z.object({
  filter: z.object({
    owner: z.enum(OWNERS).optional(),
    action: z.enum(ACTIONS).optional(),
    site: shortText(253).optional(),
    from: z.number().int().min(0).optional(),
    to: z.number().int().min(0).optional(),
    text: shortText(HISTORY_LIMITS.searchChars).optional(),
  }),
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(HISTORY_LIMITS.pageSize),
  withIds: z.boolean().optional(),
});

const stopIds = z.array(z.number().int().positive()).min(1).max(500);

const envelopeSchemas = {
  capture: capturePayloadSchema,
  listStops: z.object({ limit: z.number().int().min(1).max(500) }),
  deleteStop: z.object({ id: z.number().int().positive() }),
  reportProgress: progressReportSchema,
  listAllowances: z.object({ site: shortText(253) }),
  getStop: z.object({ id: z.number().int().positive() }),
  classifyPaste: pasteRequestSchema,
  savePaste: pasteRequestSchema,
  listProviders: z.object({}),
  setProviderEnabled: z.object({ id: providerId, enabled: z.boolean() }),
  saveCustomProvider: customProviderSchema,
  deleteCustomProvider: z.object({ id: providerId }),
  queryHistory: historyQuerySchema,
  getStops: z.object({ ids: stopIds }),
  clearStops: z.object({}),
  // The page validated the file with parseExportJson; each stop is checked again here with the same schema.
  importStops: z.object({ stops: z.array(exportedStopSchema).min(1).max(EXPORT_LIMITS.stops) }),
  listScreenshots: z.object({ stopIds }),
  imageTurn: z.strictObject({}),
} satisfies Record<MessageType, z.ZodType>;

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
