/**
 * A whole session read for the "Import a session" page: the reader, the classifier, the summary and the redacted
 * rows in one pass over text chunks. Pure (runs in the page's worker and in unit tests); nothing it hands out
 * holds an unredacted value or a request body.
 */
import type { Classification, ClassifyInput } from '../domain/labels.ts';
import { isSensitiveHeader, maskHeaderValue } from '../export/redact.ts';
import type { HarReadProblem } from './har-entries.ts';
import type { DroppedSecret, SessionItem } from './har.ts';
import { SessionReader, type SessionStats, type SessionUnit } from './reader.ts';
import { classifyItem, toSessionRow, type SessionRow } from './rows.ts';
import { SessionSummarizer, type SessionSummary } from './summary.ts';

/** Rows handed to the page; the summary and time line still cover every unit. */
export const MAX_SESSION_ROWS = 2_000;

export interface SessionResult {
  stats: SessionStats;
  summary: SessionSummary;
  problem?: HarReadProblem;
  /** Units classified but not listed (past MAX_SESSION_ROWS). */
  rowsLeftOut: number;
}

/** A unit read from a line (a JSON Lines record or a log line) as an item, credential headers dropped. */
export function itemOfUnit(u: SessionUnit): SessionItem {
  if (u.item) return u.item;
  const input: ClassifyInput = u.input;
  const headers: Record<string, string> = {};
  const dropped: DroppedSecret[] = [];
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    const n = name.toLowerCase();
    if (isSensitiveHeader(n)) dropped.push({ field: `headers.${n}`, masked: maskHeaderValue(n, value) });
    else headers[n] = value.slice(0, 512);
  }
  return {
    index: typeof u.id === 'number' ? u.id : 0,
    ...(u.time !== undefined ? { time: u.time } : {}),
    ...(u.url ? { url: u.url } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    headers,
    body: input.text.slice(0, 64 * 1024),
    dropped,
  };
}

export class SessionAnalyzer {
  private readonly summarizer = new SessionSummarizer();
  private readonly reader: SessionReader;
  private pending: SessionRow[] = [];
  private rows = 0;
  private leftOut = 0;

  constructor(private readonly options: { now: number; timeZone?: string }) {
    this.reader = new SessionReader({
      onUnit: (u) => this.onUnit(u),
      onRequest: (r) => this.summarizer.addRequest(r),
    });
  }

  /** Feeds the next piece of text. */
  push(text: string): void {
    this.reader.push(text);
  }

  /** Rows classified since the last call, oldest first within the batch. */
  take(): SessionRow[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  get found(): number {
    return this.reader.stats.units;
  }

  finish(): SessionResult {
    const problem = this.reader.end();
    return {
      stats: this.reader.stats,
      summary: this.summarizer.result(),
      ...(problem ? { problem } : {}),
      rowsLeftOut: this.leftOut,
    };
  }

  private onUnit(u: SessionUnit): void {
    const item = itemOfUnit(u);
    const c: Classification = classifyItem(item, {
      now: this.options.now,
      ...(this.options.timeZone ? { timeZone: this.options.timeZone } : {}),
    });
    // A successful response listed for its rate-limit headers is not a stop: it counts for the time line only.
    if (!((item.status ?? 0) > 0 && (item.status ?? 0) < 400 && c.owner === 'unknown'))
      this.summarizer.add(u.id, c, u.time);
    if (this.rows >= MAX_SESSION_ROWS) {
      this.leftOut++;
      return;
    }
    this.rows++;
    this.pending.push(toSessionRow(item, c));
  }
}
