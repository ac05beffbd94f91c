/**
 * The command line's rows (JSON Lines or CSV), and the work one classifier thread does on a batch of lines: read
 * each line or HTTP block into a unit, classify it (through the memo), format its row. scripts/classify.ts runs it
 * on its own thread and in scripts/classify-worker.ts, so rows come out the same whichever thread made them.
 */
import type { MemoClassifier } from '../lib/classify/memo.ts';
import type { Classification } from '../lib/domain/labels.ts';
import { csvField } from '../lib/export/csv.ts';
import type { LineUnit } from '../lib/session/lines.ts';
import { readLineUnit, type SessionUnit } from '../lib/session/reader.ts';

export const CSV_HEADER = [
  'id',
  'time',
  'status',
  'method',
  'url',
  'owner',
  'bucket',
  'action',
  'provider',
  'confidence',
  'reset_at',
  'reset_in_seconds',
  'reset_stated',
  'model',
  'size',
];

/**
 * A row as JSON.stringify would write it, built by hand for the row's fixed shape: no row object to allocate, and the
 * primary reset (the first of `resets`, as a rule) written once and copied. test/unit/classify-rows.test.ts holds it to
 * JSON.stringify's text on every fixture and on a generated log.
 */
export function jsonRow(u: SessionUnit, c: Classification): string {
  const reset = jsonValue(c.reset);
  // The primary reset is usually resets[0], the same object: its text is already written.
  const resets =
    Array.isArray(c.resets) && c.resets[0] === c.reset && reset !== undefined
      ? arrayText(c.resets, reset)
      : jsonValue(c.resets);
  return (
    `{"id":${arrayItem(u.id)}` +
    field('owner', c.owner) +
    field('action', c.action) +
    field('bucket', c.bucket) +
    field('provider', c.provider) +
    (reset === undefined ? '' : `,"reset":${reset}`) +
    (resets === undefined ? '' : `,"resets":${resets}`) +
    field('confidence', c.confidence) +
    field('reasons', c.reasons) +
    (u.time !== undefined ? `,"time":"${new Date(u.time).toISOString()}"` : '') +
    field('status', u.input.status) +
    (u.method ? field('method', u.method) : '') +
    (u.url ? field('url', u.url) : '') +
    (u.model ? field('model', u.model) : '') +
    (u.size ? field('size', u.size) : '') +
    '}'
  );
}

/** A string JSON.stringify writes as it is, between quotes: no quote, backslash, control character or surrogate. */
const VERBATIM = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** `,"name":value`, or nothing for a value JSON.stringify leaves out of an object. */
function field(name: string, v: unknown): string {
  const text = jsonValue(v);
  return text === undefined ? '' : `,"${name}":${text}`;
}

/** An array element: JSON.stringify writes null for what it leaves out of an object. */
const arrayItem = (v: unknown): string => jsonValue(v) ?? 'null';

/** An array's text; `first`, when given, is its first element's, already written. */
function arrayText(items: readonly unknown[], first?: string): string {
  let text = '[';
  for (let i = 0; i < items.length; i++)
    text += `${i ? ',' : ''}${i === 0 && first !== undefined ? first : arrayItem(items[i])}`;
  return `${text}]`;
}

/** JSON.stringify(v) for what rows hold (strings, numbers, booleans, plain objects and arrays); anything else to it. */
function jsonValue(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return VERBATIM.test(v) ? `"${v}"` : JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'undefined':
      return undefined;
    case 'object': {
      if (v === null) return 'null';
      if (Array.isArray(v)) return arrayText(v);
      if (Object.getPrototypeOf(v) !== Object.prototype || 'toJSON' in v) break;
      const o = v as Record<string, unknown>;
      let text = '';
      for (const key of Object.keys(o)) {
        const item = jsonValue(o[key]);
        if (item !== undefined) text += `${text ? ',' : ''}${jsonValue(key)}:${item}`;
      }
      return `{${text}}`;
    }
  }
  return JSON.stringify(v);
}

export function csvRow(u: SessionUnit, c: Classification): string {
  return [
    typeof u.id === 'number' ? u.id : String(u.id),
    u.time !== undefined ? new Date(u.time).toISOString() : undefined,
    u.input.status,
    u.method,
    u.url,
    c.owner,
    c.bucket,
    c.action,
    c.provider,
    c.confidence,
    c.reset?.at,
    c.reset?.inSeconds,
    c.reset?.stated,
    u.model,
    u.size,
  ]
    .map(csvField)
    .join(',');
}

export interface LineBatchOptions {
  format: 'jsonl' | 'csv';
  /** --now (ms): every unit seen then. */
  now?: number;
  /** The run's start (ms): when a unit states no time of its own. */
  runNow: number;
  timeZone?: string;
}

/**
 * A batch of lines as it crosses to a thread: one string and three typed arrays clone far cheaper than hundreds of
 * small objects.
 */
export interface LineBatch {
  seq: number;
  /** The units' texts, one after another. */
  text: string;
  /** Where each unit's text ends in `text`. */
  ends: Int32Array;
  /** Each unit's first line number. */
  numbers: Int32Array;
  /** 1 for an HTTP block, 0 for a line. */
  blocks: Uint8Array;
}

export function packLineBatch(seq: number, units: readonly LineUnit[]): LineBatch {
  const n = units.length;
  const batch: LineBatch = {
    seq,
    text: '',
    ends: new Int32Array(n),
    numbers: new Int32Array(n),
    blocks: new Uint8Array(n),
  };
  let end = 0;
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    end += u.text.length;
    batch.ends[i] = end;
    batch.numbers[i] = u.number;
    batch.blocks[i] = u.kind === 'block' ? 1 : 0;
  }
  batch.text = units.map((u) => u.text).join('');
  return batch;
}

export interface LineBatchResult {
  seq: number;
  /** The batch's rows, each ending in a newline. */
  rows: string;
  classified: number;
  quiet: number;
  binary: number;
  /** Line numbers of records that did not parse. */
  malformed: number[];
}

export function classifyLineBatch(batch: LineBatch, memo: MemoClassifier, options: LineBatchOptions): LineBatchResult {
  const result: LineBatchResult = { seq: batch.seq, rows: '', classified: 0, quiet: 0, binary: 0, malformed: [] };
  const rows: string[] = [];
  let start = 0;
  for (let i = 0; i < batch.ends.length; i++) {
    const end = batch.ends[i]!;
    const unit: LineUnit = {
      kind: batch.blocks[i] ? 'block' : 'line',
      text: batch.text.slice(start, end),
      number: batch.numbers[i]!,
      cutChars: 0,
    };
    start = end;
    const u = readLineUnit(unit);
    if (u === 'binary') result.binary++;
    else if (u === 'quiet') result.quiet++;
    else if (u === 'malformed') result.malformed.push(unit.number);
    else {
      const c = memo.classify(u.input, {
        now: new Date(options.now ?? u.time ?? options.runNow),
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      });
      result.classified++;
      rows.push(options.format === 'csv' ? csvRow(u, c) : jsonRow(u, c));
    }
  }
  if (rows.length) result.rows = `${rows.join('\n')}\n`;
  return result;
}
