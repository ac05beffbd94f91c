/**
 * The command-line classifier's throughput and memory, side by side with a plain JSON.parse pass over the same
 * input in the same run (ratios, lines a second, peak resident memory of each process). Reported, not judged:
 * the machine is shared and the figures move with its load.
 *
 * Inputs, generated into a temp folder (nothing is read from outside the repository):
 * - JSON Lines, an API error log (test/bench/api-log.ts): the same few API errors with what varies in real logs
 *   varying (request ids in headers and text, stated waits to the millisecond, reset headers), the labelled
 *   fixtures mixed in; about one line in five has a text not seen before. The judged row.
 * - JSON Lines, the labelled fixtures repeated to N lines, each with its own id and time (the first bench's
 *   input, kept as a row: only 192 distinct texts, so it shows the memo at its best);
 * - a HAR of lines / 10 entries, where one entry in 500 carries a 512 KB base64 image body;
 * - with `big` (npm run bench, npm run bench:cli at 1 M lines), the API log written again and again to ~1 GB: peak
 *   memory as the input grows, beside the same JSON.parse pass.
 * Each run also reports its CPU time (all threads): on a machine shared with other work, lines per CPU second
 * move less than lines per second of wall time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { apiLogRecord, fixtureRecord, loadFixtures } from './api-log.ts';

export interface CliRun {
  label: string;
  seconds: number;
  linesPerSecond: number;
  /** User + system CPU time of the process, all threads. */
  cpuSeconds: number;
  peakRssMB: number;
  /** Memo hits among the lines classified (the CLI on one thread). */
  memoHitRate?: number;
}

export interface JsonlRows {
  parse: CliRun;
  one: CliRun;
  two: CliRun;
}

export interface CliBenchResults {
  lines: number;
  jsonlBytes: number;
  harEntries: number;
  harBytes: number;
  jsonlBytes2: number;
  /** The API error log: the judged row. */
  jsonl: JsonlRows;
  /** The labelled fixtures repeated (the first bench's input). */
  fixtures: JsonlRows;
  har: { parse: CliRun; cli: CliRun };
  /** The API error log repeated to about 1 GB: memory as the input grows (full runs only). */
  big?: { bytes: number; lines: number; parse: CliRun; one: CliRun };
  cpus: number;
  loadAvg: string;
}

const PLAIN_PASS = `
const fs = require('node:fs');
const file = process.argv[1];
const mode = process.argv[2];
const t0 = performance.now();
let n = 0;
if (mode === 'whole') {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  n = doc.log.entries.length;
  done();
} else {
  let rest = '';
  const dec = new TextDecoder();
  const s = fs.createReadStream(file, { highWaterMark: 64 * 1024 });
  s.on('data', (chunk) => {
    const text = rest + dec.decode(chunk, { stream: true });
    let from = 0;
    for (let nl = text.indexOf('\\n'); nl !== -1; nl = text.indexOf('\\n', from)) {
      if (nl > from) { JSON.parse(text.slice(from, nl)); n++; }
      from = nl + 1;
    }
    rest = text.slice(from);
  });
  s.on('end', () => { if (rest.trim()) { JSON.parse(rest); n++; } done(); });
}
function done() {
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage();
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const stats = { lines: n, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMB };
  process.stderr.write('stats ' + JSON.stringify(stats) + '\\n');
}
`;

function statsOf(stderr: string, label: string): CliRun {
  const line = stderr.split('\n').find((l) => l.startsWith('stats '));
  if (!line) throw new Error(`${label}: no stats line in its output:\n${stderr.slice(-2000)}`);
  const s = JSON.parse(line.slice(6)) as {
    lines: number;
    units?: number;
    seconds: number;
    cpuSeconds: number;
    peakRssMB: number;
    memo?: { hits: number };
  };
  return {
    label,
    seconds: s.seconds,
    linesPerSecond: s.lines / s.seconds,
    cpuSeconds: s.cpuSeconds,
    peakRssMB: s.peakRssMB,
    ...(s.memo && s.units ? { memoHitRate: s.memo.hits / s.units } : {}),
  };
}

