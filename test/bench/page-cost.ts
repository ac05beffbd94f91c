/**
 * Page cost: the page double streams a long answer from the loopback server, in fresh Chromium instances that
 * differ only in the extension loaded. Every repetition runs each condition once, in a fresh shuffled order
 * (roundOrder), so slow phases of a noisy machine and carry-over from the previous run hit every condition alike.
 *
 * Per run (one fresh browser and profile): open the conversation, wait for the page's init call and its socket,
 * then four turns in sequence (the thread emptied between them), each measured separately:
 *   paced:    the fetch body arrives over time (a burst of `burstTokens` tokens every `intervalMs`), like a live
 *             answer; tokens are appended as they are parsed;
 *   burst:    the same body written at once; the page parses it as it arrives and renders it in batches of 100
 *             tokens, one task and one paragraph each, so it is processing-bound and wall time is its processing time;
 *   socket:   the same events as stream items on the page's WebSocket, as fast as the server can send them
 *             (catch-ups replayed, some frames batched), rendered in batches of 100;
 *   nosignal: the same tokens on the socket in an envelope no observer knows, rendered in batches of 100: only
 *             an extension's DOM layer can follow it.
 * Around each turn: CDP Performance.getMetrics deltas (TaskDuration, ScriptDuration, LayoutDuration) from just
 * before the page starts the turn to `tailMs` after the last token, so work the extension does after a turn
 * (its post-turn read of the page, 600 ms after the turn ends) is inside the window. Wall time is page-side
 * performance.now() from the turn's start (fetch call or socket command) to the last token appended (the batched
 * turns: to the whole answer appended and laid out).
 */
import type { CDPSession, Page } from '@playwright/test';
import { CONVERSATION_ID } from '../e2e/support/chatgpt-streams.ts';
import { launchBench, OFFSITE_HOST } from './browser.ts';
import type { TurnRequest } from './server.ts';
import { rng } from './stats.ts';

export type ConditionId = 'none' | 'none-aa' | 'ext' | 'ext-offsite' | 'naive';

export interface Condition {
  id: ConditionId;
  label: string;
  extensions: string[];
  host: string;
  /** What the page must observe for the run to count as this condition (a harness check, not a figure). */
  expect: 'no-extension' | 'limit-lens-active' | 'naive-active';
}

export function conditions(extensionDir: string, naiveDir: string): Condition[] {
  return [
    { id: 'none', label: 'A: no extension', extensions: [], host: 'chatgpt.com', expect: 'no-extension' },
    {
      id: 'none-aa',
      label: 'A′: no extension, second sample (A/A)',
      extensions: [],
      host: 'chatgpt.com',
      expect: 'no-extension',
    },
    { id: 'ext', label: 'B: Limit Lens', extensions: [extensionDir], host: 'chatgpt.com', expect: 'limit-lens-active' },
    {
      id: 'ext-offsite',
      label: 'B off-site: Limit Lens loaded, page on a host it does not match (A/A)',
      extensions: [extensionDir],
      host: OFFSITE_HOST,
      expect: 'no-extension',
    },
    {
      id: 'naive',
      label: 'C: naive observer control',
      extensions: [naiveDir],
      host: 'chatgpt.com',
      expect: 'naive-active',
    },
  ];
}

export interface TurnSample {
  /**
   * ms, page-side: the turn's start (fetch call or socket command) → last token appended; for the batched turns,
   * → the whole answer appended and laid out (the page reads its height once the last batch is in).
   */
  wall: number;
  /** ms, page-side: the turn's start → the next animation frame after the last token. */
  wallFrame: number;
  /** ms of main-thread time (CDP, wall-clock ticks) in the window. */
  task: number;
  script: number;
  layout: number;
  /** ms of main-thread CPU time (CDP with timeDomain threadTicks): insensitive to the thread being descheduled. */
  taskCpu: number;
  tokens: number;
  /** Reads (fetch) or frames (socket) the page handled. */
  chunks: number;
  /** Tasks the page rendered the answer in (0 for the paced turn, which appends as it parses). */
  renderTasks: number;
  bridgeEvents: number;
  /** Limit Lens bridge events whose detail starts {"type":"turn-start" / {"type":"turn-end". */
  turnStarts: number;
  turnEnds: number;
  naiveCallbacks: number | null;
}

