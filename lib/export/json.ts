/**
 * The JSON export: a versioned document (docs/export-format.md) that round-trips through import.
 *
 * Versions. EXPORT_VERSION is what this build writes. Import reads every version listed in READERS, validates the
 * document with the schema of the version it was written in, then runs it through MIGRATIONS one step at a time
 * (1 → 2 → …) up to the current version. Adding version 2: write `exportDocumentV2Schema`, add `2` to READERS,
 * add the step `1: (doc: ExportDocumentV1) => ExportDocumentV2` to MIGRATIONS, bump EXPORT_VERSION.
 * A file from a NEWER version is refused with a message saying so, never half-read.
 *
 * Pure: no storage here. planImport decides what to add; the caller writes it in one transaction.
 */
import { z } from 'zod';
import { ACTIONS, BUCKETS, CONFIDENCES, OWNERS, RESET_SOURCES, type Owner } from '../domain/labels.ts';
import type { CaptureLayer } from '../domain/shapes.ts';
import type { StopRecord } from '../domain/shapes.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { hashOccurrenceKey, redactRecord } from './redact.ts';

// Extension pages forbid eval: Zod must not even try to compile validators with new Function (as in
// lib/messages/schemas.ts; the setting is global, and this module may be loaded on a page without that one).
z.config({ jitless: true });

export const EXPORT_FORMAT = 'limit-lens-export';
export const EXPORT_VERSION = 1;
export const APP_NAME = 'Limit Lens';

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
const text = z.string().max(L.textChars);
const short = z.string().max(L.shortChars);
const epochMs = z.number().int().min(0).max(8_640_000_000_000_000);
const isoDateTime = z.iso.datetime({ offset: true });
/** Every capture layer (the compile-time check below fails when CaptureLayer gains one that is not listed). */
export const CAPTURE_LAYERS = ['network', 'dom', 'both', 'manual'] as const satisfies readonly CaptureLayer[];

const resetInfoSchema = z.object({
  at: isoDateTime.optional(),
  inSeconds: z.number().finite().min(0).optional(),
  source: z.enum(RESET_SOURCES),
  stated: text,
  possiblyPassed: z.boolean().optional(),
});

const classificationSchema = z.object({
  owner: z.enum(OWNERS),
  action: z.enum(ACTIONS),
  bucket: z.enum(BUCKETS),
  provider: short.optional(),
  reset: resetInfoSchema.optional(),
  resets: z.array(resetInfoSchema).max(L.resets).optional(),
  confidence: z.enum(CONFIDENCES),
  reasons: z.array(text).max(L.reasons),
});

const limitProgressSchema = z.object({
  feature_name: short,
  remaining: z.number().finite().optional(),
  reset_after: short.optional(),
});

const headersSchema = z
  .record(short, text)
  .refine((h) => Object.keys(h).length <= L.headers, { message: `at most ${L.headers} headers` });

const evidenceSchema = z.object({
  text,
  truncated: z.boolean(),
  endpoint: z.string().max(L.urlChars).optional(),
  status: z.number().int().min(100).max(599).optional(),
  headers: headersSchema.optional(),
  limitsProgress: z.array(limitProgressSchema).max(L.limitsProgress).optional(),
  kinds: z.array(short).max(L.kinds),
  layer: z.enum(CAPTURE_LAYERS),
});

export const exportedStopSchema = z
  .object({
    firstSeenAt: epochMs,
    lastSeenAt: epochMs,
    count: z.number().int().min(1).max(1_000_000_000),
    site: short.regex(/^[a-z0-9.-]+$/i, 'expected a host name such as chatgpt.com'),
    url: z.string().max(L.urlChars),
    conversationId: short.optional(),
    visibleText: text.optional(),
    evidence: evidenceSchema,
    classification: classificationSchema,
    owner: z.enum(OWNERS),
    action: z.enum(ACTIONS),
    bucket: z.enum(BUCKETS),
    resetAt: isoDateTime.optional(),
    groupKey: z.string().min(1).max(1_024),
    occurrenceKeys: z.array(short.min(1)).min(1).max(L.occurrenceKeys),
  })
  .refine((s) => s.lastSeenAt >= s.firstSeenAt, { message: 'must not be before firstSeenAt', path: ['lastSeenAt'] });

