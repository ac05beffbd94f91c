/**
 * Renders the bench results as docs/benchmarks.md: the latest figures first, then what each one means and how it
 * is measured. The whole file is generated; edit the prose here, not in the Markdown.
 */
import type { ExportFigure } from './export-bench.ts';
import type { DetectionSample, HeapSample, MessageStoredSample, PopupSample } from './extension-bench.ts';
import type { Machine } from './machine.ts';
import {
  TURN_KINDS,
  type Attribution,
  type ConditionId,
  type RunSample,
  type TurnKind,
  type Workload,
} from './page-cost.ts';
import type { SizeRow } from './sizes.ts';
import { quantile, ratioOfMedians, summarize, type RatioEstimate, type Summary } from './stats.ts';

export interface BenchResults {
  machine: Machine;
  /** 1, 5 and 15-minute load averages when the run ended (other work on a shared machine shows here). */
  loadAvgAfter?: string;
  command: string;
  smoke: boolean;
  reps: number;
  workload: Workload;
  conditions: { id: ConditionId; label: string }[];
  runs: RunSample[];
  attribution: Attribution[];
  detection: DetectionSample[];
  /** The same capture message sent to Limit Lens's worker and to a blank one, cold and warm (absent in older runs). */
  messageStored?: MessageStoredSample[];
  settleMs: number;
  /**
   * `large`: warm worker. `cold` (worker stopped first) and `blank` (the floor page) are interleaved with `large`;
   * absent from runs made before they were measured.
   */
  popup: {
    smallCount: number;
    small: PopupSample[];
    largeCount: number;
    large: PopupSample[];
    cold?: PopupSample[];
    blank?: PopupSample[];
  };
  heap: { fresh: HeapSample; loaded: HeapSample; stored: number } | { error: string };
  exportFigure: ExportFigure;
  exportCount: number;
  sizes: { contentScripts: SizeRow[]; others: SizeRow[] };
  retries: string[];
  /** Remarks given on the command line (--note), printed under the results. */
  notes?: string[];
  /** The parts this run measured (`--only`), when not all of them. */
  only?: string[];
  durationS: number;
}

/** The full run's default page-cost repetitions (scripts/bench.ts) and what such a run takes on 2 cores. */
export const DEFAULT_REPS = 10;
const FULL_RUN_MINUTES = '12–15';

const TARGETS = {
  /** Task time (and, for the bursts, wall time) with / without Limit Lens, on turns the network layer follows. */
  pageRatio: 1.05,
  /** The same on a turn with no network signal, which only the DOM layer can follow. */
  noSignalRatio: 1.1,
  detectionP95: 250,
  popupMs: 200,
  exportMs: 2000,
  /** Popup first card with many stored stops / with few. */
  popupScaleRatio: 1.1,
  /** Popup first card with a stopped (cold) worker / with a running one. */
  popupColdRatio: 1.15,
  /** Popup first card / a blank extension page opened the same way (the floor). */
  popupFloorRatio: 1.5,
  /** Stop → record stored with a stopped (cold) worker / with a running one. */
  storedColdRatio: 3,
};

// ---------------------------------------------------------------------------------------------------------------
// formatting

const n0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const ms = (x: number) =>
  !Number.isFinite(x) ? '–' : Math.abs(x) < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US');
const ratio = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
const medIqr = (s: Summary) => `${ms(s.median)} <sub>${ms(s.p25)}–${ms(s.p75)}</sub>`;
const yes = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? '✅ yes' : '❌ no');

