/**
 * Page cost: the page double streams a long answer from the loopback server, in fresh Chromium instances that
 * differ only in the extension loaded. Every repetition runs each condition once, in a fresh shuffled order
 * (roundOrder), so slow phases of a noisy machine and carry-over from the previous run hit every condition alike.
 *
 * Per run (one fresh browser and profile): open the conversation, wait for the page's init call, then two turns,
 * each measured separately:
 *   paced: the stream arrives over time (a burst of `burstTokens` tokens every `intervalMs`), like a live answer;
 *   burst: the same stream written as fast as the server can, so wall time is the page's processing time.
 * Around each turn: CDP Performance.getMetrics deltas (TaskDuration, ScriptDuration, LayoutDuration) from just
 * before the page's fetch to `tailMs` after the last token, so work the extension does after a turn (its
 * post-turn read of the page, 600 ms after the turn ends) is inside the window. Wall time is page-side
 * performance.now() from the fetch call to the last token appended.
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
    { id: 'none-aa', label: 'A′: no extension, second sample (A/A)', extensions: [], host: 'chatgpt.com', expect: 'no-extension' },
    { id: 'ext', label: 'B: Limit Lens', extensions: [extensionDir], host: 'chatgpt.com', expect: 'limit-lens-active' },
    {
      id: 'ext-offsite',
      label: 'B off-site: Limit Lens loaded, page on a host it does not match (A/A)',
      extensions: [extensionDir],
      host: OFFSITE_HOST,
      expect: 'no-extension',
    },
    { id: 'naive', label: 'C: naive observer control', extensions: [naiveDir], host: 'chatgpt.com', expect: 'naive-active' },
  ];
}

export interface TurnSample {
  /** ms, page-side: fetch call → last token appended. */
  wall: number;
  /** ms, page-side: fetch call → the next animation frame after the last token. */
  wallFrame: number;
  /** ms of main-thread time (CDP, wall-clock ticks) in the window. */
  task: number;
  script: number;
  layout: number;
  /** ms of main-thread CPU time (CDP with timeDomain threadTicks): insensitive to the thread being descheduled. */
  taskCpu: number;
  tokens: number;
  chunks: number;
  bridgeEvents: number;
  naiveCallbacks: number | null;
}

export interface RunSample {
  condition: ConditionId;
  round: number;
  paced: TurnSample;
  burst: TurnSample;
  /** ms from navigation start to the load event end (content scripts at document_start are inside it). */
  load: number;
}

export interface Workload {
  tokens: number;
  burstTokens: number;
  intervalMs: number;
  /** Idle time after the last token kept inside the CDP window. */
  tailMs: number;
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
  bridgeEvents: number;
  naiveCallbacks: number | null;
}

async function measureTurn(page: Page, wall: CDPSession, cpu: CDPSession, turn: TurnRequest, tailMs: number): Promise<TurnSample> {
  const [w0, c0] = [await metrics(wall), await metrics(cpu)];
  const t = await page.evaluate((o) => (window as unknown as { __bench: { turn: (o: unknown) => Promise<PageTurn> } }).__bench.turn(o), turn);
  await page.waitForTimeout(tailMs);
  const [w1, c1] = [await metrics(wall), await metrics(cpu)];
  return {
    wall: t.last - t.start,
    wallFrame: t.frame - t.start,
    task: ms(w0, w1, 'TaskDuration'),
    script: ms(w0, w1, 'ScriptDuration'),
    layout: ms(w0, w1, 'LayoutDuration'),
    taskCpu: ms(c0, c1, 'TaskDuration'),
    tokens: t.tokens,
    chunks: t.chunks,
    bridgeEvents: t.bridgeEvents,
    naiveCallbacks: t.naiveCallbacks,
  };
}

export async function runPageCost(cond: Condition, round: number, port: number, w: Workload): Promise<RunSample> {
  const b = await launchBench({ port, extensions: cond.extensions, waitForWorker: cond.expect === 'limit-lens-active' });
  try {
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    const wall = await b.context.newCDPSession(page);
    const cpu = await b.context.newCDPSession(page);
    await page.goto(`https://${cond.host}/c/${CONVERSATION_ID}`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __bench?: { ready: boolean } }).__bench?.ready === true, undefined, {
      timeout: 10_000,
    });
    // Metrics are enabled on the document that is measured (a navigation can change renderer process).
    await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
    await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
    const load = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return nav ? nav.loadEventEnd : NaN;
    });
    await page.waitForTimeout(SETTLE_BEFORE_MS);
    const base = { scenario: 'long', tokens: w.tokens, burstTokens: w.burstTokens, intervalMs: w.intervalMs } as const;
    const paced = await measureTurn(page, wall, cpu, { ...base, mode: 'paced' }, w.tailMs);
    await page.evaluate(() => (window as unknown as { __bench: { clear: () => void } }).__bench.clear());
    await page.waitForTimeout(SETTLE_BEFORE_MS);
    const burst = await measureTurn(page, wall, cpu, { ...base, mode: 'burst' }, w.tailMs);
    for (const [name, s] of [['paced', paced], ['burst', burst]] as const) check(cond, name, s, w.tokens);
    return { condition: cond.id, round, paced, burst, load };
  } finally {
    await b.close();
  }
}

/** A run that did not measure what its condition claims is a harness failure, never a figure. */
function check(cond: Condition, turn: string, s: TurnSample, tokens: number): void {
  const fail = (why: string) => {
    throw new Error(`harness check failed for ${cond.id} (${turn} turn): ${why}`);
  };
  if (s.tokens !== tokens + 1) fail(`rendered ${s.tokens} tokens, expected ${tokens + 1}`);
  if (!Number.isFinite(s.task) || !Number.isFinite(s.taskCpu)) fail('CDP metrics missing');
  if (cond.expect === 'limit-lens-active' && s.bridgeEvents < 2) fail(`the network observer did not report the turn (${s.bridgeEvents} bridge events)`);
  if (cond.expect !== 'limit-lens-active' && s.bridgeEvents !== 0) fail(`unexpected Limit Lens bridge events (${s.bridgeEvents})`);
  if (cond.expect === 'naive-active' && !s.naiveCallbacks) fail('the naive control observer did not run');
  if (cond.expect !== 'naive-active' && s.naiveCallbacks !== null) fail('the naive control observer ran where it should not');
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

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

export async function profilePacedTurn(cond: Condition, port: number, w: Workload): Promise<Attribution> {
  const b = await launchBench({ port, extensions: cond.extensions, waitForWorker: cond.expect === 'limit-lens-active' });
  try {
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    const cdp = await b.context.newCDPSession(page);
    await page.goto(`https://${cond.host}/c/${CONVERSATION_ID}`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __bench?: { ready: boolean } }).__bench?.ready === true, undefined, {
      timeout: 10_000,
    });
    await page.waitForTimeout(SETTLE_BEFORE_MS);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const t = await page.evaluate(
      (o) => (window as unknown as { __bench: { turn: (o: unknown) => Promise<PageTurn> } }).__bench.turn(o),
      { scenario: 'long', tokens: w.tokens, burstTokens: w.burstTokens, intervalMs: w.intervalMs, mode: 'paced' } satisfies TurnRequest,
    );
    await page.waitForTimeout(w.tailMs);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    if (t.tokens !== w.tokens + 1) throw new Error(`harness check failed for the profiled ${cond.id} run: ${t.tokens} tokens rendered`);
    return attribute(cond.id, profile);
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
