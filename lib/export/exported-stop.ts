/**
 * One stored stop as an export file holds it, and the merge plan that imports it: what the background needs to
 * write an import (lib/storage/import.ts) and to validate its message (lib/messages/schemas.ts), without the export
 * document, its reader's messages or redaction (lib/export/json.ts, which re-exports all of this). Pure.
 */
import { ACTIONS, BUCKETS, CONFIDENCES, OWNERS, RESET_SOURCES, type Owner } from '../domain/labels.ts';
import type { CaptureLayer, StopRecord } from '../domain/shapes.ts';
import { shortText, wholeNumber, z } from '../domain/zod.ts';
import { hashOccurrenceKey } from './occurrence-key.ts';

export const EXPORT_LIMITS = {
  /** Whole file, in characters, checked before JSON.parse. */
  fileChars: 50 * 1024 * 1024,
  stops: 100_000,
  /** Any free-text field: visible text, evidence text, a header value, a reason. */
  textChars: 65_536,
  urlChars: 8_192,
  shortChars: 256,
  headers: 100,
  reasons: 64,
  resets: 32,
  kinds: 64,
  limitsProgress: 64,
  occurrenceKeys: 64,
} as const;

/** A stored stop without its local database id (ids belong to one database; import assigns new ones). */
export type ExportedStop = Omit<StopRecord, 'id'>;

// ── schema, version 1 ──────────────────────────────────────────────────────────────────────────────────────────
const L = EXPORT_LIMITS;
const text = shortText(L.textChars);
const short = shortText(L.shortChars);
const epochMs = wholeNumber(0, 8_640_000_000_000_000);
/** An ISO 8601 date-time with its offset, as the store writes them (the document's exportedAt too). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** Every capture layer (the compile-time check below fails when CaptureLayer gains one that is not listed). */
export const CAPTURE_LAYERS = ['network', 'dom', 'both', 'manual'] as const satisfies readonly CaptureLayer[];

const resetInfoSchema = z.object({
  at: z.optional(isoDateTimeSchema),
  inSeconds: z.optional(z.number().check(z.minimum(0))),
  source: z.enum(RESET_SOURCES),
  stated: text,
  possiblyPassed: z.optional(z.boolean()),
});

const classificationSchema = z.object({
  owner: z.enum(OWNERS),
  action: z.enum(ACTIONS),
  bucket: z.enum(BUCKETS),
  provider: z.optional(short),
  reset: z.optional(resetInfoSchema),
  resets: z.optional(z.array(resetInfoSchema).check(z.maxLength(L.resets))),
  confidence: z.enum(CONFIDENCES),
  reasons: z.array(text).check(z.maxLength(L.reasons)),
});

const limitProgressSchema = z.object({
  feature_name: short,
  remaining: z.optional(z.number()),
  reset_after: z.optional(short),
});

const headersSchema = z
  .record(short, text)
  .check(z.refine((h) => Object.keys(h).length <= L.headers, { message: `at most ${L.headers} headers` }));

const evidenceSchema = z.object({
  text,
  truncated: z.boolean(),
  endpoint: z.optional(shortText(L.urlChars)),
  status: z.optional(wholeNumber(100, 599)),
  headers: z.optional(headersSchema),
  limitsProgress: z.optional(z.array(limitProgressSchema).check(z.maxLength(L.limitsProgress))),
  kinds: z.array(short).check(z.maxLength(L.kinds)),
  layer: z.enum(CAPTURE_LAYERS),
});

export const exportedStopSchema = z
  .object({
    firstSeenAt: epochMs,
    lastSeenAt: epochMs,
    count: wholeNumber(1, 1_000_000_000),
    site: shortText(L.shortChars, z.regex(/^[a-z0-9.-]+$/i, 'expected a host name such as chatgpt.com')),
    url: shortText(L.urlChars),
    conversationId: z.optional(short),
    visibleText: z.optional(text),
    evidence: evidenceSchema,
    classification: classificationSchema,
    owner: z.enum(OWNERS),
    action: z.enum(ACTIONS),
    bucket: z.enum(BUCKETS),
    resetAt: z.optional(isoDateTimeSchema),
    groupKey: z.string().check(z.minLength(1), z.maxLength(1_024)),
    occurrenceKeys: z
      .array(shortText(L.shortChars, z.minLength(1)))
      .check(z.minLength(1), z.maxLength(L.occurrenceKeys)),
  })
  .check(
    z.refine((s) => s.lastSeenAt >= s.firstSeenAt, { message: 'must not be before firstSeenAt', path: ['lastSeenAt'] }),
  );

// Compile-time check: the schema describes exactly what the store holds.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _stopShape: Exact<z.infer<typeof exportedStopSchema>, ExportedStop> = true;
void _stopShape;

// ── merge plan ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface ImportSummary {
  added: number;
  duplicates: number;
  byOwner: Record<Owner, number>;
}

export interface ImportPlan {
  toAdd: ExportedStop[];
  duplicates: number;
  summary: ImportSummary;
}

/**
 * Decides which incoming stops are new. A stop is a duplicate when any of its occurrence keys is already stored,
 * or belonged to a stop earlier in the same file. Keys hashed by a conversation-id-redacted export (`h:…`) are
 * compared with the hashes of stored keys, so importing a redacted export of your own stops adds nothing twice.
 */
export function planImport(existingKeys: ReadonlySet<string>, incoming: readonly ExportedStop[]): ImportPlan {
  const hashed = (k: string) => k.startsWith('h:');
  const needHashes = incoming.some((s) => s.occurrenceKeys.some(hashed)) || [...existingKeys].some(hashed);
  const canon = needHashes ? hashOccurrenceKey : (k: string) => k;
  const seen = new Set<string>();
  for (const k of existingKeys) seen.add(canon(k));

  const byOwner = Object.fromEntries(OWNERS.map((o) => [o, 0])) as Record<Owner, number>;
  const toAdd: ExportedStop[] = [];
  let duplicates = 0;
  for (const stop of incoming) {
    const keys = stop.occurrenceKeys.map(canon);
    const dup = keys.some((k) => seen.has(k));
    for (const k of keys) seen.add(k);
    if (dup) {
      duplicates++;
      continue;
    }
    toAdd.push(stop);
    byOwner[stop.owner]++;
  }
  return { toAdd, duplicates, summary: { added: toAdd.length, duplicates, byOwner } };
}
