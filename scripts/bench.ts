/**
 * `npm run bench`: the performance benchmark in real Chromium, every comparison side by side in one run
 * (interleaved repetitions, medians, ratios), written to docs/benchmarks.md. See that file for what each figure
 * means; the harness lives in test/bench/.
 *
 *   npm run bench                      full run (10 repetitions of four turns per condition, 12–15 minutes on 2
 *                                      cores), rewrites docs/benchmarks.md
 *   npm run bench -- --reps 25         more repetitions
 *   npm run bench -- --smoke           2 repetitions and a short answer (~1 minute): figures to stdout and a temp
 *                                      file, never to docs/; exits non-zero only when the harness breaks
 *   options: --tokens N  --burst-repeats N (burst-like turns per page load, averaged; 3, smoke 1)  --no-build  --out FILE
 *            --note TEXT      a remark printed under the results (e.g. what was unusual about this run); with
 *                             --render it is added to the saved ones
 *            --json FILE      where the raw results go (default: a temp file, printed at the end)
 *            --render FILE    only re-render the Markdown from a saved results file (no browser)
 *            --only LIST      only these parts, comma-separated: page (page cost and its attribution), detection
 *                             (stop → stored, and message → stored beside a blank worker), popup, export, cli; the
 *                             report goes to a temp file unless --out is given (docs/ always gets a full run)
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { SITE_HOSTS } from '../test/bench/browser.ts';
import { appendCliBench } from '../test/bench/cli-bench.ts';
import { measureExport } from '../test/bench/export-bench.ts';
import {
  BLANK_PAGE,
  generateRecords,
  measureDetection,
  measureMessageStored,
  measurePopup,
  openExtensionSession,
  seedRecords,
  storedTotal,
  workerHeap,
  writeBlankPage,
  type DetectionSample,
  type HeapSample,
  type MessageStoredSample,
  type PopupSample,
} from '../test/bench/extension-bench.ts';
import { writeBlankWorkerExtension } from '../test/bench/blank-worker.ts';
import { describeMachine, settleMsFromSource } from '../test/bench/machine.ts';
import { writeNaiveExtension } from '../test/bench/naive-extension.ts';
import {
  conditions,
  profilePacedTurn,
  roundOrder,
  runPageCost,
  type Attribution,
  type RunSample,
  type Workload,
} from '../test/bench/page-cost.ts';
import {
  DEFAULT_REPS,
  pageTargetsMet,
  popupTargetsMet,
  renderReport,
  renderSummary,
  type BenchResults,
} from '../test/bench/report.ts';
import { startBenchServer, type BenchServer } from '../test/bench/server.ts';
import { bundleSizes } from '../test/bench/sizes.ts';
import { selfSignedCert } from '../test/e2e/support/tls.ts';

interface Options {
  json: string;
  render?: string;
  smoke: boolean;
  reps: number;
  tokens: number;
  burstRepeats: number;
  build: boolean;
  out: string;
  note?: string;
  /** The parts to run; all of them unless --only says. */
  only: ReadonlySet<BenchPart>;
}

const BENCH_PARTS = ['page', 'detection', 'popup', 'export', 'cli'] as const;
type BenchPart = (typeof BENCH_PARTS)[number];

function parseOnly(list: string | undefined): ReadonlySet<BenchPart> {
  if (list === undefined) return new Set(BENCH_PARTS);
  const parts = list.split(',').map((x) => x.trim());
  const unknown = parts.filter((x) => !(BENCH_PARTS as readonly string[]).includes(x));
  if (unknown.length || !parts.length)
    throw new Error(`--only takes a comma-separated list of ${BENCH_PARTS.join(', ')}; got ${JSON.stringify(list)}`);
  return new Set(parts as BenchPart[]);
}

