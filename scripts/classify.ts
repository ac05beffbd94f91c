/**
 * Classify limit messages from the command line: one message, a log of millions of lines, or a whole HAR file.
 *
 *   npm run classify -- FILE [--now ISO] [--tz ZONE] [--score] [--summary] [--format jsonl|csv] [--jobs N]
 *   some-command | npm run classify            (stdin when no FILE, or FILE is "-")
 *
 * Input, told apart by its first characters (lib/session/reader.ts):
 * - JSON Lines: each line a JSON object with `text` and optional `status`, `headers`, `url`, `locale`, `id`, `time`.
 *   A line that is not such a record (a raw error body, a log line, a Python-repr dict) is classified as
 *   `{text: line}`; a line that starts like a record but does not parse is reported on stderr and skipped.
 * - Plain logs and `curl -i` / `curl -v` output: one unit per HTTP response block, one per other line; log lines
 *   with no word or number a limit message has are counted and left out.
 * - A HAR file (DevTools → Network → "Save all as HAR"): every response with status >= 400, an error body, or
 *   rate-limit headers. Request bodies and credential headers are never read into the output.
 * The input is streamed: memory stays flat however large it is (a 50 MB line costs its first 1 MB).
 *
 * Prints one JSON line per unit: {id, owner, action, bucket, provider?, reset?, resets?, confidence, reasons,
 * time?, status?, method?, url?, model?, size?} (or CSV rows with --format csv).
 * --summary prints counts per owner, bucket and action, when each bucket first and last ran out, and the longest
 * stated wait, instead of the rows. --score compares with each line's `expect` (skipping `unscored` lines) and
 * prints only a report: the misses, then a four-line summary (owner, action, provider, reset).
 * --jobs N classifies on N threads (default 1: each more thread holds its own compiled patterns, ~45 MB, so the
 * second core is used when asked for; the output is the same, in the same order).
 */
import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { MemoClassifier, type MemoStats } from '../lib/classify/memo.ts';
import {
  SCORED_FIELDS,
  scoreAgainst,
  type FieldResult,
  type ScoredField,
} from '../lib/classify/score.ts';
import type { Classification } from '../lib/domain/labels.ts';
import { csvField } from '../lib/export/csv.ts';
import { MAX_LINE_CHARS } from '../lib/session/lines.ts';
import { SessionReader, type SessionUnit } from '../lib/session/reader.ts';
import { SessionSummarizer, renderSummaryText } from '../lib/session/summary.ts';
import type { ClassifyBatch } from './classify-worker.ts';

const USAGE = `usage: npm run classify -- [FILE | -] [--now ISO] [--tz ZONE] [--score] [--summary] [--format jsonl|csv] [--jobs N]
  FILE       JSON Lines ({text, status?, headers?, url?, locale?, id?, time?} a line), a plain log or curl -i/-v
             output, or a HAR file; stdin when absent or "-"
  --now      the moment the messages were seen (ISO 8601); clock times resolve from it. Without it, each
             message's own time (a HAR entry's, a record's "time", a log line's timestamp), else the run's start
  --tz       IANA time zone for clock times (default: this machine's)
  --score    compare with each line's "expect" labels and print accuracy and misses
  --summary  counts per owner, bucket and action; when each bucket first and last ran out; the longest stated wait
  --format   jsonl (default) or csv, for the rows
  --jobs     classifier threads (default 1; 2 uses a second core for ~45 MB more memory; same output, same order)
  --stats    also print throughput and peak memory on stderr (used by npm run bench)`;

