/**
 * Export of 10,000 stops, timed in Node on the same generated records the popup figure uses. The export module
 * (lib/export/json.ts, `toExportJson`) is being written in parallel: when it is not there yet the figure is a
 * marked TODO, and the redaction pass that every export runs (lib/export/redact.ts, `redactRecord`) is timed on
 * its own as a lower bound. With the module present, both the redacted export (the UI default) and the plain one
 * are timed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { summarize, type Summary } from './stats.ts';

export interface ExportFigure {
  /** What was timed, or why not. */
  status: 'measured' | 'todo' | 'error';
  note: string;
  /** toExportJson with redaction on (the UI default). */
  ms?: Summary;
  bytes?: number;
  /** toExportJson with redaction off. */
  plainMs?: Summary;
  plainBytes?: number;
  /** redactRecord alone over every record (conversation ids masked too). */
  redactionMs?: Summary;
}

const EXPORT_MODULE = path.resolve('lib/export/json.ts');
const REDACT_MODULE = path.resolve('lib/export/redact.ts');

type AnyFn = (...args: unknown[]) => unknown;

async function timeIt(fn: () => unknown, reps: number): Promise<{ ms: Summary; last: unknown }> {
  let last: unknown = await fn(); // warm-up, not counted
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  return { ms: summarize(times), last };
}

export async function measureExport(records: StopRecord[], reps: number): Promise<ExportFigure> {
  const withIds = records.map((r, i) => ({ ...r, id: i + 1 }));
  let redactionMs: Summary | undefined;
  if (existsSync(REDACT_MODULE)) {
    try {
      const mod = (await import(pathToFileURL(REDACT_MODULE).href)) as { redactRecord?: AnyFn };
      if (typeof mod.redactRecord === 'function') {
        const redactRecord = mod.redactRecord;
        redactionMs = (await timeIt(() => withIds.map((r) => redactRecord(r, { conversationIds: false })), reps)).ms;
      }
    } catch {
      // Reported through the main status below.
    }
  }
  if (!existsSync(EXPORT_MODULE)) {
    return {
      status: 'todo',
      note: 'TODO: lib/export/json.ts (toExportJson) does not exist yet; re-run `npm run bench` once it lands.',
      ...(redactionMs ? { redactionMs } : {}),
    };
  }
  try {
    const mod = (await import(pathToFileURL(EXPORT_MODULE).href)) as { toExportJson?: AnyFn };
    const toExportJson = mod.toExportJson;
    if (typeof toExportJson !== 'function') {
      return {
        status: 'todo',
        note: 'TODO: lib/export/json.ts has no toExportJson export yet.',
        ...(redactionMs ? { redactionMs } : {}),
      };
    }
    const run = (redact: boolean) => () => {
      const out = toExportJson(withIds, { redact, conversationIds: false, now: Date.now(), appVersion: 'bench' });
      return typeof out === 'string' ? out : JSON.stringify(out);
    };
    const redacted = await timeIt(run(true), reps);
    const plain = await timeIt(run(false), reps);
    return {
      status: 'measured',
      note: 'toExportJson(records, { redact, now, appVersion }) in Node',
      ms: redacted.ms,
      bytes: Buffer.byteLength(String(redacted.last)),
      plainMs: plain.ms,
      plainBytes: Buffer.byteLength(String(plain.last)),
      ...(redactionMs ? { redactionMs } : {}),
    };
  } catch (error) {
    return {
      status: 'error',
      note: `toExportJson failed on the generated records: ${(error as Error).message.split('\n')[0]}`,
      ...(redactionMs ? { redactionMs } : {}),
    };
  }
}