export const exportDocumentV1Schema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: isoDateTime,
  redacted: z.boolean(),
  /** Present when redacted: which optional masks were applied. */
  redaction: z.object({ conversationIds: z.boolean() }).optional(),
  app: z.object({ name: short, version: short }),
  stops: z.array(exportedStopSchema).max(L.stops),
});

export type ExportDocumentV1 = z.infer<typeof exportDocumentV1Schema>;
/** The current version's document. */
export type ExportDocument = ExportDocumentV1;
/** Any version this build can read. */
export type AnyExportDocument = ExportDocumentV1;

// Compile-time check: the schema describes exactly what the store holds.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _stopShape: Exact<z.infer<typeof exportedStopSchema>, ExportedStop> = true;
void _stopShape;

/** Each version's reader. */
const READERS: Record<number, z.ZodType<AnyExportDocument>> = { 1: exportDocumentV1Schema };
/** Step from version N to N + 1. Empty while version 1 is the only one. */
const MIGRATIONS: Record<number, (doc: AnyExportDocument) => AnyExportDocument> = {};

/** Brings a validated document of any readable version up to the current version. */
export function migrateExport(doc: AnyExportDocument): ExportDocument {
  let current: AnyExportDocument = doc;
  while (current.version < EXPORT_VERSION) {
    const step = MIGRATIONS[current.version];
    if (!step) throw new Error(`no migration from export version ${current.version}`);
    current = step(current);
  }
  return current;
}

// ── export ─────────────────────────────────────────────────────────────────────────────────────────────────────

export interface JsonExportOptions {
  /** Mask secrets and identifiers (on by default in the UI). */
  redact: boolean;
  /** Also mask conversation ids (and hash occurrence keys); only with redact. */
  conversationIds?: boolean;
  now: Date | number;
  appVersion: string;
}

export function toExportedStop(record: StopRecord): ExportedStop {
  const { id: _localId, ...rest } = record;
  return rest;
}

export function buildExportDocument(records: readonly StopRecord[], options: JsonExportOptions): ExportDocument {
  const conversationIds = options.redact && !!options.conversationIds;
  const stops = records.map((r) => toExportedStop(options.redact ? redactRecord(r, { conversationIds }).record : r));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(options.now).toISOString(),
    redacted: options.redact,
    ...(options.redact ? { redaction: { conversationIds } } : {}),
    app: { name: APP_NAME, version: options.appVersion },
    stops,
  };
}

/** One stop, a selection or everything, as pretty-printed JSON (two-space indent, trailing newline). */
export function toExportJson(records: readonly StopRecord[], options: JsonExportOptions): string {
  return `${JSON.stringify(buildExportDocument(records, options), null, 2)}\n`;
}

// ── import ─────────────────────────────────────────────────────────────────────────────────────────────────────

export type ParseExportResult =
  | {
      ok: true;
      stops: ExportedStop[];
      version: number;
      exportedAt: string;
      redacted: boolean;
      /** Stops whose last sighting was before their first (saved out of order by older versions): times swapped. */
      repaired: number;
    }
  | { ok: false; error: string };

/**
 * Reads an export file. Never throws: any problem comes back as one readable error that names where it is —
 * a line and column for broken JSON, a field path such as `stops[3].classification.owner` for a wrong value.
 */