function table(head: string[], rows: string[][], align?: ('l' | 'r')[]): string {
  const a = align ?? head.map((_, i) => (i === 0 ? 'l' : 'r'));
  return [
    `| ${head.join(' | ')} |`,
    `|${a.map((x) => (x === 'l' ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// derived figures

type TurnKey = TurnKind;
type MetricKey = 'task' | 'taskCpu' | 'script' | 'layout' | 'wall' | 'wallFrame';

/** What each turn kind is called in the tables, and which of its ratios are judged against which target. */
const TURN_INFO: Record<TurnKey, { name: string; judged: MetricKey[]; target: number }> = {
  paced: { name: 'paced fetch stream', judged: ['task', 'taskCpu', 'wall'], target: TARGETS.pageRatio },
  burst: { name: 'burst fetch', judged: ['task', 'wall'], target: TARGETS.pageRatio },
  socket: { name: 'burst socket', judged: ['task', 'wall'], target: TARGETS.pageRatio },
  nosignal: { name: 'no network signal', judged: ['task', 'wall'], target: TARGETS.noSignalRatio },
};

/** A results file from before a turn kind existed has no samples for it (re-rendering it shows dashes). */
function samples(r: BenchResults, cond: ConditionId, turn: TurnKey, key: MetricKey): number[] {
  return r.runs.filter((x) => x.condition === cond && x[turn]).map((x) => x[turn][key]);
}

/** Turn kinds this results file has samples of. */
const turnsIn = (r: BenchResults): TurnKey[] => TURN_KINDS.filter((k) => r.runs.some((x) => x[k]));

function loadSamples(r: BenchResults, cond: ConditionId): number[] {
  return r.runs.filter((x) => x.condition === cond).map((x) => x.load);
}

function ratioCell(r: BenchResults, a: ConditionId, b: ConditionId, turn: TurnKey, key: MetricKey): string {
  const est = ratioOfMedians(samples(r, a, turn, key), samples(r, b, turn, key));
  return Number.isFinite(est.lo)
    ? `**${ratio(est.ratio)}** <sub>${ratio(est.lo)}–${ratio(est.hi)}</sub>`
    : `**${ratio(est.ratio)}**`;
}

const med = (xs: number[]) => quantile(xs, 0.5);

/** Per-repetition ratios: each repetition ran every condition back to back, so its pair shares the machine's state. */
function pairedRatios(r: BenchResults, a: ConditionId, b: ConditionId, turn: TurnKey, key: MetricKey): number[] {
  const out: number[] = [];
  const rounds = [...new Set(r.runs.map((x) => x.round))];
  for (const round of rounds) {
    const x = r.runs.find((s) => s.round === round && s.condition === a);
    const y = r.runs.find((s) => s.round === round && s.condition === b);
    if (x?.[turn] && y?.[turn]) out.push(x[turn][key] / y[turn][key]);
  }
  return out;
}

function pairedCell(r: BenchResults, a: ConditionId, b: ConditionId, turn: TurnKey, key: MetricKey): string {
  const xs = pairedRatios(r, a, b, turn, key);
  return xs.length ? `${ratio(med(xs))} <sub>${ratio(quantile(xs, 0.25))}–${ratio(quantile(xs, 0.75))}</sub>` : '–';
}

/** A ratio against its target, saying so when the run cannot tell it from noise. */
function ratioVerdict(est: { ratio: number; lo: number; hi: number }, target: number): string {
  if (!Number.isFinite(est.ratio)) return '–';
  if (est.ratio <= target) return '✅ yes';
  return Number.isFinite(est.lo) && est.lo <= 1 ? '❌ no, but within noise (interval includes 1.00)' : '❌ no';
}

/** One turn kind's ratios to A (no extension). */
export interface TurnHeadline {
  task: RatioEstimate;
  taskCpu: RatioEstimate;
  wall: RatioEstimate;
  /** A′/A and B off-site/A: the noise floor, task and wall. */
  aaTask: number;
  aaWall: number;
  offsiteTask: number;
  offsiteWall: number;
  naiveTask: number;
  naiveWall: number;
}

export interface Headline {
  turns: Partial<Record<TurnKey, TurnHeadline>>;
  aaCpuRatio: number;
  loadDelta: number;
  extScript: number;
  extGcDelta: number;
  storedP95: number;
  coldStoredP95: number;
  coldOpenedPopupP95: number;
  livePopupP95: number;
  openedPopupP95: number;
  popupMedian: number;
  popupP95: number;
  /** The four judged ratios of the popup and the worker (medians, with a bootstrap interval). */
  popupScale: RatioEstimate;
  popupCold: RatioEstimate;
  popupFloor: RatioEstimate;
  storedCold: RatioEstimate;
  /** Message → stored from an extension page, cold / warm, for Limit Lens's worker and for a blank one (the floor). */
  messageStored: Record<MessageStoredSample['worker'], { cold: number; warm: number; ratio: RatioEstimate }>;
  exportMedian: number | undefined;
}

function messageStoredOf(r: BenchResults, worker: MessageStoredSample['worker']) {
  const of = (cold: boolean) =>
    (r.messageStored ?? []).filter((m) => m.worker === worker && m.cold === cold).map((m) => m.ms);
  return { cold: med(of(true)), warm: med(of(false)), ratio: ratioOfMedians(of(true), of(false)) };
}

export function headline(r: BenchResults): Headline {
  const warm = r.detection.filter((d) => !d.cold);
  const m = (c: ConditionId, t: TurnKey, k: MetricKey) => med(samples(r, c, t, k));
  const est = (t: TurnKey, k: MetricKey) => ratioOfMedians(samples(r, 'ext', t, k), samples(r, 'none', t, k));
  const turns: Headline['turns'] = {};
  for (const t of turnsIn(r)) {
    turns[t] = {
      task: est(t, 'task'),
      taskCpu: est(t, 'taskCpu'),
      wall: est(t, 'wall'),
      aaTask: m('none-aa', t, 'task') / m('none', t, 'task'),
      aaWall: m('none-aa', t, 'wall') / m('none', t, 'wall'),
      offsiteTask: m('ext-offsite', t, 'task') / m('none', t, 'task'),
      offsiteWall: m('ext-offsite', t, 'wall') / m('none', t, 'wall'),
      naiveTask: m('naive', t, 'task') / m('none', t, 'task'),
      naiveWall: m('naive', t, 'wall') / m('none', t, 'wall'),
    };
  }
  return {
    turns,
    aaCpuRatio: m('none-aa', 'paced', 'taskCpu') / m('none', 'paced', 'taskCpu'),
    loadDelta: med(loadSamples(r, 'ext')) - med(loadSamples(r, 'none')),
    extScript: med(r.attribution.filter((a) => a.condition === 'ext').map((a) => a.extension)),
    extGcDelta:
      med(r.attribution.filter((a) => a.condition === 'ext').map((a) => a.gc)) -
      med(r.attribution.filter((a) => a.condition === 'none').map((a) => a.gc)),
    storedP95: quantile(
      warm.map((d) => d.stored),
      0.95,
    ),
    coldStoredP95: quantile(
      r.detection.filter((d) => d.cold).map((d) => d.stored),
      0.95,
    ),
    coldOpenedPopupP95: quantile(
      r.detection.filter((d) => d.cold).map((d) => d.card),
      0.95,
    ),
    livePopupP95: quantile(warm.map((d) => d.live).filter(Number.isFinite), 0.95),
    openedPopupP95: quantile(
      warm.map((d) => d.card),
      0.95,
    ),
    popupMedian: quantile(
      r.popup.large.map((p) => p.firstCard),
      0.5,
    ),
    popupP95: quantile(
      r.popup.large.map((p) => p.firstCard),
      0.95,
    ),
    popupScale: ratioOfMedians(firstCards(r.popup.large), firstCards(r.popup.small)),
    popupCold: ratioOfMedians(firstCards(r.popup.cold), firstCards(r.popup.large)),
    popupFloor: ratioOfMedians(firstCards(r.popup.large), firstCards(r.popup.blank)),
    storedCold: ratioOfMedians(
      r.detection.filter((d) => d.cold).map((d) => d.stored),
      warm.map((d) => d.stored),
    ),
    messageStored: { ours: messageStoredOf(r, 'ours'), blank: messageStoredOf(r, 'blank') },
    exportMedian: r.exportFigure.ms?.median,
  };
}

const firstCards = (xs: readonly PopupSample[] | undefined) => (xs ?? []).map((p) => p.firstCard);

/** The popup's and the worker's judged ratios: label, estimate, target. */
function popupJudged(r: BenchResults, h: Headline): { label: string; est: RatioEstimate; target: number }[] {
  return [
    {
      label: `Popup first card, ${n0(r.popup.largeCount)} / ${n0(r.popup.smallCount)} stored stops (warm worker)`,
      est: h.popupScale,
      target: TARGETS.popupScaleRatio,
    },
    {
      label: `Popup first card, stopped (cold) / running (warm) worker, ${n0(r.popup.largeCount)} stops`,
      est: h.popupCold,
      target: TARGETS.popupColdRatio,
    },
    {
      label: 'Popup first card / a blank extension page opened the same way (the floor)',
      est: h.popupFloor,
      target: TARGETS.popupFloorRatio,
    },
    {
      label: 'Stop → record stored, stopped (cold) / running (warm) worker',
      est: h.storedCold,
      target: TARGETS.storedColdRatio,
    },
  ];
}

/** Whether the popup's and the worker's judged ratios all met their targets (undefined: not measured in this run). */
export function popupTargetsMet(r: BenchResults): boolean | undefined {
  const rows = popupJudged(r, headline(r));
  if (rows.some((x) => !Number.isFinite(x.est.ratio))) return undefined;
  return rows.every((x) => x.est.ratio <= x.target);
}

const METRIC_NAME: Partial<Record<MetricKey, string>> = {
  task: 'main-thread task time',
  taskCpu: 'main-thread task time counted in thread CPU time',
  wall: 'wall time',
};

const estCell = (e: RatioEstimate) =>
  Number.isFinite(e.lo) ? `**${ratio(e.ratio)}** <sub>${ratio(e.lo)}–${ratio(e.hi)}</sub>` : `**${ratio(e.ratio)}**`;

/** The judged rows: every turn kind's judged ratios against its target. */
function judgedRows(r: BenchResults, h: Headline): string[][] {
  return turnsIn(r).flatMap((t) => {
    const info = TURN_INFO[t];
    const th = h.turns[t]!;
    return info.judged.map((k) => [
      `Page ${METRIC_NAME[k]}, with / without Limit Lens (${info.name})`,
      estCell(th[k as 'task' | 'taskCpu' | 'wall']),
      `≤ ${info.target.toFixed(2)}`,
      ratioVerdict(th[k as 'task' | 'taskCpu' | 'wall'], info.target),
    ]);
  });
}

/** Whether every judged ratio met its target (undefined: nothing judged). */
export function pageTargetsMet(r: BenchResults): boolean | undefined {
  const h = headline(r);
  const verdicts = turnsIn(r).flatMap((t) =>
    TURN_INFO[t].judged.map((k) => h.turns[t]![k as 'task' | 'taskCpu' | 'wall'].ratio <= TURN_INFO[t].target),
  );
  return verdicts.length ? verdicts.every(Boolean) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// the document

export function renderReport(r: BenchResults): string {
  const h = headline(r);
  const w = r.workload;
  const heap = 'error' in r.heap ? undefined : r.heap;
  const warm = r.detection.filter((d) => !d.cold);
  const cold = r.detection.filter((d) => d.cold);
  const cs = r.sizes.contentScripts;
  const onPage = cs.filter((x) => x.onChatGpt);
  const csRaw = onPage.reduce((a, x) => a + x.raw, 0);
  const csGz = onPage.reduce((a, x) => a + x.gzip, 0);
  const out: string[] = [];

  out.push(
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` (scripts/bench.ts, test/bench/report.ts): edit those, not this file. -->',
    '',
    'What Limit Lens costs a busy ChatGPT page (on four kinds of turn: a paced fetch stream, a burst fetch, a burst',
    'over the WebSocket, and a turn with no network signal), how fast a stop reaches the popup, and how the popup, export and',
    'background behave with 10,000 stored stops, measured in real Chromium with the built extension. Every page',
    'comparison runs side by side in one run: the conditions take turns within each repetition (in a shuffled',
    'order), and the figures are medians of many repetitions, because single runs on these shared',
    'machines vary by 6–17%. Ratios are median(condition) / median(no extension) with a 95% bootstrap interval in',
    'small print; the A/A rows show how far apart two identical conditions land, i.e. the noise floor.',
    '',
    `Run it: \`npm run bench\` (${FULL_RUN_MINUTES} minutes on 2 cores at the default ` +
      `${DEFAULT_REPS} repetitions, longer on a loaded machine; \`-- --reps N\` for more or fewer). ` +
      `\`npm run bench:smoke\``,
    'is a quick run of the same harness (2 repetitions, a shorter answer) that CI runs; it prints its figures and',
    'writes them to a temp file, never here, and fails only when the harness itself breaks, not on noisy numbers.',
    '',
  );
  if (r.smoke)
    out.push(
      '> **Smoke run**: 2 repetitions and a short answer; these figures check the harness, they are not results.',
      '',
    );
  for (const note of r.notes ?? []) out.push(`> **Note on this run**: ${note}`, '');

  out.push(
    '## Latest results',
    '',
    table(
      ['', ''],
      [
        ['Date', r.machine.date],
        ['Command', `\`${r.command}\``],
        ['Build', `commit ${r.machine.commit}, \`wxt build\` output`],
        [
          'Machine',
          `${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB RAM, ${r.machine.os}, ` +
            `load average ${r.machine.loadAvg} before the ` +
            `run${r.loadAvgAfter ? `, ${r.loadAvgAfter} after` : ''} (1/5/15 min)`,
        ],
        ['Browser', `${r.machine.chromium}, headless, driven by Playwright ${r.machine.playwright}`],
        ['Node', r.machine.node],
        [
          'Workload',
          `${n0(w.tokens)} streamed tokens per turn, four kinds of turn per run (paced fetch: bursts of ` +
            `${w.burstTokens} every ${w.intervalMs} ms;` +
            ` burst fetch, burst socket, no signal: as fast as they arrive, rendered 100 tokens a task,` +
            ` ${2 * (w.burstRepeats ?? 1)}, ${w.burstRepeats ?? 1} and ${w.burstRepeats ?? 1} in a row, averaged;` +
            ' the naive control one each),' +
            ` ${r.reps} repetitions per condition, interleaved`,
        ],
        [
          'Duration',
          `${Math.round(r.durationS)} s${r.retries.length ? `, ${r.retries.length} run(s) retried: ${r.retries.join('; ')}` : ''}`,
        ],
      ],
      ['l', 'l'],
    ),
    '',
    '### Summary against the targets',
    '',
    table(
      ['figure', 'result', 'target', 'met'],
      [
        ...judgedRows(r, h),
        ...popupJudged(r, h).map((x) => [
          x.label,
          estCell(x.est),
          `≤ ${x.target.toFixed(2)}`,
          ratioVerdict(x.est, x.target),
        ]),
        ...(r.messageStored?.length
          ? [
              [
                'The floor of the row above: one capture message → stored, from an extension page, cold / warm — ' +
                  'a blank worker (Chromium alone); Limit Lens',
                `${estCell(h.messageStored.blank.ratio)} (${ms(h.messageStored.blank.cold)} / ${ms(h.messageStored.blank.warm)} ms); ` +
                  `${estCell(h.messageStored.ours.ratio)} (${ms(h.messageStored.ours.cold)} / ${ms(h.messageStored.ours.warm)} ms)`,
                'report',
                '–',
              ],
            ]
          : []),
        [
          `Limit Lens's own script time on the page during the ${n0(w.tokens)}-token turn (sampled CPU profile); GC with − without`,
          `**${ms(h.extScript)} ms**; GC ${h.extGcDelta >= 0 ? '+' : '−'}${ms(Math.abs(h.extGcDelta))} ms`,
          'report',
          '–',
        ],
        [
          'Page load (navigation → load event), with − without',
          `${h.loadDelta >= 0 ? '+' : ''}${ms(h.loadDelta)} ms`,
          'report',
          '–',
        ],
        ...turnsIn(r).map((t) => {
          const th = h.turns[t]!;
          return [
            `A/A noise floor (${TURN_INFO[t].name}): no extension / no extension; extension loaded off-site / no extension — task (wall)`,
            `${ratio(th.aaTask)} (${ratio(th.aaWall)}); ${ratio(th.offsiteTask)} (${ratio(th.offsiteWall)})`,
            'close to 1',
            '–',
          ];
        }),
        [
          'A/A noise floor (paced fetch stream), task time counted in CPU time: no extension / no extension',
          ratio(h.aaCpuRatio),
          'close to 1',
          '–',
        ],
        [
          'Naive observer control / without, task time (wall time): ' +
            turnsIn(r)
              .map((t) => TURN_INFO[t].name)
              .join('; '),
          turnsIn(r)
            .map((t) => `${ratio(h.turns[t]!.naiveTask)} (${ratio(h.turns[t]!.naiveWall)})`)
            .join('; '),
          '(what the design avoids)',
          '–',
        ],
        [
          'Detection: stop → record stored, p95',
          `**${ms(h.storedP95)} ms**`,
          `≤ ${TARGETS.detectionP95} ms`,
          yes(h.storedP95 <= TARGETS.detectionP95),
        ],
        [
          'Detection: stop → card in the open popup, p95',
          Number.isFinite(h.livePopupP95) ? `**${ms(h.livePopupP95)} ms**` : 'not measured (popup did not refresh)',
          `≤ ${TARGETS.detectionP95} ms`,
          Number.isFinite(h.livePopupP95) ? yes(h.livePopupP95 <= TARGETS.detectionP95) : '–',
        ],
        [
          'Detection: stop → card in a popup opened once the record exists, p95',
          `**${ms(h.openedPopupP95)} ms**`,
          `≤ ${TARGETS.detectionP95} ms`,
          yes(h.openedPopupP95 <= TARGETS.detectionP95),
        ],
        [
          'Detection with a stopped (cold) service worker: stored p95 / popup opened once stored p95',
          `${ms(h.coldStoredP95)} ms / ${ms(h.coldOpenedPopupP95)} ms`,
          `≤ ${TARGETS.detectionP95} ms`,
          yes(h.coldStoredP95 <= TARGETS.detectionP95 && h.coldOpenedPopupP95 <= TARGETS.detectionP95),
        ],
        [
          `Popup first render with ${n0(r.popup.largeCount)} stored stops, median (p95)`,
          `**${ms(h.popupMedian)} ms** (${ms(h.popupP95)} ms)`,
          `≤ ${TARGETS.popupMs} ms`,
          yes(h.popupMedian <= TARGETS.popupMs),
        ],
        [
          `Export of ${n0(r.exportCount)} stops (JSON, redaction on)`,
          r.exportFigure.status === 'measured'
            ? `**${ms(h.exportMedian!)} ms**`
            : `**${r.exportFigure.status.toUpperCase()}**`,
          `≤ ${n0(TARGETS.exportMs)} ms`,
          r.exportFigure.status === 'measured' ? yes(h.exportMedian! <= TARGETS.exportMs) : '–',
        ],
        [
          `Background JS heap with ${n0(heap?.stored ?? NaN)} stored stops (after GC)`,
          heap ? mib(heap.loaded.usedAfterGc) : `not measured: ${'error' in r.heap ? r.heap.error : ''}`,
          'report',
          '–',
        ],
        [
          `Content scripts injected into every chatgpt.com page (${onPage.length}), raw / gzip`,
          `${kb(csRaw)} / ${kb(csGz)}`,
          'report',
          '–',
        ],
      ],
      ['l', 'r', 'r', 'l'],
    ),
    '',
  );

  // ---- page cost
  out.push(
    '### Page cost',
    '',
    'Medians with the interquartile range in small print, in milliseconds, per turn. *task*: main-thread time in',
    'tasks (CDP `TaskDuration`); *task CPU*: the same counted in thread CPU time; *script*: CDP `ScriptDuration`;',
    '*layout*: CDP `LayoutDuration`; *wall*: page-side, start of the turn → last token appended (the batched turns: the whole',
    'answer appended and laid out). *load*: navigation start',
    "→ load event end. *MO callbacks*: the naive control's MutationObserver callbacks during the turn.",
    '',
  );
  const titles: Record<TurnKey, string> = {
    paced:
      `**Paced fetch stream** — ${n0(w.tokens)} tokens arriving in bursts of ${w.burstTokens} every ` +
      `${w.intervalMs} ms (like a live answer, sped up)`,
    burst:
      `**Burst fetch** — the same ${n0(w.tokens)} tokens written at once, rendered in batches of 100 ` +
      `(one task each): wall time is the page's processing time`,
    socket:
      `**Burst socket** — the same turn as \`conversation-turn-stream\` items on the page's WebSocket, ` +
      `sent as fast as possible, rendered in batches of 100`,
    nosignal:
      `**No network signal** — the same tokens on the socket in an envelope no observer knows, ` +
      `rendered in batches of 100: only the DOM layer can follow it`,
  };
  for (const turn of turnsIn(r)) {
    out.push(titles[turn], '');
    out.push(
      table(
        [
          'condition',
          'task',
          'task CPU',
          'script',
          'layout',
          'wall',
          ...(turn === 'paced' ? ['load'] : []),
          'MO callbacks',
        ],
        r.conditions.map((c) => {
          const s = (k: MetricKey) => summarize(samples(r, c.id, turn, k));
          const cb = r.runs.filter((x) => x.condition === c.id && x[turn]).map((x) => x[turn].naiveCallbacks);
          return [
            c.label,
            medIqr(s('task')),
            medIqr(s('taskCpu')),
            medIqr(s('script')),
            medIqr(s('layout')),
            medIqr(s('wall')),
            ...(turn === 'paced' ? [medIqr(summarize(loadSamples(r, c.id)))] : []),
            cb.every((x) => x === null) ? '–' : n0(med(cb.filter((x): x is number => x !== null))),
          ];
        }),
      ),
      '',
      'Ratios to A (no extension): ratio of medians with its 95% bootstrap interval, and the median of the',
      'per-repetition ratios (each repetition ran all conditions back to back) with their interquartile range:',
      '',
      table(
        [
          'comparison',
          'task',
          'task CPU',
          'wall',
          'task, per-repetition ratios: median, IQR',
          'task Δ ms (median − median)',
        ],
        (
          [
            ['A′ / A — A/A noise floor', 'none-aa'],
            ['**B / A — Limit Lens / without**', 'ext'],
            ['B off-site / A — extension loaded, page not matched (A/A)', 'ext-offsite'],
            ['C / A — naive observer control / without', 'naive'],
          ] as const
        )
          .filter(([, id]) => r.conditions.some((c) => c.id === id))
          .map(([label, id]) => [
            label,
            ratioCell(r, id, 'none', turn, 'task'),
            ratioCell(r, id, 'none', turn, 'taskCpu'),
            ratioCell(r, id, 'none', turn, 'wall'),
            pairedCell(r, id, 'none', turn, 'task'),
            ms(med(samples(r, id, turn, 'task')) - med(samples(r, 'none', turn, 'task'))),
          ]),
      ),
      '',
    );
  }

  // ---- attribution
  if (r.attribution.length) {
    const att = (id: ConditionId, pick: (a: Attribution) => number) =>
      med(r.attribution.filter((a) => a.condition === id).map(pick));
    const files = (id: ConditionId) => {
      const names = [
        ...new Set(r.attribution.filter((a) => a.condition === id).flatMap((a) => Object.keys(a.byFile))),
      ].sort();
      return names.map((f) => `\`${f}\` ${ms(att(id, (a) => a.byFile[f] ?? 0))}`).join(', ') || '–';
    };
    const runsOf = (id: ConditionId) => r.attribution.filter((a) => a.condition === id).length;
    out.push(
      "### Where the main thread's time goes (sampled CPU profile)",
      '',
      `Separate runs of the paced turn (${n0(w.tokens)} tokens and the ${w.tailMs} ms tail) under the V8 sampling profiler`,
      "(200 µs interval), medians in ms. Time in a built-in (`JSON.parse`, `TextDecoder`, `innerText`'s forced layout…)",
      'counts for the script that called it. *native* is Blink/V8 work outside any script: layout, style, paint',
      'preparation, network and HTML processing. This is the most direct figure for what the extension itself costs:',
      'it does not depend on telling two noisy totals apart.',
      '',
      table(
        ['condition', 'runs', 'extension script', 'of which, by file', 'page script', 'GC', 'native', 'idle'],
        (['none', 'ext', 'naive'] as const)
          .filter((id) => runsOf(id) > 0)
          .map((id) => [
            r.conditions.find((c) => c.id === id)?.label ?? id,
            String(runsOf(id)),
            `**${ms(att(id, (a) => a.extension))}**`,
            files(id),
            ms(att(id, (a) => a.page)),
            ms(att(id, (a) => a.gc)),
            ms(att(id, (a) => a.program)),
            ms(att(id, (a) => a.idle)),
          ]),
      ),
      '',
    );
  }

  // ---- detection
  const stage = (label: string, pick: (d: DetectionSample) => number, note = '') => {
    const ws = warm.map(pick).filter(Number.isFinite);
    const cs2 = cold.map(pick).filter(Number.isFinite);
    return [
      label + note,
      ms(quantile(ws, 0.5)),
      ms(quantile(ws, 0.95)),
      ms(ws.length ? Math.max(...ws) : NaN),
      ms(quantile(cs2, 0.5)),
      ms(quantile(cs2, 0.95)),
    ];
  };
  out.push(
    '### Detection latency',
    '',
    `A ChatGPT image-quota stop (the image tool's \`ChatGPTAgentToolRateLimitException\`, then the assistant's reply,`,
    `then the end of the turn, ~100 ms apart) streamed into the page; milliseconds after the page parsed the end of`,
    `the turn (\`[DONE]\`). Warm: the background service worker is running (${warm.length} repetitions). Cold: it was`,
    `stopped before the turn, as Chromium does after 30 s idle, so the capture starts it (${cold.length} repetitions).`,
    '',
    table(
      ['stage', 'warm p50', 'warm p95', 'warm max', 'cold p50', 'cold p95'],
      [
        stage('turn handed to the isolated script (turn-end, page-side event)', (d) => d.finding),
        stage("**record stored** in the extension's IndexedDB", (d) => d.stored),
        stage('**card shown in a popup left open** during the turn', (d) => d.live),
        stage('card shown in a popup opened as soon as the record exists', (d) => d.card),
        stage(
          `record carries the text the user saw (includes the ${r.settleMs} ms settle delay)`,
          (d) => d.visibleText,
        ),
        stage(`the same, minus the deliberate ${r.settleMs} ms settle delay`, (d) => d.visibleText - r.settleMs),
      ],
    ),
    '',
    `The record is stored from the network finding at once; the text the user saw is attached by a second capture`,
    `that the isolated script sends ${r.settleMs} ms (\`settleMs\`) after the turn ends, so the final render has landed`,
    `before it reads the page. That delay is by design: ${
      h.storedP95 <= TARGETS.detectionP95 && h.openedPopupP95 <= TARGETS.detectionP95
        ? `the stop is stored and shown well before it, and only the attached visible text is later than ${TARGETS.detectionP95} ms.`
        : `here some stages before it already exceed ${TARGETS.detectionP95} ms (see the table).`
    }`,
    '',
  );

  if (r.messageStored?.length) {
    const row = (worker: MessageStoredSample['worker'], label: string) => {
      const of = (cold: boolean) =>
        summarize((r.messageStored ?? []).filter((m) => m.worker === worker && m.cold === cold).map((m) => m.ms));
      const [w, c] = [of(false), of(true)];
      return [
        label,
        String(w.n),
        ms(w.median),
        ms(w.p95),
        ms(c.median),
        ms(c.p95),
        estCell(h.messageStored[worker].ratio),
        ms(c.median - w.median),
      ];
    };
    out.push(
      '**The floor of a cold start.** The same `capture` message (an image-quota refusal, its own occurrence key each',
      "time) sent from each extension's own page to its worker, timed to the answer, which both give once the record",
      'is written; cold repetitions stop the worker through CDP first. The blank worker is a second tiny extension',
      '(`test/bench/blank-worker.ts`) loaded in the same browser, whose worker only opens its IndexedDB and writes the',
      'payload: its cold − warm is what Chromium itself costs to start a worker and deliver a message; what Limit',
      "Lens's cold start adds beyond it is ours (script evaluation, start-up work, the capture path's first run).",
      '',
      table(
        ['worker', 'runs', 'warm p50', 'warm p95', 'cold p50', 'cold p95', 'cold / warm', 'cold − warm (p50)'],
        [row('blank', 'blank worker (the floor)'), row('ours', '**Limit Lens**')],
      ),
      '',
    );
  }

  // ---- popup, heap, export, sizes
  const small = summarize(r.popup.small.map((p) => p.firstCard));
  const large = summarize(r.popup.large.map((p) => p.firstCard));
  const largeFrame = summarize(r.popup.large.map((p) => p.firstCardFrame));
  const smallFrame = summarize(r.popup.small.map((p) => p.firstCardFrame));
  const popupRow = (label: string, xs: PopupSample[] | undefined) => {
    const a = summarize(firstCards(xs));
    const f = summarize((xs ?? []).map((p) => p.firstCardFrame));
    return [label, String(a.n), ms(a.median), ms(a.p95), ms(a.max), ms(f.median), ms(f.p95)];
  };
  out.push(
    '### Popup first render',
    '',
    "Milliseconds from the popup page's navigation start to the first stop card in the DOM, and to the next frame.",
    '',
    table(
      ['stored stops', 'runs', 'first card median', 'p95', 'max', 'next frame median', 'next frame p95'],
      [
        [
          n0(r.popup.smallCount),
          String(small.n),
          ms(small.median),
          ms(small.p95),
          ms(small.max),
          ms(smallFrame.median),
          ms(smallFrame.p95),
        ],
        [
          `**${n0(r.popup.largeCount)}**`,
          String(large.n),
          `**${ms(large.median)}**`,
          `**${ms(large.p95)}**`,
          ms(large.max),
          ms(largeFrame.median),
          ms(largeFrame.p95),
        ],
        ...(r.popup.cold ? [popupRow(`${n0(r.popup.largeCount)}, worker stopped first (cold)`, r.popup.cold)] : []),
        ...(r.popup.blank ? [popupRow('the floor: a blank extension page, nothing to read', r.popup.blank)] : []),
      ],
    ),
    '',
    "The popup reads the extension's IndexedDB itself (bounded, indexed reads) and never asks the service worker,",
    'so neither the number of stored stops nor a stopped worker should show. The warm, cold and blank-page runs are',
    'interleaved in a rotating order; "warm" wakes the worker with a request first, "cold" stops it through CDP',
    "(`Target.closeTarget`) and waits 300 ms. The blank page is written into the bench's private copy of the extension",
    '(`test/bench/extension-bench.ts`): one module script that adds an empty card, timed exactly as the popup.',
    '',
    '### Background memory',
    '',
    heap
      ? table(
          ['state', 'JS heap used', 'after forced GC', 'heap total'],
          [
            ['fresh start, empty database', mib(heap.fresh.used), mib(heap.fresh.usedAfterGc), mib(heap.fresh.total)],
            [
              `${n0(heap.stored)} stored stops, after the popup listed them ${r.popup.large.length} times`,
              mib(heap.loaded.used),
              mib(heap.loaded.usedAfterGc),
              mib(heap.loaded.total),
            ],
          ],
        )
      : `Not measured: ${'error' in r.heap ? r.heap.error : ''}`,
    '',
    '### Export',
    '',
  );
  const ex = r.exportFigure;
  if (ex.status === 'measured' && ex.ms) {
    out.push(
      table(
        ['what', 'median', 'p95', 'output'],
        [
          [
            `toExportJson, ${n0(r.exportCount)} stops, redaction on (the UI default)`,
            `**${ms(ex.ms.median)} ms**`,
            `${ms(ex.ms.p95)} ms`,
            ex.bytes ? mib(ex.bytes) : '–',
          ],
          ...(ex.plainMs
            ? [
                [
                  `toExportJson, ${n0(r.exportCount)} stops, redaction off`,
                  `${ms(ex.plainMs.median)} ms`,
                  `${ms(ex.plainMs.p95)} ms`,
                  ex.plainBytes ? mib(ex.plainBytes) : '–',
                ],
              ]
            : []),
          ...(ex.redactionMs
            ? [
                [
                  `of which redaction (\`redactRecord\` on each record)`,
                  `${ms(ex.redactionMs.median)} ms`,
                  `${ms(ex.redactionMs.p95)} ms`,
                  '–',
                ],
              ]
            : []),
        ],
      ),
    );
  } else {
    out.push(`**${ex.status.toUpperCase()}** — ${ex.note}`);
    if (ex.redactionMs) {
      out.push(
        '',
        `Redaction alone (lib/export/redact.ts \`redactRecord\` on each of the ${n0(r.exportCount)} records, the pass every` +
          ` export runs): median **${ms(ex.redactionMs.median)} ms**, p95 ${ms(ex.redactionMs.p95)} ms.`,
      );
    }
  }
  out.push(
    '',
    '### Bundle sizes',
    '',
    table(
      ['file', 'raw', 'gzip'],
      [
        ...onPage.map((x) => [`\`${x.file}\` (content script, every chatgpt.com page)`, kb(x.raw), kb(x.gzip)]),
        ['**content scripts on chatgpt.com, total**', `**${kb(csRaw)}**`, `**${kb(csGz)}**`],
        ...cs
          .filter((x) => !x.onChatGpt)
          .map((x) => [`\`${x.file}\` (content script registered at run time for other sites)`, kb(x.raw), kb(x.gzip)]),
        ...r.sizes.others.map((x) => [`\`${x.file}\``, kb(x.raw), kb(x.gzip)]),
      ],
    ),
    '',
  );

  out.push(...methodology(r));

  // ---- raw data
  out.push(
    '## Raw samples of this run',
    '',
    `<details><summary>Per-run page figures (ms): task / task CPU / wall for each turn (${turnsIn(r).join(', ')})</summary>`,
    '',
    table(
      ['round', 'condition', ...turnsIn(r).flatMap((t) => [`${t} task`, `${t} CPU`, `${t} wall`])],
      [...r.runs]
        .sort((a, b) => a.round - b.round)
        .map((x) => [
          String(x.round),
          x.condition,
          ...turnsIn(r).flatMap((t) => [ms(x[t]?.task ?? NaN), ms(x[t]?.taskCpu ?? NaN), ms(x[t]?.wall ?? NaN)]),
        ]),
      ['r', 'l', ...turnsIn(r).flatMap(() => ['r', 'r', 'r'] as const)],
    ),
    '',
    '</details>',
    '',
    '<details><summary>Detection samples (ms after the end of the turn)</summary>',
    '',
    table(
      ['#', 'worker', 'finding', 'stored', 'open popup', 'opened popup', 'visible text'],
      r.detection.map((d, i) => [
        String(i + 1),
        d.cold ? 'cold' : 'warm',
        ms(d.finding),
        ms(d.stored),
        ms(d.live),
        ms(d.card),
        ms(d.visibleText),
      ]),
    ),
    '',
    '</details>',
    '',
  );
  return out.join('\n');
}

