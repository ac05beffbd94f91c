/**
 * Classify limit messages from the command line.
 *
 *   npm run classify -- FILE.jsonl [--now ISO] [--tz ZONE] [--score]
 *   some-command | npm run classify            (stdin when no FILE, or FILE is "-")
 *
 * Each input line is a JSON object with `text` and optional `status`, `headers`, `url`, `locale`, `id`. A line that
 * is not such a record (a raw error body, a log line, a Python-repr dict) is classified as `{text: line}`. A line
 * that starts like a record but does not parse is reported on stderr with its number and skipped.
 * Prints one JSON line per input: {id, owner, action, bucket, provider?, reset?, resets?, confidence, reasons}.
 * --score compares with each line's `expect` (skipping `unscored` lines) and prints only a report: the misses, then
 * a four-line summary (owner, action, provider, reset).
 */
import { readFileSync } from 'node:fs';
import { classify, type ClassifyOptions } from '../lib/classify/index.ts';
import {
  SCORED_FIELDS,
  scoreAgainst,
  type Expectation,
  type FieldResult,
  type ScoredField,
} from '../lib/classify/score.ts';
import type { ClassifyInput } from '../lib/domain/labels.ts';

const MAX_LINE_CHARS = 1024 * 1024;

const USAGE = `usage: npm run classify -- [FILE.jsonl | -] [--now ISO] [--tz ZONE] [--score]
  FILE   one JSON object a line ({text, status?, headers?, url?, locale?, id?}); stdin when absent or "-"
  --now  the moment the messages were seen (ISO 8601); clock times resolve from it
  --tz   IANA time zone for clock times (default: this machine's)
  --score  compare with each line's "expect" labels and print accuracy and misses`;

interface Args {
  file?: string;
  now?: Date;
  timeZone?: string;
  score: boolean;
}

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { score: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a === '--score') args.score = true;
    else if (a === '--now' || a.startsWith('--now=')) {
      const v = a.includes('=') ? a.slice(6) : argv[++i];
      const d = v ? new Date(v) : undefined;
      if (!d || Number.isNaN(d.getTime())) usageError(`--now needs an ISO date, got ${JSON.stringify(v ?? '')}`);
      args.now = d;
    } else if (a === '--tz' || a.startsWith('--tz=')) {
      const v = a.includes('=') ? a.slice(5) : argv[++i];
      try {
        new Intl.DateTimeFormat('en', { timeZone: v });
      } catch {
        usageError(`--tz needs an IANA time zone, got ${JSON.stringify(v ?? '')}`);
      }
      if (!v) usageError('--tz needs an IANA time zone');
      args.timeZone = v;
    } else if (a.startsWith('--')) usageError(`unknown option ${a}`);
    else if (args.file !== undefined) usageError(`only one input file, got ${a} too`);
    else args.file = a;
  }
  return args;
}

function readInput(file: string | undefined): string {
  try {
    return readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    usageError(`cannot read ${file ?? 'stdin'}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface Record_ {
  id: string | number;
  input: ClassifyInput;
  expect?: Expectation;
  unscored: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record, `{text: line}` for anything that is not one, or undefined for a malformed record. */
function toRecord(line: string, lineNo: number): Record_ | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    if (/^\s*\{\s*"(?:id|text|status|url|headers|locale|expect)"\s*:/.test(line)) return undefined;
    return { id: lineNo, input: { text: line }, unscored: true };
  }
  if (!isObject(value) || typeof value.text !== 'string') return { id: lineNo, input: { text: line }, unscored: true };
  const input: ClassifyInput = { text: value.text };
  if (typeof value.status === 'number') input.status = value.status;
  if (isObject(value.headers)) {
    input.headers = Object.fromEntries(Object.entries(value.headers).map(([k, v]) => [k, String(v)]));
  }
  if (typeof value.url === 'string') input.url = value.url;
  if (typeof value.locale === 'string') input.locale = value.locale;
  const id = typeof value.id === 'string' || typeof value.id === 'number' ? value.id : lineNo;
  return {
    id,
    input,
    ...(isObject(value.expect) ? { expect: value.expect as Expectation } : {}),
    unscored: Boolean(value.unscored), // true, or a reason why
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const options: ClassifyOptions = {
    ...(args.now ? { now: args.now } : {}),
    ...(args.timeZone ? { timeZone: args.timeZone } : {}),
  };
  const lines = readInput(args.file).split(/\r?\n/);
  const tally = new Map<ScoredField, { ok: number; total: number }>(SCORED_FIELDS.map((f) => [f, { ok: 0, total: 0 }]));
  const misses: { id: string | number; result: FieldResult }[] = [];
  let scored = 0;
  let skipped = 0;

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    let line = raw;
    if (!line.trim()) return;
    if (line.length > MAX_LINE_CHARS) {
      process.stderr.write(`line ${lineNo}: longer than ${MAX_LINE_CHARS} characters, cut there\n`);
      line = line.slice(0, MAX_LINE_CHARS);
    }
    const record = toRecord(line, lineNo);
    if (!record) {
      process.stderr.write(`line ${lineNo}: malformed JSON, skipped\n`);
      return;
    }
    const c = classify(record.input, options);
    if (!args.score) {
      const { owner, action, bucket, provider, reset, resets, confidence, reasons } = c;
      const line = { id: record.id, owner, action, bucket, provider, reset, resets, confidence, reasons };
      process.stdout.write(`${JSON.stringify(line)}\n`);
      return;
    }
    if (!record.expect || record.unscored) {
      skipped++;
      return;
    }
    scored++;
    for (const result of scoreAgainst(c, record.expect)) {
      const t = tally.get(result.field);
      if (!t) continue;
      t.total++;
      if (result.ok) t.ok++;
      else misses.push({ id: record.id, result });
    }
  });

  if (!args.score) return;
  const out: string[] = [`scored ${scored} lines (${skipped} unscored or unlabelled skipped)`];
  out.push(misses.length ? `misses (${misses.length}):` : 'misses: none');
  for (const { id, result } of misses) {
    const { field, got, expected } = result;
    out.push(`  ${id}  ${field}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  }
  for (const field of SCORED_FIELDS) {
    const t = tally.get(field) ?? { ok: 0, total: 0 };
    const pct = t.total ? `${((100 * t.ok) / t.total).toFixed(1)}%` : 'n/a';
    out.push(`${field}: ${t.ok}/${t.total} (${pct})`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
