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

export function jsonRow(u: SessionUnit, c: Classification): string {
  const { owner, action, bucket, provider, reset, resets, confidence, reasons } = c;
  const row = {
    id: u.id,
    owner,
    action,
    bucket,
    provider,
    reset,
    resets,
    confidence,
    reasons,
    ...(u.time !== undefined ? { time: new Date(u.time).toISOString() } : {}),
    ...(u.input.status !== undefined ? { status: u.input.status } : {}),
    ...(u.method ? { method: u.method } : {}),
    ...(u.url ? { url: u.url } : {}),
    ...(u.model ? { model: u.model } : {}),
    ...(u.size ? { size: u.size } : {}),
  };
  return JSON.stringify(row);
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
