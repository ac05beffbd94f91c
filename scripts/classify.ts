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
 * --jobs N classifies rows of line input (JSON Lines, logs) on N threads: this one reads, splits and classifies when
 * the others are busy; the output is the same, in the same order. Default 1: each more thread holds its own compiled
 * patterns (~40 MB), so the second core is used when asked for: --jobs 2, or --jobs auto (2 for a file of 64 MB or
 * more, on a machine with a second core). HAR files, --summary and --score run on one thread.
 */
import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MemoClassifier } from '../lib/classify/memo.ts';
import { SCORED_FIELDS, scoreAgainst, type FieldResult, type ScoredField } from '../lib/classify/score.ts';
import { MAX_LINE_CHARS, type LineUnit } from '../lib/session/lines.ts';
import { SessionReader, type SessionUnit } from '../lib/session/reader.ts';
import { SessionSummarizer, renderSummaryText } from '../lib/session/summary.ts';
import { parseArgs, usageError } from './classify-args.ts';
import { Out } from './classify-output.ts';
import { CSV_HEADER, csvRow, jsonRow } from './classify-rows.ts';
import { ParallelLines, THREAD_BATCH } from './classify-threads.ts';

/** --jobs auto uses the second core from this input size on. */
const AUTO_JOBS_BYTES = 64 * 1024 * 1024;

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
  // --jobs auto: the second core for a large file (the output is the same; memory is not: see USAGE).
  const requested =
    args.jobs === 'auto' ? (!fromStdin && statSync(args.file!).size >= AUTO_JOBS_BYTES ? 2 : 1) : (args.jobs ?? 1);
  const jobs = Math.min(requested, Math.max(1, availableParallelism()));

  const out = new Out();
  const summary = args.summary ? new SessionSummarizer() : undefined;
  const tally = new Map<ScoredField, { ok: number; total: number }>(SCORED_FIELDS.map((f) => [f, { ok: 0, total: 0 }]));
  const misses: { id: string | number; result: FieldResult }[] = [];
  let scored = 0;
  let unscoredSkipped = 0;
  let classified = 0;
  if (args.format === 'csv' && !args.score && !args.summary) out.line(CSV_HEADER.join(','));

  const memo = new MemoClassifier();
  const zone = args.timeZone ? { timeZone: args.timeZone } : {};
  const onUnit = (u: SessionUnit) => {
    const c = memo.classify(u.input, { now: new Date(args.now?.getTime() ?? u.time ?? runNow), ...zone });
    classified++;
    if (args.score) {
      if (!u.expect || u.unscored) {
        unscoredSkipped++;
        return;
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
    } else out.line(args.format === 'csv' ? csvRow(u, c) : jsonRow(u, c));
  };

  // Rows of line input on more than one thread; reports and HAR files stay on this one.
  let resume: (() => void) | undefined;
  const wake = () => {
    const r = resume;
    resume = undefined;
    r?.();
  };
  const parallel =
    jobs > 1 && !args.score && !args.summary
      ? new ParallelLines(
          jobs - 1,
          { format: args.format, ...(args.now ? { now: args.now.getTime() } : {}), runNow, ...zone },
          out,
          wake,
        )
      : undefined;
  let lineBatch: LineUnit[] = [];
  const submitLines = () => {
    if (!parallel || !lineBatch.length) return;
    parallel.submit(lineBatch);
    lineBatch = [];
  };
  const reader = new SessionReader({
    onUnit,
    onRequest: summary ? (r) => summary.addRequest(r) : undefined,
    onSkip: (line, why, detail) =>
      process.stderr.write(
        why === 'cut'
          ? `line ${line}: longer than ${MAX_LINE_CHARS} characters, cut there (${detail} left out)\n`
          : `line ${line}: malformed JSON, skipped\n`,
      ),
    ...(parallel
      ? {
          onLineUnit: (unit: LineUnit) => {
            lineBatch.push(unit);
            if (lineBatch.length >= THREAD_BATCH) submitLines();
          },
        }
      : {}),
  });

  const input = fromStdin ? process.stdin : createReadStream(args.file!, { highWaterMark: 64 * 1024 });
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  let problem: ReturnType<SessionReader['end']>;
  try {
    for await (const chunk of input) {
      reader.push(decoder.decode(chunk as Buffer, { stream: true }));
      // Back-pressure: never more than a few batches in the threads, never a full pipe's worth buffered.
      while (parallel && parallel.pending() >= jobs * 2) await new Promise<void>((r) => (resume = r));
      const waiting = out.waiting;
      if (waiting) await waiting;
    }
    reader.push(decoder.decode());
    problem = reader.end();
    submitLines();
    while (parallel && parallel.pending() > 0) await new Promise<void>((r) => (resume = r));
  } catch (error) {
    process.stderr.write(
      `cannot read ${args.file ?? 'stdin'}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  } finally {
    await parallel?.close();
  }

  const stats = reader.stats;
  if (parallel) {
    const n = parallel.counts;
    classified += n.classified;
    stats.units += n.classified;
    stats.quietLines += n.quiet;
    stats.binaryLines += n.binary;
    stats.malformed += n.malformed;
  }
  const notes: string[] = [];
  if (stats.format === 'har') {
    const h = stats.har!;
    notes.push(
      `HAR: ${h.entries} entries read, ${stats.units} classified, ${stats.uneventful} without an error or rate-limit headers left out`,
    );
    if (h.skipped) notes.push(`HAR: ${h.skipped} entries skipped (larger than the entry cap, or not valid JSON)`);
    if (h.cutStrings) notes.push(`HAR: ${h.cutStrings} long values (bodies, base64 content) read only in part`);
  } else if (stats.quietLines)
    notes.push(`${stats.quietLines} log lines without a limit word or error status left out`);
  if (stats.binaryLines) notes.push(`${stats.binaryLines} lines of binary content (not text) left out`);
  if (stats.cutLines) notes.push(`${stats.cutLines} lines longer than ${MAX_LINE_CHARS} characters were cut`);
  if (stats.replacementChars)
    notes.push(`${stats.replacementChars} characters were not UTF-8 and were replaced with U+FFFD`);
  for (const n of notes) process.stderr.write(`${n}\n`);
  if (problem === 'truncated')
    process.stderr.write(
      `warning: the HAR ends early (a cut download or copy?): the ${stats.units} entries before the cut were read\n`,
    );
  else if (problem) {
    out.flush();
    process.stderr.write(
      problem === 'not-har'
        ? 'error: JSON without log.entries: not a HAR file\n'
        : `error: not a readable HAR file (${problem === 'not-json' ? 'not JSON' : 'malformed JSON'})\n`,
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
    const lines =
      stats.format === 'har'
        ? (stats.har?.entries ?? 0)
        : classified + stats.quietLines + stats.malformed + stats.binaryLines;
    const runStats = {
      jobs,
      units: classified,
      lines,
      seconds: Math.round(seconds * 1000) / 1000,
      linesPerSecond: Math.round(lines / seconds),
      cpuSeconds: cpuSeconds(),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      memo: (parallel?.memo ?? memo).memoStats(),
    };
    process.stderr.write(`stats ${JSON.stringify(runStats)}\n`);
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