function parseArgs(argv: string[]): Options {
  const smoke = argv.includes('--smoke');
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const int = (name: string, fallback: number): number => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a positive integer, got ${JSON.stringify(v)}`);
    return n;
  };
  const only = parseOnly(value('--only'));
  const partial = only.size < BENCH_PARTS.length;
  return {
    only,
    json: value('--json') ?? path.join(tmpdir(), `limit-lens-bench-${smoke ? 'smoke' : 'full'}.json`),
    render: value('--render'),
    smoke,
    reps: int('--reps', smoke ? 2 : DEFAULT_REPS),
    tokens: int('--tokens', smoke ? 2_000 : 20_000),
    burstRepeats: int('--burst-repeats', smoke ? 1 : 3),
    build: !argv.includes('--no-build'),
    note: value('--note'),
    out:
      value('--out') ??
      (smoke || partial
        ? path.join(tmpdir(), `limit-lens-bench-${smoke ? 'smoke' : 'partial'}.md`)
        : path.resolve('docs/benchmarks.md')),
  };
}

const T0 = performance.now();
const log = (msg: string) => process.stderr.write(`[bench +${((performance.now() - T0) / 1000).toFixed(1)}s] ${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const BETWEEN_RUNS_MS = 300;
const NAIVE_EVERY = 5;
const f0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toString() : '–');

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.render) {
    const saved = JSON.parse(readFileSync(opts.render, 'utf8')) as BenchResults;
    if (opts.note) saved.notes = [...(saved.notes ?? []), opts.note];
    const out = process.argv.includes('--out') ? opts.out : saved.smoke ? opts.out : path.resolve('docs/benchmarks.md');
    writeFileSync(out, `${renderReport(saved)}\n`);
    console.log(renderSummary(saved));
    console.log(`\nre-rendered ${out} from ${opts.render}`);
    return;
  }
  const started = performance.now();
  const machine = describeMachine();
  const retries: string[] = [];
  /** One retry for a run that broke (a timeout on a loaded machine); a second failure stops the bench. */
  async function attempt<T>(label: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      const why = (error as Error).message.split('\n')[0];
      log(`${label} failed (${why}); retrying once`);
      retries.push(`${label}: ${why}`);
      return fn();
    }
  }

  if (opts.build) {
    log('building the extension (npm run build)');
    execSync('npm run -s build', { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const built = path.resolve('.output/chrome-mv3');
  if (!existsSync(path.join(built, 'manifest.json')))
    throw new Error(`No built extension at ${built}: run "npm run build".`);

  const tmp = mkdtempSync(path.join(tmpdir(), 'limit-lens-bench-'));
  let server: BenchServer | undefined;
  const cleanup = async () => {
    await server?.close().catch(() => {});
    server = undefined;
    rmSync(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

  try {
    // A private copy: a rebuild in the checkout during the run cannot change what is measured.
    const extensionDir = path.join(tmp, 'limit-lens');
    cpSync(built, extensionDir, { recursive: true });
    const naiveDir = writeNaiveExtension(path.join(tmp, 'naive-observer'));
    const blankWorkerDir = writeBlankWorkerExtension(path.join(tmp, 'blank-worker'));
    const sizes = bundleSizes(extensionDir);
    // The popup's floor, in the copy only (never in the built extension).
    writeBlankPage(extensionDir);
    server = await startBenchServer(selfSignedCert(tmp, SITE_HOSTS));
    const port = server.port;

    // ---- page cost, interleaved
    // The smoke run checks the harness: the second no-extension sample adds no code path, so it is left out there.
    const conds = conditions(extensionDir, naiveDir).filter((c) => !(opts.smoke && c.id === 'none-aa'));
    // The tail keeps the extension's post-turn read of the page (600 ms after the turn) in the window; the smoke run
    // only checks the harness, so its tail is shorter.
    const workload: Workload = {
      tokens: opts.tokens,
      burstTokens: 100,
      intervalMs: 10,
      tailMs: opts.smoke ? 700 : 800,
      burstRepeats: opts.burstRepeats,
    };
    const runs: RunSample[] = [];
    const attribution: Attribution[] = [];
    if (opts.only.has('page') && !opts.smoke) {
      log('warm-up run (not counted)');
      await attempt('warm-up', () => runPageCost(conds.find((c) => c.id === 'ext')!, -1, port, workload));
    }
    for (let round = 0; round < (opts.only.has('page') ? opts.reps : 0); round++) {
      // The naive control's burst turns take tens of times longer than the others' (its innerText read per
      // mutation callback grows with the answer) and its ratio is far from 1: a sample every NAIVE_EVERY
      // repetitions shows it without doubling the run.
      const inRound = conds.filter((c) => c.id !== 'naive' || round % NAIVE_EVERY === 0);
      for (const cond of roundOrder(inRound, round)) {
        // A pause between browsers, so one run's teardown (process exit, profile deletion) is not in the next.
        await sleep(BETWEEN_RUNS_MS);
        const s = await attempt(`page ${cond.id} #${round + 1}`, () => runPageCost(cond, round, port, workload));
        runs.push(s);
        log(
          `page ${round + 1}/${opts.reps} ${cond.id.padEnd(11)} paced task ${f0(s.paced.task)} ms cpu ` +
            `${f0(s.paced.taskCpu)} wall ${f0(s.paced.wall)}` +
            ` | burst task ${f0(s.burst.task)} wall ${f0(s.burst.wall)} | socket task ${f0(s.socket.task)} wall ${f0(s.socket.wall)}` +
            ` | no signal task ${f0(s.nosignal.task)} wall ` +
            `${f0(s.nosignal.wall)}${s.paced.naiveCallbacks !== null ? ` | MO callbacks ${s.paced.naiveCallbacks}` : ''}`,
        );
      }
    }

    // ---- attribution: sampled CPU profiles of the paced turn, separate runs (the profiler has its own overhead)
    const profileReps = !opts.only.has('page') ? 0 : opts.smoke ? 1 : 3;
    const profiled = opts.smoke ? (['ext', 'naive'] as const) : (['none', 'ext', 'naive'] as const);
    for (let i = 0; i < profileReps; i++) {
      for (const id of roundOrder(profiled, i)) {
        const cond = conds.find((c) => c.id === id)!;
        await sleep(BETWEEN_RUNS_MS);
        const a = await attempt(`profile ${id} #${i + 1}`, () => profilePacedTurn(cond, port, workload));
        attribution.push(a);
        log(
          `profile ${i + 1}/${profileReps} ${id.padEnd(5)} extension script ${f0(a.extension)} ms, page ` +
            `script ${f0(a.page)} ms, GC ${f0(a.gc)} ms`,
        );
      }
    }

    // ---- detection latency (warm and cold worker, alternating), in one browser
    // Secondary sections keep their own repetition counts: the page-cost runs are what --reps is for.
    const secondaryReps = opts.smoke ? 2 : 12;
    const detection: DetectionSample[] = [];
    const messageStored: MessageStoredSample[] = [];
    const coldReps = opts.smoke ? 1 : Math.ceil(secondaryReps / 2);
    if (opts.only.has('detection')) {
      const s = await openExtensionSession(port, extensionDir, blankWorkerDir);
      // The same capture message from each extension's own page, cold and warm, Limit Lens's worker and the blank
      // one (the floor), in a rotating order, one round after each detection repetition.
      const messageKinds = (['ours', 'blank'] as const).flatMap((worker) =>
        [false, true].map((cold) => ({ worker, cold })),
      );
      try {
        await attempt('detection warm-up', () => measureDetection(s, 0, false));
        for (let i = 1; i <= secondaryReps; i++) {
          const d = await attempt(`detection warm #${i}`, () => measureDetection(s, i, false));
          detection.push(d);
          log(
            `detection warm ${i}/${secondaryReps}: stored ${f0(d.stored)} ms, open popup ${f0(d.live)} ms, ` +
              `opened popup ${f0(d.card)} ms, visible text ${f0(d.visibleText)} ms`,
          );
          if (i <= coldReps) {
            const c = await attempt(`detection cold #${i}`, () => measureDetection(s, i, true));
            detection.push(c);
            log(`detection cold ${i}/${coldReps}: stored ${f0(c.stored)} ms, opened popup ${f0(c.card)} ms`);
          }
          const round: string[] = [];
          for (const k of roundOrder(messageKinds, i)) {
            const m = await attempt(`message ${k.worker} ${k.cold ? 'cold' : 'warm'} #${i}`, () =>
              measureMessageStored(s, k.worker, k.cold, i),
            );
            messageStored.push(m);
            round.push(`${k.worker} ${k.cold ? 'cold' : 'warm'} ${f0(m.ms)}`);
          }
          log(`message → stored ${i}/${secondaryReps}: ${round.join(', ')} ms`);
        }
      } finally {
        await s.close();
      }
    }

    // ---- popup first render with few and with many stops, background heap; a fresh browser
    const largeCount = opts.smoke ? 2_000 : 10_000;
    const smallCount = 20;
    const records = generateRecords(largeCount);
    const popup = {
      smallCount,
      small: [] as PopupSample[],
      largeCount,
      large: [] as PopupSample[],
      cold: [] as PopupSample[],
      blank: [] as PopupSample[],
    };
    let heap: BenchResults['heap'] = { error: 'not measured (--only)' };
    if (opts.only.has('popup')) {
      const s = await openExtensionSession(port, extensionDir);
      try {
        let fresh: HeapSample | undefined;
        let heapError = '';
        try {
          fresh = await workerHeap(s);
        } catch (error) {
          heapError = (error as Error).message.split('\n')[0] ?? 'unknown';
        }
        await seedRecords(s, records.slice(0, smallCount));
        await measurePopup(s, { worker: 'warm' }); // warm-up
        for (let i = 0; i < secondaryReps; i++)
          popup.small.push(await attempt(`popup ${smallCount} #${i + 1}`, () => measurePopup(s, { worker: 'warm' })));
        log(`popup with ${smallCount} stops: ${popup.small.map((p) => f0(p.firstCard)).join(' ')} ms`);
        log(`seeding ${largeCount} stops`);
        await seedRecords(s, records.slice(smallCount));
        const total = await storedTotal(s);
        if (total !== largeCount)
          throw new Error(`harness check failed: ${total} stops stored, expected ${largeCount}`);
        await measurePopup(s, { worker: 'warm' }); // warm-up
        await measurePopup(s, { page: BLANK_PAGE });
        // Warm worker, stopped (cold) worker, and the floor (a blank extension page opened the same way),
        // interleaved in a rotating order so a slow spell of the machine falls on all three alike.
        const kinds = [
          { label: 'warm', into: popup.large, run: () => measurePopup(s, { worker: 'warm' }) },
          { label: 'cold', into: popup.cold, run: () => measurePopup(s, { worker: 'cold' }) },
          { label: 'blank page', into: popup.blank, run: () => measurePopup(s, { page: BLANK_PAGE }) },
        ];
        for (let i = 0; i < secondaryReps; i++) {
          for (const k of roundOrder(kinds, i))
            k.into.push(await attempt(`popup ${largeCount} ${k.label} #${i + 1}`, k.run));
        }
        log(`popup with ${largeCount} stops, warm: ${popup.large.map((p) => f0(p.firstCard)).join(' ')} ms`);
        log(`popup with ${largeCount} stops, cold: ${popup.cold.map((p) => f0(p.firstCard)).join(' ')} ms`);
        log(`blank extension page: ${popup.blank.map((p) => f0(p.firstCard)).join(' ')} ms`);
        for (const p of [...popup.small, ...popup.large, ...popup.cold]) {
          if (p.cards < 1) throw new Error('harness check failed: the popup showed no stop card');
        }
        try {
          if (!fresh) throw new Error(heapError);
          heap = { fresh, loaded: await workerHeap(s), stored: total };
        } catch (error) {
          heap = { error: (error as Error).message.split('\n')[0] || 'unknown' };
        }
      } finally {
        await s.close();
      }
    }

    // ---- export, in Node, after the browsers are gone
    const exportFigure: BenchResults['exportFigure'] = opts.only.has('export')
      ? (log(`export of ${largeCount} stops`), await measureExport(records, opts.smoke ? 2 : 5))
      : { status: 'todo', note: 'not measured in this run (--only)' };

    const results: BenchResults = {
      machine,
      command: `npm run bench${opts.smoke ? ':smoke' : ''}${!opts.smoke && opts.reps !== DEFAULT_REPS ? ` -- --reps ${opts.reps}` : ''}`,
      smoke: opts.smoke,
      reps: opts.reps,
      workload,
      conditions: conds.map(({ id, label }) => ({ id, label })),
      runs,
      attribution,
      detection,
      messageStored,
      settleMs: settleMsFromSource(),
      popup,
      heap,
      exportFigure,
      exportCount: records.length,
      sizes,
      retries,
      ...(opts.note ? { notes: [opts.note] } : {}),
      ...(opts.only.size < BENCH_PARTS.length ? { only: [...opts.only] } : {}),
      durationS: (performance.now() - started) / 1000,
      loadAvgAfter: loadavg()
        .map((x) => x.toFixed(2))
        .join(' / '),
    };
    writeFileSync(opts.json, `${JSON.stringify(results)}\n`);
    writeFileSync(opts.out, `${renderReport(results)}\n`);
    console.log(renderSummary(results));
    const met = pageTargetsMet(results);
    if (met !== undefined)
      console.log(
        `\npage-cost targets: ${met ? 'all met' : 'NOT all met (see the summary table)'}${opts.smoke ? ' (smoke run: not a result)' : ''}`,
      );
    const popupMet = popupTargetsMet(results);
    if (popupMet !== undefined)
      console.log(
        `popup and worker ratios: ${popupMet ? 'all met' : 'NOT all met (see the summary table)'}` +
          `${opts.smoke ? ' (smoke run: not a result)' : ''}`,
      );
    const shown = path.relative(process.cwd(), opts.out);
    console.log(
      `\nwrote ${shown.startsWith('..') ? opts.out : shown} in ${Math.round(results.durationS)} s (raw results: ${opts.json})`,
    );
    if (opts.only.has('cli')) await appendCliBench(opts.out, opts.smoke, log); // its own section, after the browsers are gone
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
