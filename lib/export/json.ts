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
import type { StopRecord } from '../domain/shapes.ts';
import { shortText, z } from '../domain/zod.ts';
import { EXPORT_LIMITS, type ExportedStop, exportedStopSchema, isoDateTimeSchema } from './exported-stop.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { redactRecord } from './redact.ts';

export {
  CAPTURE_LAYERS,
  EXPORT_LIMITS,
  type ExportedStop,
  exportedStopSchema,
  type ImportPlan,
  type ImportSummary,
  planImport,
} from './exported-stop.ts';

export const EXPORT_FORMAT = 'limit-lens-export';
export const EXPORT_VERSION = 1;
export const APP_NAME = 'Limit Lens';

// ── the document, version 1 ────────────────────────────────────────────────────────────────────────────────────
const L = EXPORT_LIMITS;
const short = shortText(L.shortChars);

export const exportDocumentV1Schema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: isoDateTimeSchema,
  redacted: z.boolean(),
  /** Present when redacted: which optional masks were applied. */
  redaction: z.optional(z.object({ conversationIds: z.boolean() })),
  app: z.object({ name: short, version: short }),
  stops: z.array(exportedStopSchema).check(z.maxLength(L.stops)),
});

export type ExportDocumentV1 = z.infer<typeof exportDocumentV1Schema>;
/** The current version's document. */
export type ExportDocument = ExportDocumentV1;
/** Any version this build can read. */
export type AnyExportDocument = ExportDocumentV1;

/** Each version's reader. */
const READERS: Record<number, z.ZodMiniType<AnyExportDocument>> = { 1: exportDocumentV1Schema };
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
