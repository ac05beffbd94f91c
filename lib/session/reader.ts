/**
 * Reads a whole session — a HAR file, JSON Lines, or a plain log with `curl -i` / `curl -v` blocks — from text
 * chunks into units for the classifier, with memory that does not grow with the input. The format is told from
 * the first characters. Shared by the command line (scripts/classify.ts) and the session page's worker.
 */
import type { ClassifyInput } from '../domain/labels.ts';
import { parsePasted, stripQuery } from '../evidence/parse-pasted.ts';
import type { Expectation } from '../classify/score.ts';
import { HarEntryReader, looksLikeHar, type HarReadProblem, type HarReadStats } from './har-entries.ts';
import { harEntryToItem, isSessionWorthy, type SessionItem } from './har.ts';
import { BlockGrouper, LineSplitter, type LineUnit } from './lines.ts';
import { classifyInputOf } from './rows.ts';

export interface SessionUnit {
  /** A record's own id, else its entry number (HAR) or first line number. */
  id: string | number;
  input: ClassifyInput;
  time?: number;
  method?: string;
  url?: string;
  model?: string;
  size?: string;
  count?: number;
  /** Labels to score against (JSON Lines records with `expect`), and whether to leave the record out of a score. */
  expect?: Expectation;
  unscored: boolean;
  /** The item as read (HAR entries and HTTP blocks), for redaction before anything is shown or stored. */
  item?: SessionItem;
}

export type SessionFormat = 'har' | 'lines';

export interface SessionStats {
  format?: SessionFormat;
  units: number;
  /** HAR entries read that were neither errors nor carried rate-limit headers. */
  uneventful: number;
  /** Log lines without a word or number a limit message has. */
  quietLines: number;
  /** Lines that started like a JSON record and did not parse. */
  malformed: number;
  /** Lines of binary junk (control characters, bytes that are not UTF-8). */
  binaryLines: number;
  /** Lines cut at the line cap. */
  cutLines: number;
  har?: HarReadStats;
  /** U+FFFD characters seen: bytes that were not UTF-8. */
  replacementChars: number;
}

/** Every request of a HAR (errors or not), for requests-per-minute figures. */
export interface SessionRequest {
  time?: number;
  host?: string;
  status: number;
  /** Stated limits from rate-limit headers, e.g. {requests: 500, images: 5}. */
  limits?: Record<string, number>;
}

export interface SessionReaderHooks {
  onUnit: (unit: SessionUnit) => void;
  onRequest?: (request: SessionRequest) => void;
  /** A line the reader left out and why (the command line reports these on stderr). */
  onSkip?: (line: number, why: 'malformed' | 'cut', detail?: number) => void;
  /**
   * Line-oriented input only: take each line or HTTP block as read, to turn into a unit elsewhere (the command
   * line's classifier threads call readLineUnit). onUnit is then called for HAR entries only.
   */
  onLineUnit?: (unit: LineUnit) => void;
}

/** What one line or HTTP block of line-oriented input is: a unit to classify, or why it was left out. */
export type LineUnitOutcome = SessionUnit | 'binary' | 'quiet' | 'malformed';