/** The naive control runs in fewer repetitions than the others (scripts/bench.ts): say how many, from the data. */
function naiveNote(r: BenchResults): string {
  const rounds = new Set(r.runs.filter((x) => x.condition === 'naive').map((x) => x.round)).size;
  if (!rounds || rounds === r.reps) return '';
  return (
    ` (the naive control C only in ${rounds} of the ${r.reps}: its burst turns take tens of times longer than the` +
    ` others', as its \`innerText\` read per callback grows with the answer, and its ratio is far from 1 anyway)`
  );
}

function methodology(r: BenchResults): string[] {
  const w = r.workload;
  return [
    '## How each figure is measured',
    '',
    '**The page.** `test/bench/site/chatgpt-bench.html` is the end-to-end page double (`test/e2e/site/chatgpt.html`)',
    'with timing hooks: it calls `POST /backend-api/conversation/init` and opens its WebSocket to',
    '`wss://ws.chatgpt.com/…` (sending `connect` and a `subscribe` to `conversations`, as the live page does), then,',
    'when the bench asks, plays one turn and renders the answer the way the thread does (one text node appended per',
    'token into the assistant bubble, in a `<main>`). Four kinds of turn, the same answer each time:',
    '',
    '- *paced fetch*: `POST /backend-api/f/conversation`, whose delta-v1 SSE body arrives over time; each token is',
    '  appended as it is parsed;',
    '- *burst fetch*: the same body written at once; the page reads it as fast as it arrives and renders it in',
    `  batches of 100 tokens, one task each (the next batch posted through a \`MessageChannel\`, which yields without`,
    `  timer clamping), so the page is processing-bound: ${n0(w.tokens)} tokens are ${n0(Math.ceil((w.tokens + 1) / 100))} render tasks.`,
    '  Each batch is a paragraph (`<p>`) of its own, as the live thread renders markdown in blocks, and once the',
    "  last batch is in the page reads the answer's height (as a page keeping the thread scrolled to the bottom",
    '  does), so its whole layout is inside the turn. Until 2026-11-30 the batches went into one ever-growing text',
    '  block, which every rendered frame laid out whole: the same turn cost 80–660 ms with how many frames fell',
    '  inside it (layout 27–480 ms), an A/A spread no 5% target could be judged against;',
    '- *burst socket*: no fetch; the page sends `subscribe` to `conversation-turn-<turn_id>` on its socket and the',
    '  server sends the same SSE events as `conversation-turn-stream` stream items (`encoded_item` = one SSE event:',
    '  `delta_encoding` v1, the assistant `add`, the deltas, `message_stream_complete`, `conversation_detail_metadata`,',
    '  `[DONE]`, then the socket\'s own `{"type":"done"}`), as fast as the server can write them: mostly one item a',
    `  frame, every tenth frame batched (4 items); the first 8 items sent live and replayed as \`catchups\` in the`,
    '  reply to the subscribe; then `conversation-turn-complete` on `conversations`. The page parses every frame,',
    '  applies each `stream_item_id` once, and renders in batches of 100 as above;',
    '- *no network signal*: the same tokens on the same socket in an envelope of our own',
    '  (`{"kind":"chunk","seq":n,"text":[…10 tokens…]}`), rendered in batches of 100: nothing a network observer',
    "  knows, so only an extension's DOM layer can follow the turn.",
    '',
    `Each burst-like turn runs several times in a row on the same page load (burst fetch ${2 * (w.burstRepeats ?? 1)}, burst socket and`,
    `no signal ${w.burstRepeats ?? 1} each), each with its own window (settle, turn, tail), and its sample is their mean: one burst is`,
    '~100 ms of work, short enough that one GC or one descheduling of the renderer decides its ratio; several in a',
    'row average that out, as a busy user makes them. The burst fetch runs twice as many: it is the cheapest. The',
    'naive control runs each kind once (its turns take seconds and its ratio is far from 1).',
    '',
    'The bench asks for a socket turn with a bench-only command on the socket (`bench-turn`: turn id, tokens,',
    'shape), so no fetch is involved and a network observer can learn of it only from the socket. The streams are',
    'the end-to-end builders (`test/e2e/support/chatgpt-streams.ts`: `longAnswerStream`, `quotaStream`,',
    '`socketItems`, `subscribeReply`, `turnComplete`), so the extension parses exactly what its tests parse.',
    '',
    '**Serving it.** The content scripts match `https://chatgpt.com/*`, and a long answer has to *arrive over time*:',
    "Playwright's `route.fulfill` hands over a whole body at once, so it cannot stream. The bench therefore runs a",
    'loopback HTTPS server (`test/bench/server.ts`, node:https on 127.0.0.1) with a throwaway self-signed certificate',
    'made by `openssl` at bench time (`test/e2e/support/tls.ts`), and starts Chromium with',
    '`--host-resolver-rules="MAP chatgpt.com 127.0.0.1:PORT, …, MAP * ~NOTFOUND"` and `--ignore-certificate-errors`.',
    'The server writes the SSE body with chunked transfer: a burst of tokens, then a pause (bodies and frames are',
    "built once and cached, so the server's own work is not in the page's wall time). The same server",
    "answers the WebSocket upgrade for `ws.chatgpt.com` (also mapped to it; frames by Node's `ws` package). No Playwright routes",
    'are installed (interception would add work to every request of every condition); every other host fails to',
    'resolve, so nothing leaves the machine. `openssl` must be installed.',
    '',
    '**Conditions.** Each page run starts a fresh Chromium with a fresh profile (`test/bench/browser.ts`), same',
    'executable and flags (`--headless --no-sandbox --disable-gpu --disable-background-networking',
    '--disable-component-update --disable-sync --no-first-run`), differing only in the unpacked extension loaded:',
    '',
    '- **A** no extension; **A′** the same again, a second sample set (A/A: the noise floor);',
    '- **B** Limit Lens as built by `wxt build` (copied to a temp dir at the start of the run, so a rebuild in the',
    '  checkout cannot change it mid-run);',
    '- **B off-site** Limit Lens loaded, the same page served from a host it does not match (a second A/A: the cost',
    '  of the extension merely being installed);',
    '- **C** the naive-observer control: a tiny MV3 extension the bench writes to a temp dir',
    '  (`test/bench/naive-extension.ts`), one isolated-world content script on chatgpt.com at `document_start` with a',
    '  `MutationObserver` on `document.documentElement` (`childList`, `subtree`, `characterData`) that tests a',
    '  stop-message regex against `document.body.innerText` in every callback: what page-watching extensions',
    '  commonly do, and what Limit Lens avoids by disconnecting its observer while the network layer reports a',
    '  turn in progress and reading the page once after the turn.',
    '',
    `Each repetition runs every condition once${naiveNote(r)}, in a freshly shuffled (seeded) order, with a 300 ms pause between`,
    "browsers. A fixed rotation (A B C…, B C A…) was tried first and is not used: it keeps each condition's",
    "predecessor fixed, and a run is affected by the one before it (the previous browser's teardown), so in four",
    'rotated runs the condition that always followed A came out 5–16% above A, a bias rather than noise.',
    `${r.smoke ? 'The smoke run has no warm-up.' : 'One warm-up run (not counted) comes first.'}`,
    'A run counts only when its harness checks pass, on every turn: all tokens rendered (and, for the batched',
    "turns, in the expected number of render tasks); in B, on the fetch and socket turns, Limit Lens's bridge",
    'events (`limit-lens:network` on `document`, which the page can see) include a `turn-start` and a `turn-end`',
    '(the network layer followed the turn, so its DOM layer could stand down), and on the no-signal turn no',
    '`turn-start`; no bridge events at all in the other conditions; the naive observer active in C only. A failed',
    'run is retried once, then the bench stops.',
    '',
    "**Page-cost windows.** After the page has loaded and the content scripts' start-up work is done, the four turns",
    `are measured in one browser, in the order above, the thread emptied and 200 ms of quiet between them; each`,
    `window runs from just before the page starts the turn (fetch call or socket command) to ${w.tailMs} ms after its`,
    `last token (so the extension's post-turn read of the page, ${r.settleMs} ms after the turn ends, is inside it).`,
    `The paced turn is ${n0(w.tokens)} tokens in bursts of ${w.burstTokens} every ${w.intervalMs} ms (a live answer, sped up`,
    `about 100×); the other three arrive as fast as they can, so their wall time is processing, not pacing. CDP`,
    "`Performance.getMetrics` is read on the page's session before and after each window, once with wall-clock",
    'ticks (*task*, *script*, *layout*) and once with `timeDomain: threadTicks` (*task CPU*, which does not count',
    "time the renderer's main thread spent descheduled on a busy machine). The background service worker is a",
    'separate process and not in these figures (it does no work during an ordinary answer).',
    '',
    'Every page run is the first page load in a fresh browser and profile (cold caches, content scripts compiled',
    "for the first time), so *load* is the worst case of the extension's start-up cost, not a warm tab's.",
    '',
    'Reading them: *task* is the figure the target applies to (the trial found it the steadiest). It is wall-clock',
    "time, so it also grows when the renderer's main thread is descheduled because other processes want the two",
    "cores (the extension's own service worker process, or anything else running on the machine); *task CPU* does",
    'not, so when B is above A on *task* but not on *task CPU*, the difference is contention, not work on the',
    'page. *script* counts only script entered from a task (event listeners, observer and timer callbacks): the',
    "page's own stream reading and the network observer run in promise continuations, which CDP does not",
    "attribute to `ScriptDuration`, hence ~0 for A and B; the naive control's observer callbacks do show there.",
    "In the paced turn the *wall* time is set by the stream's pace; the extension could only lengthen it by",
    'saturating the main thread, so on it the judged figure is *task*. On the three bursts the page is busy from',
    'the first byte to the last token, and anything the extension adds to the main thread (following a body as the',
    'page reads it, reading socket frames, mutation-observer callbacks) lengthens the *wall* time too, so both are judged.',
    "The burst fetch's window is short (about a tenth of a second on these machines), so read its ratios against",
    "its A/A rows. The socket turn is dominated by the page's per-frame work (one message event per frame). The",
    `no-signal target is looser (≤ ${TARGETS.noSignalRatio.toFixed(2)}): there the extension has nothing but the DOM to go by.`,
    "The attribution below is the direct measure of the extension's own work (on the paced turn).",
    '',
    '**Attribution.** Separate, non-interleaved runs of the paced turn for A, B and C with CDP `Profiler` sampling',
    'every 200 µs; each sample is charged to the nearest frame with a script URL (`chrome-extension://…` for an',
    "extension's content scripts, in either world), else to GC, idle or native work. The profiler slows everything a",
    'little, so these runs are kept out of the ratios.',
    '',
    '**Detection latency** (`test/bench/extension-bench.ts`). One Chromium with Limit Lens; an extension page',
    "(`popup.html`, which has the extension's origin) polls the extension's IndexedDB `limit-lens` every ~1–4 ms for",
    "the record carrying this repetition's occurrence key, and stamps when it appears (*stored*) and when it carries",
    'the visible text. As soon as the record exists it opens `popup.html` in an iframe and stamps when that popup',
    'shows the card (matched by its reset time, unique per repetition); a second popup iframe, opened before the',
    "turn, shows whether an open popup refreshes itself. The reference point is the page's own timestamp when it",
    'parsed the end of the turn; all stamps are `performance.timeOrigin + performance.now()`, comparable across',
    "the page and extension processes to about a millisecond. The page also stamps the observer's bridge event",
    '(*turn-end*, after which the isolated script assembles the finding), which Limit Lens dispatches on `document`',
    'and the page can see. One warm-up repetition',
    'is not counted. Cold repetitions stop the service worker through CDP (`Target.closeTarget`) first. The quota',
    "turn streams the image tool's refusal first and ends ~200 ms later; the refusal is an image turn under way, so",
    "ChatGPT's content script wakes a stopped worker then (`imageTurn`, docs/permissions.md), not at the stop: that",
    "~200 ms is all the head start a cold worker gets here (in real turns the assistant's reply takes seconds).",
    '',
    `**Popup first render.** ${n0(r.popup.largeCount)} records generated by the product's own code (\`test/bench/seed.ts\`:`,
    'the labelled real messages of `test/fixtures/limit-messages.jsonl` and the replayed quota stream, each',
    'classified and turned into a record by `classify` and `newRecord`, with distinct occurrence keys and',
    "conversations, sightings spread over 90 days) are bulk-put into the extension's IndexedDB from its own page",
    '(captures through the background would merge repeats of the same limit into one record). The popup is',
    'opened as a tab (headless Chromium has no toolbar to open the action popup from); an init script stamps',
    '`performance.now()` (from navigation start: page load, settings, the first IndexedDB read, render) when the first',
    '`.stop-card` enters the DOM, and at the following animation frame. The popup draws the latest stop first and the',
    "recent ones under it in the frame after, so the first card is the latest stop's. The same is measured first with",
    `${n0(r.popup.smallCount)} stored stops for comparison.`,
    '',
    '**Background memory.** CDP `Runtime.getHeapUsage` on the service worker target (attached through',
    '`Target.attachToTarget`), before and after `HeapProfiler.collectGarbage`, on a fresh start and again after the',
    "stops were stored and the popup listed them. The records live in IndexedDB, not in the worker's heap.",
    '',
    `**Export.** \`toExportJson\` from \`lib/export/json.ts\` on the same ${n0(r.exportCount)} generated records, in Node`,
    '(one warm-up call, then the median of several), with redaction on (the UI default) and off; the redaction',
    'pass (`redactRecord` per record) is also timed alone. Reading the stops out of IndexedDB is not included. If',
    'the module is missing the figure is marked TODO.',
    '',
    '**Raw data.** Every run also writes its raw results as JSON (a temp file, or `--json FILE`);',
    '`npm run bench -- --render FILE` re-renders this page from such a file without a browser.',
    '',
    '**Bundle sizes.** `.output/chrome-mv3/content-scripts/*.js`, raw and gzip (node:zlib, default level); the ones',
    'the manifest injects into chatgpt.com (what every ChatGPT page load pays for) are totalled, the others are',
    'registered at run time for other sites; the background and popup bundles are listed for context.',
    '',
  ];
}