function plainPass(file: string, mode: 'lines' | 'whole', label: string): CliRun {
  const r = spawnSync(process.execPath, ['-e', PLAIN_PASS, file, mode], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  // JSON.parse of a whole file cannot go past the largest string V8 holds (~512 M characters): reported, not fatal.
  if (r.status !== 0) {
    if (mode === 'whole')
      return {
        label: `${label} (failed: ${(r.stderr.match(/Error[^\n]*/) ?? ['out of memory'])[0]})`,
        seconds: NaN,
        linesPerSecond: NaN,
        cpuSeconds: NaN,
        peakRssMB: NaN,
      };
    throw new Error(`${label} failed: ${r.stderr}`);
  }
  return statsOf(r.stderr, label);
}

function cliRun(file: string, args: string[], label: string): CliRun {
  // As a user runs it (npm run classify, with its Node flags), rows to /dev/null.
  const r = spawnSync('npm', ['run', '-s', 'classify', '--', file, '--stats', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
  return statsOf(r.stderr, label);
}

async function writeLines(file: string, lines: number, record: typeof apiLogRecord): Promise<void> {
  const fixtures = loadFixtures();
  const out = createWriteStream(file);
  for (let i = 0; i < lines; i++) {
    if (!out.write(`${JSON.stringify(record(i, fixtures))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function writeHar(file: string, entries: number): Promise<void> {
  const out = createWriteStream(file);
  const image = 'iVBORw0KGgo'.repeat(48 * 1024); // ~512 KB of base64
  const t0 = Date.UTC(2026, 10, 30, 8);
  out.write('{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"entries":[\n');
  for (let i = 0; i < entries; i++) {
    const limited = i % 7 === 6;
    const body = limited
      ? JSON.stringify({
          error: {
            message:
              'Rate limit reached for gpt-image-2 in organization org-Lt7QmZ3xY8aBcD9eFgH1 on images per minute ' +
              '(IPM): Limit 5, Used 5, Requested 1. Please try again in 12s.',
            code: 'rate_limit_exceeded',
          },
        })
      : JSON.stringify({ created: 1, data: [{ b64_json: i % 500 === 0 ? image : 'iVBORw0KGgo=' }] });
    const entry = {
      startedDateTime: new Date(t0 + i * 200).toISOString(),
      time: 120,
      request: {
        method: 'POST',
        url: 'https://api.openai.com/v1/images/generations',
        httpVersion: 'HTTP/2',
        headers: [{ name: 'authorization', value: 'Bearer sk-proj-Hx7Qm2Lp9Tz4Wv6Yb1Nc3Rd5Fg8Jk0Ma2Sb4Uc6We8' }],
        cookies: [],
        postData: {
          mimeType: 'application/json',
          text: '{"model":"gpt-image-2","prompt":"a lighthouse","size":"1024x1024"}',
        },
      },
      response: {
        status: limited ? 429 : 200,
        statusText: '',
        httpVersion: 'HTTP/2',
        headers: [
          { name: 'x-ratelimit-limit-images', value: '5' },
          { name: 'x-ratelimit-remaining-images', value: limited ? '0' : '3' },
        ],
        cookies: [],
        content: { size: body.length, mimeType: 'application/json', text: body },
      },
      cache: {},
      timings: { send: 0, wait: 100, receive: 20 },
    };
    if (!out.write(`${i ? ',' : ''}${JSON.stringify(entry)}\n`)) await once(out, 'drain');
  }
  out.write(']}}\n');
  out.end();
  await once(out, 'finish');
}

function jsonlRows(file: string, name: string, log: (m: string) => void): JsonlRows {
  log(`cli bench: ${name}: JSON.parse pass`);
  const parse = plainPass(file, 'lines', 'JSON.parse, line by line');
  log(`cli bench: ${name}: classify, 1 thread`);
  const one = cliRun(file, ['--jobs', '1'], 'npm run classify --jobs 1');
  log(`cli bench: ${name}: classify, 2 threads`);
  const two = cliRun(file, ['--jobs', '2'], 'npm run classify --jobs 2');
  return { parse, one, two };
}

/** The big input: the API log written again and again to at least this many bytes. */
export const BIG_BYTES = 1024 * 1024 * 1024;

async function writeRepeated(from: string, to: string, atLeast: number): Promise<number> {
  const size = statSync(from).size;
  const copies = Math.max(1, Math.ceil(atLeast / size));
  const out = createWriteStream(to);
  for (let i = 0; i < copies; i++) {
    for await (const chunk of createReadStream(from)) if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return copies;
}

export async function measureCli(opts: {
  lines: number;
  /** Also classify the API log repeated to about 1 GB (peak memory as the input grows). */
  big?: boolean;
  log?: (m: string) => void;
}): Promise<CliBenchResults> {
  const log = opts.log ?? (() => {});
  const dir = mkdtempSync(path.join(tmpdir(), 'limit-lens-cli-bench-'));
  try {
    const apiLog = path.join(dir, 'api-log.jsonl');
    const repeated = path.join(dir, 'fixtures.jsonl');
    const har = path.join(dir, 'session.har');
    const harEntries = Math.max(1_000, Math.round(opts.lines / 10));
    log(
      `cli bench: writing twice ${opts.lines.toLocaleString('en')} JSON lines and a HAR of ${harEntries.toLocaleString('en')} entries`,
    );
    await writeLines(apiLog, opts.lines, apiLogRecord);
    await writeLines(repeated, opts.lines, fixtureRecord);
    await writeHar(har, harEntries);
    // Builds the bundle once, so the first timed run does not pay for it alone.
    execFileSync('npm', ['run', '-s', 'classify', '--', '--help'], { stdio: 'ignore' });
    const jsonl = jsonlRows(apiLog, 'API error log', log);
    const fixtures = jsonlRows(repeated, 'fixtures repeated', log);
    log('cli bench: HAR, JSON.parse of the whole file, then the streaming reader');
    const harParse = plainPass(har, 'whole', 'JSON.parse, whole file');
    const jsonlBytes2 = statSync(repeated).size;
    const harBytes = statSync(har).size;
    const harCli = cliRun(har, ['--jobs', '1', '--summary'], 'npm run classify --summary');
    let big: CliBenchResults['big'];
    if (opts.big) {
      const bigFile = path.join(dir, 'api-log-big.jsonl');
      rmSync(repeated);
      rmSync(har);
      const copies = await writeRepeated(apiLog, bigFile, BIG_BYTES);
      log(
        `cli bench: the API log ${copies} times over (${mb(statSync(bigFile).size)}): JSON.parse pass, then classify`,
      );
      big = {
        bytes: statSync(bigFile).size,
        lines: opts.lines * copies,
        parse: plainPass(bigFile, 'lines', 'JSON.parse, line by line'),
        one: cliRun(bigFile, ['--jobs', '1'], 'npm run classify --jobs 1'),
      };
      rmSync(bigFile);
    }
    return {
      lines: opts.lines,
      jsonlBytes: statSync(apiLog).size,
      jsonlBytes2,
      harEntries,
      harBytes,
      jsonl,
      fixtures,
      har: { parse: harParse, cli: harCli },
      ...(big ? { big } : {}),
      cpus: cpus().length,
      loadAvg: loadavg()
        .map((x) => x.toFixed(2))
        .join(' / '),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const n0 = (x: number) => Math.round(x).toLocaleString('en');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export function renderCliSection(r: CliBenchResults, command: string): string {
  const row = (run: CliRun, base: CliRun) => {
    const perCpuSecond = n0((run.linesPerSecond * run.seconds) / run.cpuSeconds);
    const ratio = `${(base.seconds / run.seconds).toFixed(2)}×`;
    return (
      `| ${run.label} | ${n0(run.linesPerSecond)} | ${run.seconds.toFixed(1)} s | ${ratio} | ` +
      `${run.cpuSeconds.toFixed(1)} s | ${perCpuSecond} | ${run.peakRssMB} MB |`
    );
  };
  const table = (rows: Pick<JsonlRows, 'parse' | 'one'> & { two?: CliRun }) => [
    '| run | lines/s | time | vs JSON.parse | CPU time | lines per CPU second | peak memory |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row(rows.parse, rows.parse),
    row(rows.one, rows.parse),
    ...(rows.two ? [row(rows.two, rows.parse)] : []),
  ];
  const memo = (rows: JsonlRows) =>
    rows.one.memoHitRate !== undefined
      ? ` The memo answered ${(100 * rows.one.memoHitRate).toFixed(1)} % of lines on one thread.`
      : '';
  return [
    '## Command-line classifier (reported, not judged)',
    '',
    `Measured with \`${command}\` on ${r.cpus} cores (load average after: ${r.loadAvg}). Every process is timed from its`,
    'own start to its end; peak memory is the process\'s maximum resident set (worker threads included). "vs JSON.parse"',
    "is the plain pass's time divided by the row's: the share of a bare parse's speed the classifier keeps. CPU time",
    'counts every thread of the process; on a shared machine, lines per CPU second move less than lines per second.',
    '',
    `JSON Lines, an API error log: ${n0(r.lines)} lines, ${mb(r.jsonlBytes)} (test/bench/api-log.ts: OpenAI IPM and TPM 429s with`,
    'their stated waits, insufficient_quota, 500s with request ids in the text, Azure and Google 429s, safety rejections,',
    `and the labelled fixtures; about one line in five has a text not seen before).${memo(r.jsonl)}`,
    '',
    ...table(r.jsonl),
    '',
    `JSON Lines, the labelled fixtures repeated: ${n0(r.lines)} lines, ${mb(r.jsonlBytes2)} (192 distinct texts, each line its own id`,
    `and time: the first bench's input).${memo(r.fixtures)}`,
    '',
    ...table(r.fixtures),
    '',
    `HAR: ${n0(r.harEntries)} entries, ${mb(r.harBytes)} (one entry in 500 carries a 512 KB base64 image). JSON.parse must hold the`,
    'whole file; the streaming reader holds one entry, its strings cut to 64 KB.',
    '',
    '| run | entries/s | time | vs JSON.parse | CPU time | entries per CPU second | peak memory |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row(r.har.parse, r.har.parse),
    row(r.har.cli, r.har.parse),
    ...(r.big
      ? [
          '',
          `Memory as the input grows: the API error log ${n0(r.big.lines / r.lines)} times over, ` +
            `${n0(r.big.lines)} lines, ${mb(r.big.bytes)} (peak resident memory ${r.jsonl.one.peakRssMB} MB at ` +
            `${n0(r.lines)} lines, ${r.big.one.peakRssMB} MB at ${mb(r.big.bytes)}, one thread).`,
          '',
          table({ parse: r.big.parse, one: r.big.one }).join('\n'),
        ]
      : []),
  ].join('\n');
}

/**
 * The hook `npm run bench` calls after writing its report: measures the command line (1 M lines, or 10 k for the
 * smoke run) and appends this section to the report. Failing here fails the bench only when the harness breaks.
 */
export async function appendCliBench(out: string, smoke: boolean, log: (m: string) => void): Promise<void> {
  const lines = smoke ? 10_000 : 1_000_000;
  const results = await measureCli({ lines, big: !smoke, log });
  const section = renderCliSection(results, smoke ? 'npm run bench:smoke' : 'npm run bench');
  appendFileSync(out, `\n${section}\n`);
  const j = results.jsonl;
  console.log(
    `\ncommand line, ${lines.toLocaleString('en')} JSON lines (API error log): ` +
      `${n0(j.one.linesPerSecond)} lines/s on 1 thread (${j.one.peakRssMB} MB), ` +
      `${n0(j.two.linesPerSecond)} on 2 (${j.two.peakRssMB} MB); ` +
      `JSON.parse alone ${n0(j.parse.linesPerSecond)} lines/s (${j.parse.peakRssMB} MB)` +
      (results.big ? `; ${mb(results.big.bytes)}: ${results.big.one.peakRssMB} MB peak on 1 thread` : ''),
  );
}