interface Args {
  file?: string;
  now?: Date;
  timeZone?: string;
  score: boolean;
  summary: boolean;
  format: 'jsonl' | 'csv';
  jobs?: number;
  stats: boolean;
}

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { score: false, summary: false, format: 'jsonl', stats: false };
  const valueOf = (a: string, name: string, i: number): [string | undefined, number] =>
    a.includes('=') ? [a.slice(name.length + 1), i] : [argv[i + 1], i + 1];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const is = (name: string) => a === name || a.startsWith(`${name}=`);
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a === '--score') args.score = true;
    else if (a === '--summary') args.summary = true;
    else if (a === '--stats') args.stats = true;
    else if (is('--now')) {
      const [v, next] = valueOf(a, '--now', i);
      i = next;
      const d = v ? new Date(v) : undefined;
      if (!d || Number.isNaN(d.getTime())) usageError(`--now needs an ISO date, got ${JSON.stringify(v ?? '')}`);
      args.now = d;
    } else if (is('--tz')) {
      const [v, next] = valueOf(a, '--tz', i);
      i = next;
      try {
        new Intl.DateTimeFormat('en', { timeZone: v });
      } catch {
        usageError(`--tz needs an IANA time zone, got ${JSON.stringify(v ?? '')}`);
      }
      if (!v) usageError('--tz needs an IANA time zone');
      args.timeZone = v;
    } else if (is('--format')) {
      const [v, next] = valueOf(a, '--format', i);
      i = next;
      if (v !== 'jsonl' && v !== 'csv') usageError(`--format is jsonl or csv, got ${JSON.stringify(v ?? '')}`);
      args.format = v;
    } else if (is('--jobs')) {
      const [v, next] = valueOf(a, '--jobs', i);
      i = next;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 64) usageError(`--jobs needs a whole number from 1 to 64, got ${JSON.stringify(v ?? '')}`);
      args.jobs = n;
    } else if (a.startsWith('--')) usageError(`unknown option ${a}`);
    else if (args.file !== undefined) usageError(`only one input file, got ${a} too`);
    else args.file = a;
  }
  if (args.score && args.summary) usageError('--score and --summary are two different reports: pick one');
  return args;
}

// ── output ───────────────────────────────────────────────────────────────────────────────────────────────────

const CSV_HEADER = ['id', 'time', 'status', 'method', 'url', 'owner', 'bucket', 'action', 'provider', 'confidence', 'reset_at', 'reset_in_seconds', 'reset_stated', 'model', 'size'];

function jsonRow(u: SessionUnit, c: Classification): string {
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

function csvRow(u: SessionUnit, c: Classification): string {
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

/**
 * Buffered stdout: one write per ~64 KB, and a promise to wait on when the pipe is full. Each row is encoded into
 * the buffer as it comes, so its string dies young instead of living (and being copied by the collector) until a
 * flush.
 */
class Out {
  private static readonly SIZE = 64 * 1024;
  private buf = Buffer.allocUnsafeSlow(Out.SIZE);
  private size = 0;
  private drained: Promise<void> | undefined;

  line(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; +1 for the newline.
    const most = s.length * 3 + 1;
    if (this.size + most > Out.SIZE) this.flush();
    if (most > Out.SIZE) {
      this.write(Buffer.from(`${s}\n`));
      return;
    }
    this.size += this.buf.write(s, this.size, 'utf8');
    this.buf[this.size++] = 0x0a;
  }

  flush(): void {
    if (this.size === 0) return;
    const full = this.buf.subarray(0, this.size);
    // The stream may hold on to what it was given: the next rows go to a fresh buffer.
    this.buf = Buffer.allocUnsafeSlow(Out.SIZE);
    this.size = 0;
    this.write(full);
  }

  private write(bytes: Buffer): void {
    const ok = process.stdout.write(bytes);
    if (!ok && !this.drained) this.drained = new Promise((r) => process.stdout.once('drain', () => ((this.drained = undefined), r())));
  }

  get waiting(): Promise<void> | undefined {
    return this.drained;
  }
}

// ── classifier threads ───────────────────────────────────────────────────────────────────────────────────────

interface Classifier {
  /** Classifies a batch; results arrive through onResult in batch order. */
  submit(units: SessionUnit[], seen: number[]): void;
  /** How often the memo answered (inline only; threads keep their own). */
  memo?: () => MemoStats;
  inFlight(): number;
  close(): Promise<void>;
}

/**
 * Units per batch sent to a classifier thread (fewer, larger messages). Classified here, a unit goes out as soon
 * as it is read: a batch held back would only live through more young-generation collections and be copied.
 */
const THREAD_BATCH = 512;

function inlineClassifier(timeZone: string | undefined, onResult: (units: SessionUnit[], out: Classification[]) => void): Classifier {
  const memo = new MemoClassifier();
  return {
    submit(units, seen) {
      onResult(
        units,
        units.map((u, i) => memo.classify(u.input, { now: new Date(seen[i]!), ...(timeZone ? { timeZone } : {}) })),
      );
    },
    memo: () => memo.memoStats(),
    inFlight: () => 0,
    close: async () => {},
  };
}

/**
 * The classifier thread: the bundled worker next to the bundled CLI (npm run classify), or, when this file runs
 * as TypeScript under tsx, the worker's source with tsx registered inside the thread by a small bootstrap.
 */
function startClassifierThread(timeZone: string | undefined): Worker {
  // A small heap, as for the main thread (package.json's classify script): memory stays flat, GC runs more often.
  const resourceLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 3 };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./classify-worker.mjs', import.meta.url), { workerData: { timeZone }, resourceLimits });
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./classify-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { timeZone }, resourceLimits });
}