/** A few lines for the terminal. */
export function renderSummary(r: BenchResults): string {
  const h = headline(r);
  const ex = r.exportFigure;
  return [
    ...turnsIn(r).map((t) => {
      const th = h.turns[t]!;
      return (
        `${t.padEnd(9)} B/A task ${ratio(th.task.ratio)} wall ${ratio(th.wall.ratio)}` +
        `   A′/A task ${ratio(th.aaTask)} wall ${ratio(th.aaWall)}   C/A task ${ratio(th.naiveTask)}   ` +
        `(target B/A ≤ ${TURN_INFO[t].target.toFixed(2)})`
      );
    }),
    `page task CPU    B/A ${ratio(h.turns.paced?.taskCpu.ratio ?? NaN)}   A′/A ${ratio(h.aaCpuRatio)} (paced)`,
    `extension's own  ${ms(h.extScript)} ms script per turn, GC with − without ${ms(h.extGcDelta)} ms (CPU profile)`,
    `detection p95    stored ${ms(h.storedP95)} ms, open popup ${ms(h.livePopupP95)} ms, opened ` +
      `popup ${ms(h.openedPopupP95)} ms (target ${TARGETS.detectionP95})`,
    `popup ${n0(r.popup.largeCount)} stops   median ${ms(h.popupMedian)} ms, p95 ${ms(h.popupP95)} ms (target ${TARGETS.popupMs})`,
    `popup ratios     ${n0(r.popup.largeCount)}/${n0(r.popup.smallCount)} ` +
      `${ratio(h.popupScale.ratio)} (≤ ${TARGETS.popupScaleRatio.toFixed(2)}), cold/warm ` +
      `${ratio(h.popupCold.ratio)} (≤ ${TARGETS.popupColdRatio.toFixed(2)}), /blank page ` +
      `${ratio(h.popupFloor.ratio)} (≤ ${TARGETS.popupFloorRatio.toFixed(2)})`,
    `stored           cold/warm ${ratio(h.storedCold.ratio)} (≤ ${TARGETS.storedColdRatio.toFixed(2)})`,
    ...(r.messageStored?.length
      ? [
          `message→stored   cold/warm blank worker ${ratio(h.messageStored.blank.ratio.ratio)} ` +
            `(${ms(h.messageStored.blank.cold)} / ${ms(h.messageStored.blank.warm)} ms), ` +
            `Limit Lens ${ratio(h.messageStored.ours.ratio.ratio)} ` +
            `(${ms(h.messageStored.ours.cold)} / ${ms(h.messageStored.ours.warm)} ms)`,
        ]
      : []),
    `export           ${
      ex.status === 'measured'
        ? `${ms(ex.ms!.median)} ms redacted, ${ms(ex.plainMs?.median ?? NaN)} ms plain`
        : ex.status.toUpperCase()
    }${ex.redactionMs ? ` (redaction alone ${ms(ex.redactionMs.median)} ms)` : ''}`,
    `content scripts  ${r.sizes.contentScripts
      .map((x) => `${x.file.replace('content-scripts/', '')} ${kb(x.raw)} / ${kb(x.gzip)} gz`)
      .join(', ')}`,
  ].join('\n');
}