/** The turns of one run, in the order they are measured. */
export const TURN_KINDS = ['paced', 'burst', 'socket', 'nosignal'] as const;
export type TurnKind = (typeof TURN_KINDS)[number];

export interface RunSample {
  condition: ConditionId;
  round: number;
  paced: TurnSample;
  /** The fetch body written at once, rendered in 200 tasks. */
  burst: TurnSample;
  /** The same answer as socket stream items, as fast as possible, rendered in 200 tasks. */
  socket: TurnSample;
  /** The same tokens on the socket in an unknown envelope: no network signal. */
  nosignal: TurnSample;
  /** ms from navigation start to the load event end (content scripts at document_start are inside it). */
  load: number;
}

export interface Workload {
  tokens: number;
  burstTokens: number;
  intervalMs: number;
  /** Idle time after the last token kept inside the CDP window. */
  tailMs: number;
  /**
   * How many times each burst-like turn (burst fetch, burst socket, no signal) runs per page load; its sample is the
   * mean. One such turn is ~100 ms of work, short enough that a single GC or descheduling decides its ratio (an A/A of
   * 1.26 on one run): several in a row, as a busy user makes them, average that out.
   */
  burstRepeats: number;
  /** Only these kinds of turn (all four when absent): for a closer look at one path, never for the report. */
  kinds?: readonly TurnKind[];
}

type Metrics = Record<string, number>;

/** Quiet time before a measured turn: the content scripts' start-up work (the coordinator's first scan) is done. */
const SETTLE_BEFORE_MS = 200;

async function metrics(s: CDPSession): Promise<Metrics> {
  const { metrics: list } = await s.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const ms = (a: Metrics, b: Metrics, key: string) => ((b[key] ?? NaN) - (a[key] ?? NaN)) * 1000;

interface PageTurn {
  start: number;
  last: number;
  frame: number;
  tokens: number;
  chunks: number;
  renderTasks: number;
}

interface PageSince {
  bridgeEvents: number;
  turnStarts: number;
  turnEnds: number;
  naiveCallbacks: number | null;
}

interface BenchPage {
  __bench: { turn: (o: unknown) => Promise<PageTurn>; since: () => PageSince; clear: () => void; ready: boolean };
}

async function measureTurn(
  page: Page,
  wall: CDPSession,
  cpu: CDPSession,
  turn: TurnRequest,
  tailMs: number,
): Promise<TurnSample> {
  const [w0, c0] = [await metrics(wall), await metrics(cpu)];
  const t = await page.evaluate((o) => (window as unknown as BenchPage).__bench.turn(o), turn);
  await page.waitForTimeout(tailMs);
  const [w1, c1] = [await metrics(wall), await metrics(cpu)];
  // Read after the tail: an observer may report a turn's end after the page rendered its last token.
  const since = await page.evaluate(() => (window as unknown as BenchPage).__bench.since());
  return {
    wall: t.last - t.start,
    wallFrame: t.frame - t.start,
    task: ms(w0, w1, 'TaskDuration'),
    script: ms(w0, w1, 'ScriptDuration'),
    layout: ms(w0, w1, 'LayoutDuration'),
    taskCpu: ms(c0, c1, 'TaskDuration'),
    tokens: t.tokens,
    chunks: t.chunks,
    renderTasks: t.renderTasks,
    ...since,
  };
}

export async function runPageCost(cond: Condition, round: number, port: number, w: Workload): Promise<RunSample> {
  const b = await launchBench({
    port,
    extensions: cond.extensions,
    waitForWorker: cond.expect === 'limit-lens-active',
  });
  try {
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    const wall = await b.context.newCDPSession(page);
    const cpu = await b.context.newCDPSession(page);
    await page.goto(`https://${cond.host}/c/${CONVERSATION_ID}`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as Partial<BenchPage>).__bench?.ready === true, undefined, {
      timeout: 10_000,
    });
    // A page in a background tab skips rendering: every condition must measure a page in front.
    const visibility = await page.evaluate(() => document.visibilityState);
    if (visibility !== 'visible')
      throw new Error(`harness check failed for ${cond.id}: the measured page is ${visibility}`);
    // Metrics are enabled on the document that is measured (a navigation can change renderer process).
    await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
    await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
    const load = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return nav ? nav.loadEventEnd : NaN;
    });
    await page.waitForTimeout(SETTLE_BEFORE_MS);
    const base = { scenario: 'long', tokens: w.tokens, burstTokens: w.burstTokens, intervalMs: w.intervalMs } as const;
    const turns = {} as Record<TurnKind, TurnSample>;
    // Every check of every turn, so a report names all that failed, not only the first.
    const failed: string[] = [];
    for (const kind of w.kinds ?? TURN_KINDS) {
      const repeats = turnRepeats(kind, cond.id, w.burstRepeats);
      for (let i = 0; i < repeats; i++) {
        if (kind !== (w.kinds ?? TURN_KINDS)[0] || i > 0) {
          await page.evaluate(() => (window as unknown as BenchPage).__bench.clear());
          await page.waitForTimeout(SETTLE_BEFORE_MS);
        }
        const one = await measureTurn(page, wall, cpu, { ...base, mode: kind }, w.tailMs);
        failed.push(...checkTurn(cond, kind, one, w.tokens));
        // A running mean: turn i + 1 weighs 1 / (i + 1).
        turns[kind] = turns[kind] ? addTimes(turns[kind], one, i + 1) : one;
      }
    }
    if (failed.length) throw new Error(`harness check failed for ${cond.id}: ${failed.join('; ')}`);
    return { condition: cond.id, round, ...turns, load };
  } finally {
    await b.close();
  }
}