function threadClassifier(
  jobs: number,
  timeZone: string | undefined,
  onResult: (units: SessionUnit[], out: Classification[]) => void,
  onIdle: () => void,
): Classifier {
  const workers = Array.from({ length: jobs }, () => startClassifierThread(timeZone));
  const load = workers.map(() => 0);
  const pending = new Map<number, SessionUnit[]>();
  const done = new Map<number, Classification[]>();
  let nextSeq = 0;
  let nextOut = 0;
  for (const [w, worker] of workers.entries()) {
    worker.on('message', (m: { seq: number; out: Classification[] }) => {
      load[w]!--;
      done.set(m.seq, m.out);
      while (done.has(nextOut)) {
        const out = done.get(nextOut)!;
        done.delete(nextOut);
        const units = pending.get(nextOut)!;
        pending.delete(nextOut);
        nextOut++;
        onResult(units, out);
      }
      onIdle();
    });
    worker.on('error', (e) => {
      process.stderr.write(`classifier thread failed: ${e.message}\n`);
      process.exit(2);
    });
  }
  return {
    submit(units, seen) {
      const seq = nextSeq++;
      pending.set(seq, units);
      let w = 0;
      for (let i = 1; i < workers.length; i++) if (load[i]! < load[w]!) w = i;
      load[w]!++;
      const batch: ClassifyBatch = { seq, inputs: units.map((u) => u.input), seen };
      workers[w]!.postMessage(batch);
    },
    inFlight: () => pending.size,
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const runNow = Date.now();
  const fromStdin = args.file === undefined || args.file === '-';
  if (!fromStdin) {
    try {
      if (!statSync(args.file!).isFile()) usageError(`cannot read ${args.file}: not a file`);
    } catch (error) {
      usageError(`cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const jobs = Math.min(args.jobs ?? 1, Math.max(1, availableParallelism()));

  const out = new Out();
  const summary = args.summary ? new SessionSummarizer() : undefined;
  const tally = new Map<ScoredField, { ok: number; total: number }>(SCORED_FIELDS.map((f) => [f, { ok: 0, total: 0 }]));
  const misses: { id: string | number; result: FieldResult }[] = [];
  let scored = 0;
  let unscoredSkipped = 0;
  let classified = 0;
  if (args.format === 'csv' && !args.score && !args.summary) out.line(CSV_HEADER.join(','));

  const onResult = (units: SessionUnit[], results: Classification[]) => {
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      const c = results[i]!;
      classified++;
      if (args.score) {
        if (!u.expect || u.unscored) {
          unscoredSkipped++;
          continue;
        }
        scored++;
        for (const result of scoreAgainst(c, u.expect)) {
          const t = tally.get(result.field);
          if (!t) continue;
          t.total++;
          if (result.ok) t.ok++;
          else misses.push({ id: u.id, result });
        }
      } else if (summary) {
        // A successful response listed for its rate-limit headers is not a stop: it counts as a request only.
        const status = u.input.status ?? 0;
        if (!(status > 0 && status < 400 && c.owner === 'unknown')) summary.add(u.id, c, u.time);
      }
      else out.line(args.format === 'csv' ? csvRow(u, c) : jsonRow(u, c));
    }
  };

  let resume: (() => void) | undefined;
  const classifier =
    jobs > 1
      ? threadClassifier(jobs, args.timeZone, onResult, () => {
          if (resume && classifier.inFlight() < jobs * 3) {
            const r = resume;
            resume = undefined;
            r();
          }
        })
      : inlineClassifier(args.timeZone, onResult);

  const batchSize = jobs > 1 ? THREAD_BATCH : 1;
  let batch: SessionUnit[] = [];
  let seen: number[] = [];
  const submit = () => {
    if (!batch.length) return;
    classifier.submit(batch, seen);
    batch = [];
    seen = [];
  };
  const reader = new SessionReader({
    onUnit: (u) => {
      batch.push(u);
      seen.push(args.now?.getTime() ?? u.time ?? runNow);
      if (batch.length >= batchSize) submit();
    },
    onRequest: summary ? (r) => summary.addRequest(r) : undefined,
    onSkip: (line, why, detail) =>
      process.stderr.write(
        why === 'cut' ? `line ${line}: longer than ${MAX_LINE_CHARS} characters, cut there (${detail} left out)\n` : `line ${line}: malformed JSON, skipped\n`,
      ),
  });

  const input = fromStdin ? process.stdin : createReadStream(args.file!, { highWaterMark: 64 * 1024 });
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  let problem: ReturnType<SessionReader['end']>;
  try {
    for await (const chunk of input) {
      reader.push(decoder.decode(chunk as Buffer, { stream: true }));
      // Back-pressure: never more than a few batches in the threads, never a full pipe's worth buffered.
      if (classifier.inFlight() >= jobs * 3) await new Promise<void>((r) => (resume = r));
      const waiting = out.waiting;
      if (waiting) await waiting;
    }
    reader.push(decoder.decode());
    problem = reader.end();
    submit();
    while (classifier.inFlight() > 0) await new Promise<void>((r) => (resume = r));
  } catch (error) {
    process.stderr.write(`cannot read ${args.file ?? 'stdin'}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  } finally {
    await classifier.close();
  }

  const stats = reader.stats;
  const notes: string[] = [];
  if (stats.format === 'har') {
    const h = stats.har!;
    notes.push(`HAR: ${h.entries} entries read, ${stats.units} classified, ${stats.uneventful} without an error or rate-limit headers left out`);
    if (h.skipped) notes.push(`HAR: ${h.skipped} entries skipped (larger than the entry cap, or not valid JSON)`);
    if (h.cutStrings) notes.push(`HAR: ${h.cutStrings} long values (bodies, base64 content) read only in part`);
  } else if (stats.quietLines) notes.push(`${stats.quietLines} log lines without a limit word or error status left out`);
  if (stats.binaryLines) notes.push(`${stats.binaryLines} lines of binary content (not text) left out`);
  if (stats.cutLines) notes.push(`${stats.cutLines} lines longer than ${MAX_LINE_CHARS} characters were cut`);
  if (stats.replacementChars) notes.push(`${stats.replacementChars} characters were not UTF-8 and were replaced with U+FFFD`);
  for (const n of notes) process.stderr.write(`${n}\n`);
  if (problem === 'truncated') process.stderr.write(`warning: the HAR ends early (a cut download or copy?): the ${stats.units} entries before the cut were read\n`);
  else if (problem) {
    out.flush();
    process.stderr.write(
      problem === 'not-har' ? 'error: JSON without log.entries: not a HAR file\n' : `error: not a readable HAR file (${problem === 'not-json' ? 'not JSON' : 'malformed JSON'})\n`,
    );
    process.exitCode = 2;
  }

  if (args.stats) {
    // The whole process, every thread: on a shared machine this moves less than the wall time.
    const cpuSeconds = () => {
      const u = process.cpuUsage();
      return Math.round((u.user + u.system) / 1000) / 1000;
    };
    const seconds = (performance.now() - started) / 1000;
    const lines = stats.format === 'har' ? (stats.har?.entries ?? 0) : classified + stats.quietLines + stats.malformed + stats.binaryLines;
    process.stderr.write(
      `stats ${JSON.stringify({ jobs, units: classified, lines, seconds: Math.round(seconds * 1000) / 1000, linesPerSecond: Math.round(lines / seconds), cpuSeconds: cpuSeconds(), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), ...(classifier.memo ? { memo: classifier.memo() } : {}) })}\n`,
    );
  }

  if (summary) {
    out.line(renderSummaryText(summary.result()));
  } else if (args.score) {
    out.line(`scored ${scored} lines (${unscoredSkipped} unscored or unlabelled skipped)`);
    out.line(misses.length ? `misses (${misses.length}):` : 'misses: none');
    for (const { id, result } of misses) {
      const { field, got, expected } = result;
      out.line(`  ${id}  ${field}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
    }
    for (const field of SCORED_FIELDS) {
      const t = tally.get(field) ?? { ok: 0, total: 0 };
      const pct = t.total ? `${((100 * t.ok) / t.total).toFixed(1)}%` : 'n/a';
      out.line(`${field}: ${t.ok}/${t.total} (${pct})`);
    }
  }
  out.flush();
}

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

void main();