export function readLineUnit(unit: LineUnit): LineUnitOutcome {
  if (unit.kind === 'block') return blockToUnit(unit);
  const first = unit.text.charCodeAt(unit.text.search(/\S/));
  const jsonish = first === 0x7b || first === 0x5b;
  if (!jsonish && looksBinary(unit.text)) return 'binary';
  if (!jsonish && !SIGNAL.test(unit.text)) return 'quiet';
  return lineToUnit(unit.text, unit.number) ?? 'malformed';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A log line worth classifying: a limit word, an HTTP error status, or a script the English words cannot cover.
 * Conservative on purpose — a quiet line is one no rule of the classifier could act on.
 */
const SIGNAL = new RegExp(
  [
    'error|limit|quota|exceed|too many|rate|retry|try again|wait|reset|billing|credit|balance|insufficient|verif',
    'access|denied|forbidden|blocked|policy|safety|moderat|overload|capacity|unavailable|busy|throttl',
    String.raw`\b[45]\d\d\b`,
    String.raw`[^\x00-\x7f\ufffd]`,
  ].join('|'),
  'i',
);

const JUNK = /[\x00-\x08\x0e-\x1f\x7f\ufffd]/g;

/** A line of binary junk (a compressed or image file read as a log): one character in ten is a control or U+FFFD. */
function looksBinary(text: string): boolean {
  if (!/[\x00-\x08\x0e-\x1f\x7f\ufffd]/.test(text)) return false;
  return (text.match(JUNK)?.length ?? 0) * 10 > text.length;
}

const LOG_TIME = /^\s*\[?(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?)/;

/** A leading ISO-like timestamp of a log line; without a zone it is read in this machine's zone. */
export function logLineTime(text: string): number | undefined {
  const m = LOG_TIME.exec(text);
  if (!m) return undefined;
  const t = Date.parse(m[1]!.replace(' ', 'T').replace(',', '.'));
  return Number.isFinite(t) ? t : undefined;
}

function timeField(v: Record<string, unknown>): number | undefined {
  for (const key of ['time', 'timestamp', 'seenAt', 'ts', 'at']) {
    const x = v[key];
    if (typeof x === 'number' && Number.isFinite(x)) return x < 1e11 ? x * 1000 : x;
    if (typeof x === 'string') {
      const t = Date.parse(x);
      if (Number.isFinite(t)) return t;
    }
  }
  return undefined;
}

const RECORD_START = /^\s*\{\s*"(?:id|text|status|url|headers|locale|expect)"\s*:/;

/**
 * One JSON Lines record (`{text, status?, headers?, url?, locale?, id?, expect?}`), `{text: line}` for a line that
 * is not one, or undefined for a line that starts like a record and does not parse.
 */
export function lineToUnit(line: string, lineNo: number): SessionUnit | undefined {
  let value: unknown;
  const first = line.charCodeAt(line.search(/\S/));
  if (first === 0x7b || first === 0x5b) {
    try {
      value = JSON.parse(line);
    } catch {
      if (RECORD_START.test(line)) return undefined;
    }
  }
  if (!isObject(value) || typeof value.text !== 'string') {
    const time = logLineTime(line);
    return { id: lineNo, input: { text: line }, unscored: true, ...(time !== undefined ? { time } : {}) };
  }
  const input: ClassifyInput = { text: value.text };
  if (typeof value.status === 'number') input.status = value.status;
  if (isObject(value.headers)) input.headers = stringValues(value.headers);
  if (typeof value.url === 'string') input.url = value.url;
  if (typeof value.locale === 'string') input.locale = value.locale;
  const id = typeof value.id === 'string' || typeof value.id === 'number' ? value.id : lineNo;
  const time = timeField(value);
  return {
    id,
    input,
    ...(time !== undefined ? { time } : {}),
    ...(typeof value.url === 'string' ? { url: stripQuery(value.url) } : {}),
    ...(isObject(value.expect) ? { expect: value.expect as Expectation } : {}),
    unscored: Boolean(value.unscored), // true, or a reason why
  };
}

/**
 * Each value as a string, keys in their order: Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]))
 * without the pairs (a log's every line has headers). A "__proto__" key takes that path, to stay an own key.
 */
function stringValues(o: Record<string, unknown>): Record<string, string> {
  const keys = Object.keys(o);
  if (keys.includes('__proto__')) return Object.fromEntries(keys.map((k) => [k, String(o[k])]));
  const out: Record<string, string> = {};
  for (const k of keys) out[k] = String(o[k]);
  return out;
}

/** An HTTP block (curl -i, curl -v, a raw response) read as a paste would be. */
export function blockToUnit(block: LineUnit): SessionUnit {
  const parsed = parsePasted(block.text);
  const body = parsed.body || (parsed.status ? `HTTP ${parsed.status}` : '');
  const item: SessionItem = {
    index: block.number,
    ...(parsed.request ? { method: parsed.request.method, url: parsed.request.url } : {}),
    ...(parsed.status !== undefined ? { status: parsed.status } : {}),
    ...(parsed.statusText ? { statusText: parsed.statusText } : {}),
    headers: parsed.headers ?? {},
    body: body.slice(0, 64 * 1024),
    dropped: [],
  };
  const date = parsed.headers?.date ? Date.parse(parsed.headers.date) : NaN;
  const time = Number.isFinite(date) ? date : logLineTime(block.text);
  if (time !== undefined) item.time = time;
  return {
    id: block.number,
    input: {
      text: body,
      ...(parsed.status !== undefined ? { status: parsed.status } : {}),
      ...(parsed.headers && Object.keys(parsed.headers).length ? { headers: parsed.headers } : {}),
      ...(parsed.request ? { url: parsed.request.url } : {}),
    },
    ...(time !== undefined ? { time } : {}),
    ...(parsed.request ? { method: parsed.request.method, url: parsed.request.url } : {}),
    unscored: true,
    item,
  };
}

const LIMIT_HEADER = /^x-ratelimit-limit-(requests|tokens|images)$|^(x-ratelimit-limit)$/;

/** Stated limits from rate-limit headers: `x-ratelimit-limit-images: 5` → {images: 5}. */
export function statedLimits(headers: Record<string, string>): Record<string, number> | undefined {
  let out: Record<string, number> | undefined;
  for (const [name, value] of Object.entries(headers)) {
    const m = LIMIT_HEADER.exec(name);
    if (!m) continue;
    const n = Number.parseInt(value, 10);
    if (!Number.isFinite(n) || n < 0) continue;
    (out ??= {})[m[1] ?? 'requests'] = n;
  }
  return out;
}

export function harItemToUnit(item: SessionItem): SessionUnit {
  return {
    id: item.index,
    input: classifyInputOf(item),
    ...(item.time !== undefined ? { time: item.time } : {}),
    ...(item.method ? { method: item.method } : {}),
    ...(item.url ? { url: item.url } : {}),
    ...(item.model ? { model: item.model } : {}),
    ...(item.size ? { size: item.size } : {}),
    ...(item.count ? { count: item.count } : {}),
    unscored: true,
    item,
  };
}

/** Feeds text chunks; calls hooks.onUnit for each unit to classify, in input order. */
export class SessionReader {
  readonly stats: SessionStats = {
    units: 0,
    uneventful: 0,
    quietLines: 0,
    malformed: 0,
    binaryLines: 0,
    cutLines: 0,
    replacementChars: 0,
  };
  private head = '';
  private har: HarEntryReader | undefined;
  private lines: LineSplitter | undefined;
  private blocks: BlockGrouper | undefined;

  constructor(private readonly hooks: SessionReaderHooks) {}

  push(chunk: string): void {
    let i = chunk.indexOf('\ufffd');
    while (i !== -1) {
      this.stats.replacementChars++;
      i = chunk.indexOf('\ufffd', i + 1);
    }
    if (!this.stats.format) {
      this.head += chunk;
      // Decide once there is something to see (or at end()).
      if (this.head.trimStart().length < 16 && this.head.length < 4096) return;
      this.start();
      const buffered = this.head;
      this.head = '';
      this.feed(buffered);
      return;
    }
    this.feed(chunk);
  }

  /** The input ended; returns what went wrong reading a HAR, if anything. */
  end(): HarReadProblem | undefined {
    if (!this.stats.format) {
      this.start();
      const buffered = this.head;
      this.head = '';
      this.feed(buffered);
    }
    if (this.har) {
      this.stats.har = this.har.stats;
      return this.har.end();
    }
    this.lines?.end();
    this.blocks?.end();
    return undefined;
  }

  private start(): void {
    if (looksLikeHar(this.head)) {
      this.stats.format = 'har';
      this.har = new HarEntryReader((entry, index) => this.onHarEntry(entry, index + 1));
      this.stats.har = this.har.stats;
      return;
    }
    this.stats.format = 'lines';
    this.blocks = new BlockGrouper((unit) => this.onLineUnit(unit));
    this.lines = new LineSplitter((line) => {
      if (line.cutChars > 0) {
        this.stats.cutLines++;
        this.hooks.onSkip?.(line.number, 'cut', line.cutChars);
      }
      this.blocks!.push(line);
    });
  }

  private feed(text: string): void {
    if (this.har) this.har.push(text);
    else this.lines?.push(text);
  }

  private emit(unit: SessionUnit): void {
    this.stats.units++;
    this.hooks.onUnit(unit);
  }

  private onHarEntry(entry: unknown, index: number): void {
    const item = harEntryToItem(entry, index);
    if (!item) {
      this.stats.uneventful++;
      return;
    }
    if (this.hooks.onRequest) {
      let host: string | undefined;
      try {
        host = item.url ? new URL(item.url).host : undefined;
      } catch {
        host = undefined;
      }
      const limits = statedLimits(item.headers);
      this.hooks.onRequest({
        ...(item.time !== undefined ? { time: item.time } : {}),
        ...(host ? { host } : {}),
        status: item.status ?? 0,
        ...(limits ? { limits } : {}),
      });
    }
    if (!isSessionWorthy(item)) {
      this.stats.uneventful++;
      return;
    }
    this.emit(harItemToUnit(item));
  }

  private onLineUnit(unit: LineUnit): void {
    if (this.hooks.onLineUnit) {
      this.hooks.onLineUnit(unit);
      return;
    }
    const u = readLineUnit(unit);
    if (u === 'binary') this.stats.binaryLines++;
    else if (u === 'quiet') this.stats.quietLines++;
    else if (u === 'malformed') {
      this.stats.malformed++;
      this.hooks.onSkip?.(unit.number, 'malformed');
    } else this.emit(u);
  }
}