/**
 * How many turns of a kind one page load runs (their mean is the sample). The burst fetch turn is the cheapest
 * (~100 ms of work), so one GC or descheduling weighs most on it: it runs twice as many. The naive control runs each
 * kind once: its turns take seconds each and its ratio is far from 1, so more would only lengthen the run.
 */
export function turnRepeats(kind: TurnKind, cond: ConditionId, burstRepeats: number): number {
  if (kind === 'paced' || cond === 'naive') return 1;
  return kind === 'burst' ? 2 * burstRepeats : burstRepeats;
}

/**
 * Repeated turns of one kind: the mean of their times (the sample of a turn, whatever the number of repeats, so
 * conditions with different repeats compare); the counts are each turn's own (checked per turn).
 */
export function addTimes(a: TurnSample, b: TurnSample, n: number): TurnSample {
  const mean = (x: number, y: number) => x + (y - x) / n;
  return {
    ...b,
    wall: mean(a.wall, b.wall),
    wallFrame: mean(a.wallFrame, b.wallFrame),
    task: mean(a.task, b.task),
    script: mean(a.script, b.script),
    layout: mean(a.layout, b.layout),
    taskCpu: mean(a.taskCpu, b.taskCpu),
  };
}

/** A run that did not measure what its condition claims is a harness failure, never a figure: what failed, if anything. */
export function checkTurn(
  cond: Pick<Condition, 'id' | 'expect'>,
  turn: TurnKind,
  s: TurnSample,
  tokens: number,
): string[] {
  const out: string[] = [];
  const fail = (why: string) => out.push(`${turn} turn: ${why}`);
  if (s.tokens !== tokens + 1) fail(`rendered ${s.tokens} tokens, expected ${tokens + 1}`);
  const batches = Math.ceil((tokens + 1) / 100);
  if (turn !== 'paced' && s.renderTasks !== batches) fail(`rendered in ${s.renderTasks} tasks, expected ${batches}`);
  if (!Number.isFinite(s.task) || !Number.isFinite(s.taskCpu)) fail('CDP metrics missing');
  const ll = cond.expect === 'limit-lens-active';
  if (ll && turn !== 'nosignal' && (s.turnStarts < 1 || s.turnEnds < 1 || s.bridgeEvents < 2)) {
    fail(
      `the network observer did not report the turn (${s.bridgeEvents} bridge events: ${s.turnStarts} turn-start, ${s.turnEnds} turn-end)`,
    );
  }
  if (ll && turn === 'nosignal' && s.turnStarts !== 0)
    fail(`a turn-start was reported for a turn with no network signal (${s.turnStarts})`);
  if (!ll && s.bridgeEvents !== 0) fail(`unexpected Limit Lens bridge events (${s.bridgeEvents})`);
  if (cond.expect === 'naive-active' && !s.naiveCallbacks) fail('the naive control observer did not run');
  if (cond.expect !== 'naive-active' && s.naiveCallbacks !== null)
    fail('the naive control observer ran where it should not');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Attribution: whose script the main thread ran during the paced turn, from a sampled CPU profile. Separate runs
// (the profiler has its own overhead), so these are never mixed into the interleaved figures above.

export interface Attribution {
  condition: ConditionId;
  /** ms of sampled time per category during the paced turn and its tail; built-ins count for the script calling them. */
  extension: number;
  /** The page's own script (and built-ins it called). */
  page: number;
  gc: number;
  /** Blink/V8 native work outside script frames: layout, style, parsing the network stream… ("(program)"). */
  program: number;
  idle: number;
  /** The extension's own time split by script file (content-scripts/chatgpt.js …). */
  byFile: Record<string, number>;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

export async function profilePacedTurn(cond: Condition, port: number, w: Workload): Promise<Attribution> {
  return attribute(cond.id, await profileTurn(cond, port, w, 'paced'));
}

/** A sampled CPU profile of one turn of the given kind (the raw profile, for attribution or a closer look). */
export async function profileTurn(cond: Condition, port: number, w: Workload, mode: TurnKind): Promise<CpuProfile> {
  const b = await launchBench({
    port,
    extensions: cond.extensions,
    waitForWorker: cond.expect === 'limit-lens-active',
  });
  try {
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    const cdp = await b.context.newCDPSession(page);
    await page.goto(`https://${cond.host}/c/${CONVERSATION_ID}`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as Partial<BenchPage>).__bench?.ready === true, undefined, {
      timeout: 10_000,
    });
    await page.waitForTimeout(SETTLE_BEFORE_MS);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const t = await page.evaluate((o) => (window as unknown as BenchPage).__bench.turn(o), {
      scenario: 'long',
      tokens: w.tokens,
      burstTokens: w.burstTokens,
      intervalMs: w.intervalMs,
      mode,
    } satisfies TurnRequest);
    await page.waitForTimeout(w.tailMs);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    if (t.tokens !== w.tokens + 1)
      throw new Error(`harness check failed for the profiled ${cond.id} run: ${t.tokens} tokens rendered`);
    return profile;
  } finally {
    await b.close();
  }
}

function attribute(condition: ConditionId, profile: CpuProfile): Attribution {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** The nearest frame with a script URL: a built-in (JSON.parse, TextDecoder…) counts for the script that called it. */
  const owner = (id: number): { url: string; fn: string } => {
    const leaf = byNode.get(id);
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byNode.get(cur);
      if (f?.url) return { url: f.url, fn: f.functionName };
    }
    return { url: '', fn: leaf?.functionName ?? '' };
  };
  const out: Attribution = { condition, extension: 0, page: 0, gc: 0, program: 0, idle: 0, byFile: {} };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's duration is the gap to the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const { url, fn } = owner(samples[i]!);
    if (url.startsWith('chrome-extension://')) {
      out.extension += ms;
      const file = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
      out.byFile[file] = (out.byFile[file] ?? 0) + ms;
    } else if (url) out.page += ms;
    else if (fn === '(garbage collector)') out.gc += ms;
    else if (fn === '(idle)') out.idle += ms;
    else out.program += ms;
  }
  return out;
}

/**
 * The order of the conditions within one repetition: every condition once, in a fresh seeded permutation per
 * repetition. A plain rotation (A B C, B C A, C A B…) keeps each condition's predecessor fixed, and a run is
 * affected by the one before it (the previous browser's teardown, its profile being deleted): in rotated runs the
 * condition that always followed A landed 5–16% above A. Shuffling turns that carry-over into noise shared by
 * all. Each condition still leads as evenly as the permutations fall; the seed keeps a run reproducible.
 */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const rand = rng(0x5eed + round * 7_919);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