export function parseExportJson(input: string): ParseExportResult {
  if (typeof input !== 'string') return { ok: false, error: 'The file could not be read as text.' };
  if (input.length > L.fileChars) {
    return {
      ok: false,
      error: `The file is too large (${mb(input.length)} MB of text); the limit is ${mb(L.fileChars)} MB. Export fewer stops at a time.`,
    };
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const where = findJsonSyntaxError(text);
    if (where)
      return { ok: false, error: `Invalid JSON at line ${where.line}, column ${where.column}: ${where.reason}.` };
    return { ok: false, error: `Invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      error: `Not a Limit Lens export: expected a JSON object at the top level, found ${kindOf(raw)}.`,
    };
  }
  const doc = raw as Record<string, unknown>;
  if (doc.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      error:
        `Not a Limit Lens export: format: expected "${EXPORT_FORMAT}", found ` +
        `${doc.format === undefined ? 'no format field' : JSON.stringify(doc.format).slice(0, 60)}.`,
    };
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, error: `version: expected a whole number, found ${kindOf(version)}.` };
  }
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      error:
        `This file was exported by a newer Limit Lens (export format version ${version}); this version ` +
        `reads up to version ${EXPORT_VERSION}. Update Limit Lens to import it.`,
    };
  }
  const reader = READERS[version];
  if (!reader) return { ok: false, error: `version: export format version ${version} is not supported.` };
  if (Array.isArray(doc.stops) && doc.stops.length > L.stops) {
    return {
      ok: false,
      error: `stops: too many stops (${doc.stops.length}); at most ${L.stops.toLocaleString('en')} per file.`,
    };
  }

  const repaired = repairSightingOrder(doc.stops);
  const parsed = reader.safeParse(doc);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues, doc) };
  const current = migrateExport(parsed.data);
  return {
    ok: true,
    stops: current.stops,
    version,
    exportedAt: current.exportedAt,
    redacted: current.redacted,
    repaired,
  };
}

/**
 * Older versions could save two captures of one stop out of order and store lastSeenAt before firstSeenAt; their
 * own export then refused to import. Such a stop is repaired (the two times swapped: first is the earlier) and
 * counted, so the import can say so, instead of refusing the whole file. Mutates the freshly parsed document.
 */
function repairSightingOrder(stops: unknown): number {
  if (!Array.isArray(stops)) return 0;
  let repaired = 0;
  for (const stop of stops) {
    if (!stop || typeof stop !== 'object') continue;
    const s = stop as { firstSeenAt?: unknown; lastSeenAt?: unknown };
    if (typeof s.firstSeenAt === 'number' && typeof s.lastSeenAt === 'number' && s.lastSeenAt < s.firstSeenAt) {
      [s.firstSeenAt, s.lastSeenAt] = [s.lastSeenAt, s.firstSeenAt];
      repaired++;
    }
  }
  return repaired;
}

function mb(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

function kindOf(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

/** stops[3].evidence.headers["retry-after"] */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || '(the document)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, root: unknown): string {
  const where = formatPath(issue.path);
  const found = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_value':
      if (issue.values.length === 1)
        return `${where}: expected ${JSON.stringify(issue.values[0])}, found ${kindOf(found)}`;
      return `${where}: expected one of ${issue.values.map(String).join(', ')}; found ${kindOf(found)}`;
    case 'invalid_type':
      if (found === undefined) return `${where}: is missing (expected ${issue.expected})`;
      return `${where}: expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, found ${kindOf(found)}`;
    case 'too_big':
      if (issue.origin === 'string')
        return `${where}: too long (${(found as string).length} characters; at most ${issue.maximum})`;
      if (issue.origin === 'array')
        return `${where}: too many entries (${(found as unknown[]).length}; at most ${issue.maximum})`;
      return `${where}: must be at most ${issue.maximum}, found ${kindOf(found)}`;
    case 'too_small':
      if (issue.origin === 'string') return `${where}: must not be empty`;
      if (issue.origin === 'array')
        return `${where}: needs at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
      return `${where}: must be at least ${issue.minimum}, found ${kindOf(found)}`;
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return `${where}: expected an ISO 8601 date-time such as 2026-11-27T15:00:00.000Z, found ${kindOf(found)}`;
      }
      return `${where}: ${issue.message}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function describeIssues(issues: readonly Issue[], root: unknown): string {
  const first = issues[0];
  if (!first) return 'The file does not match the Limit Lens export format.';
  const more = issues.length - 1;
  return `${describeIssue(first, root)}.${more > 0 ? ` (${more} more problem${more === 1 ? '' : 's'} in this file.)` : ''}`;
}

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
