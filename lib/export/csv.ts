/**
 * CSV export: one row per stop, for a spreadsheet (docs/export-format.md, "CSV").
 *
 * RFC 4180: CRLF between records (and after the last), a field with a comma, a double quote, CR or LF is enclosed
 * in double quotes with inner quotes doubled. The file starts with a UTF-8 byte-order mark so Excel reads Korean,
 * Japanese and emoji as UTF-8 instead of the system code page.
 *
 * Formula injection guard: a text cell that starts with = + - @ TAB or CR gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of evaluating it (captured text comes from web pages and API responses,
 * which anyone can word). Numbers written by Limit Lens itself (count, status, seconds) are never prefixed.
 */
import type { StopRecord } from '../domain/shapes.ts';
import { redactRecord } from './redact.ts';

export const CSV_COLUMNS = [
  'first_seen',
  'last_seen',
  'count',
  'site',
  'url',
  'conversation_id',
  'owner',
  'action',
  'bucket',
  'provider',
  'confidence',
  'reset_at',
  'reset_in_seconds',
  'reset_source',
  'reset_stated',
  'possibly_reset',
  'http_status',
  'endpoint',
  'layer',
  'visible_text',
  'evidence_text',
  'reasons',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Excel refuses more than 32,767 characters in a cell; long text is cut below that with a marker. */
export const CSV_CELL_MAX = 32_000;
export const BOM = '\uFEFF';
const CRLF = '\r\n';
const REASON_SEPARATOR = ' | ';

export interface CsvExportOptions {
  redact: boolean;
  conversationIds?: boolean;
}

type Cell = string | number | boolean | undefined;

/** The row of one stop, column by column (before guarding and quoting). */
export function csvRow(r: StopRecord): Record<CsvColumn, Cell> {
  const reset = r.classification.reset;
  return {
    first_seen: iso(r.firstSeenAt),
    last_seen: iso(r.lastSeenAt),
    count: r.count,
    site: r.site,
    url: r.url,
    conversation_id: r.conversationId,
    owner: r.owner,
    action: r.action,
    bucket: r.bucket,
    provider: r.classification.provider,
    confidence: r.classification.confidence,
    reset_at: reset?.at ?? r.resetAt,
    reset_in_seconds: reset?.inSeconds,
    reset_source: reset?.source,
    reset_stated: reset?.stated,
    possibly_reset: reset ? !!reset.possiblyPassed : undefined,
    http_status: r.evidence.status,
    endpoint: r.evidence.endpoint,
    layer: r.evidence.layer,
    visible_text: cap(r.visibleText),
    evidence_text: cap(r.evidence.text),
    reasons: r.classification.reasons.join(REASON_SEPARATOR),
  };
}

/** A UTF-8-BOM, CRLF, RFC 4180 CSV of the stops, redacted first when asked. */
export function toCsv(records: readonly StopRecord[], options: CsvExportOptions): string {
  const conversationIds = options.redact && !!options.conversationIds;
  const lines = [CSV_COLUMNS.join(',')];
  for (const record of records) {
    const r = options.redact ? redactRecord(record, { conversationIds }).record : record;
    const row = csvRow(r);
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/** One cell: numbers as written, text guarded against formulas, then quoted when needed. */
export function csvField(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quoteCsv(guardFormula(value));
}

/** RFC 4180 quoting: enclose in double quotes (inner quotes doubled) when the field has , " CR or LF. */
export function quoteCsv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A text cell a spreadsheet would read as a formula gets a leading apostrophe. */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function iso(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

function cap(text: string | undefined): string | undefined {
  if (text === undefined || text.length <= CSV_CELL_MAX) return text;
  let cut = CSV_CELL_MAX;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
  return `${text.slice(0, cut)} … [truncated: ${text.length} characters in all; the JSON export has the full text]`;
}

/**
 * A small RFC 4180 reader (strips a BOM; CRLF, LF or CR between records; quoted fields with doubled quotes).
 * Used by tests to prove the writer's quoting, and handy for reading a CSV export back.
 */
export function parseCsv(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      fieldStarted = true;
      i++;
    }
  }
  if (fieldStarted || field !== '' || row.length > 0) endRow();
  return rows;
}
