/**
 * The isolated-world half of ChatGPT detection. It assembles the turns the MAIN world hands over into findings
 * (turn-assembler.ts), pairs each finding with the text the user actually saw, runs the DOM fallback when no
 * network signal came, and hands captures to `send`.
 *
 * Cost on a streaming page: while the network observer reports a turn in progress (fetch body or socket) the
 * DOM observer is disconnected, so streamed tokens cost nothing here; the page is read once, after the turn
 * ends. Outside announced turns (a transport we do not recognise) the observer steps aside at its first
 * callback: it disconnects, and the page is looked at again once per quiet period until it stops changing, then
 * read once and observed again. So a burst of streamed nodes costs one callback and one cheap look a second,
 * whatever its size.
 *
 * Takes its document and window as parameters, so it runs in unit tests and benchmarks without a browser. What it
 * reads of the page is in chatgpt-page-reader.ts; what it accepts of a forged-or-not finding, in finding-shape.ts.
 */
import { readBridgeDetail } from './bridge-detail.ts';
import { createMinuteBudget } from './minute-budget.ts';
import type { CapturePayload } from '../messages/protocol.ts';
import { CAPTURE_LIMITS, type ProgressReport } from '../messages/protocol.ts';
import { BRIDGE_EVENT, type BridgeMessage, type NetworkFinding } from './bridge.ts';
import { ASSISTANT_HEAD_CHARS, looksLikeStop } from './dom-patterns.ts';
import { ASSISTANT_UNIT, OBSERVE_ROOT, queryFirst, queryLast } from './selectors.ts';
import { pageOf, seenTextCapture } from './page-capture.ts';
import { textHash } from './text-hash.ts';
import { createTurnAssembler } from './turn-assembler.ts';
import { createTally, HEALTH_FLUSH_MS, type Counters } from '../health/counters.ts';
import { conversationIdFromPath, createChatgptPageReader, messageIdOf, readText } from './chatgpt-page-reader.ts';
import { isWellFormedSignal, occurrenceKeysOf } from './finding-shape.ts';

export interface CoordinatorOptions {
  doc: Document;
  win: Window;
  send: (capture: CapturePayload) => void;
  /** What ChatGPT reported of the image allowance on a turn that was not a stop. */
  onProgress?: (report: ProgressReport) => void;
  /** Health counters (lib/health/): when the page is hidden or left, else at most every {@link HEALTH_FLUSH_MS}. */
  onHealth?: (counts: Counters) => void;
  /** A turn under way called the image tool (turn-assembler.ts): a stop may follow. */
  onImageTool?: () => void;
  now?: () => number;
  /** Wait after a turn ends before reading the page, so the final render has landed. */
  settleMs?: number;
  /** Quiet period before a DOM fallback scan outside turns. */
  quietMs?: number;
}

/** A page that floods the bridge (or forges it) gets at most this many findings a minute to the background. */
const BRIDGE_BUDGET_PER_MINUTE = 30;
/** "An image turn is under way" goes to the background at most this often (the background acts on one per 10 s). */
const IMAGE_TURNS_PER_MINUTE = 6;
const MAX_BRIDGE_DETAIL_CHARS = 64 * 1024;
const MAX_ACTIVE_TURNS = 16;
const STALE_TURN_MS = 10 * 60_000;

export interface CoordinatorStats {
  bridgeMessages: number;
  bridgeRejected: number;
  observerCallbacks: number;
  scans: number;
  captures: number;
  /** The DOM observer is connected now. */
  observing: boolean;
  /** A network turn is in progress now. */
  turnActive: boolean;
}

export function createCaptureCoordinator(opts: CoordinatorOptions) {
  const { doc, win, send } = opts;
  const now = opts.now ?? (() => Date.now());
  const settleMs = opts.settleMs ?? 600;
  const quietMs = opts.quietMs ?? 1200;

  const stats: CoordinatorStats = {
    bridgeMessages: 0,
    bridgeRejected: 0,
    observerCallbacks: 0,
    scans: 0,
    captures: 0,
    observing: false,
    turnActive: false,
  };
  /** Findings already stored whose visible text is still to be read once the page has rendered. */
  const pending: { finding: NetworkFinding; occurrenceKeys: string[]; conversationId: string | undefined }[] = [];
  /** Text already reported (or present before we looked): never reported again by the fallback. */
  const reportedText = new Set<string>();
  let networkAlive = false;
  let turnActive = false;
  /** Turns under way, by key, with when they started. */
  const activeTurns = new Map<string, number>();
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  let observedRoot: Element | undefined;
  let baselinePath = '';
  /** The observer stepped aside for a burst of mutations: the page is polled until it is quiet. */
  let steppedAside = false;
  let lastLook = '';
  const withinBudget = createMinuteBudget(BRIDGE_BUDGET_PER_MINUTE, now);
  const tally = createTally();
  const page = createChatgptPageReader(doc, tally);
  // An image turn under way wakes the background (turn-assembler.ts): at most a few a minute, apart from findings.
  const imageTurnBudget = createMinuteBudget(IMAGE_TURNS_PER_MINUTE, now);
  const assembler = createTurnAssembler({ now, tally, onImageTool: () => imageTurnBudget() && opts.onImageTool?.() });
  /** A turn ended with a reply to show: the next scan checks our selectors against the page once. */
  let checkSelectors = false;
  let rejectedFlushed = 0;
  let healthFlushedAt = now();

  function onBridge(event: Event): void {
    try {
      const raw = readBridgeDetail(event, MAX_BRIDGE_DETAIL_CHARS) as BridgeMessage | undefined;
      if (raw === undefined || typeof raw !== 'object' || raw === null) {
        stats.bridgeRejected++;
        return;
      }
      stats.bridgeMessages++;
      for (const msg of assembler.accept(raw)) onSignal(msg);
    } catch {
      stats.bridgeRejected++;
    }
  }

  /** A turn's start or end, or a finding or allowance report, once assembled. */
  function onSignal(msg: BridgeMessage): void {
    try {
      if (msg?.type === 'turn-start') {
        networkAlive = true;
        activeTurns.set(String(msg.turn ?? ''), now());
        if (activeTurns.size > MAX_ACTIVE_TURNS) activeTurns.delete(activeTurns.keys().next().value as string);
        turnActive = stats.turnActive = true;
        steppedAside = false;
        disconnectObserver();
        clearScan();
      } else if (msg?.type === 'turn-end') {
        // A turn that streamed a reply (socket, handed off, or an event stream; not a POST answered with JSON or an error).
        const ctx = msg.context;
        checkSelectors ||=
          !msg.aborted &&
          (!!msg.turnId || /^wss:|event-stream/.test(`${msg.endpoint} ${ctx?.headers?.['content-type']}`));
        activeTurns.delete(String(msg.turn ?? ''));
        // Several turns can stream at once (two conversations, a fetch turn and a socket one): the DOM layer
        // comes back when the last ends. A turn that never ended stops counting after a while.
        for (const [k, at] of activeTurns) if (now() - at > STALE_TURN_MS) activeTurns.delete(k);
        turnActive = stats.turnActive = activeTurns.size > 0;
        if (!turnActive) scheduleScan(settleMs);
      } else if (msg?.type === 'socket-stats') {
        flushHealth();
      } else if (!isWellFormedSignal(msg)) {
        stats.bridgeRejected++;
      } else if (!withinBudget()) {
        // Only what would reach the background is budgeted, so a flood of garbage cannot crowd out real signals.
        stats.bridgeRejected++;
      } else if (msg.type === 'progress') {
        opts.onProgress?.({
          site: win.location.hostname,
          endpoint: String(msg.endpoint).slice(0, CAPTURE_LIMITS.urlChars),
          progress: msg.progress.slice(0, 8),
          seenAt: now(),
        });
      } else {
        sendFinding(msg.finding);
        if (!turnActive) scheduleScan(settleMs);
      }
    } catch {
      stats.bridgeRejected++;
    }
  }

  function onMutations(): void {
    stats.observerCallbacks++;
    if (turnActive) return;
    // Step aside until the page is quiet: observing a stream node by node is what costs a busy page.
    disconnectObserver();
    steppedAside = true;
    lastLook = page.look();
    if (scanTimer === undefined) scheduleScan(quietMs);
  }

  function scheduleScan(delay: number): void {
    clearScan();
    scanTimer = setTimeout(() => {
      scanTimer = undefined;
      scan();
    }, delay);
  }

  function clearScan(): void {
    if (scanTimer !== undefined) clearTimeout(scanTimer);
    scanTimer = undefined;
  }

  function scan(): void {
    if (steppedAside && !turnActive) {
      const now = page.look();
      if (now !== lastLook) {
        // Still changing: look again after another quiet period, observer still aside.
        lastLook = now;
        scheduleScan(quietMs);
        return;
      }
      steppedAside = false;
    }
    stats.scans++;
    try {
      attachVisibleText();
      scanSurfaces();
      if (!networkAlive) scanLastAssistant();
      if (checkSelectors) {
        checkSelectors = false;
        page.selfCheck();
      }
    } finally {
      if (!turnActive) connectObserver();
      flushHealth();
    }
  }

  /** Counted after each scan; sent when due, or at once (`force`) when the page is hidden or left. */
  /** Hidden: switched away from, closed or left (browsers fire this on unload too, before pagehide). */
  const flushNow = (): void => {
    if (doc.visibilityState === 'hidden') flushHealth(true);
  };

  function flushHealth(force?: unknown): void {
    if (force !== true && now() - healthFlushedAt < HEALTH_FLUSH_MS) return;
    healthFlushedAt = now();
    const rejected = stats.bridgeRejected - rejectedFlushed;
    rejectedFlushed = stats.bridgeRejected;
    if (rejected) tally.add('reject.bridge', rejected);
    const counts = tally.take();
    if (counts) opts.onHealth?.(counts);
  }

  /**
   * A finding is stored at once (latency matters for the countdown); the text the user saw is attached after the
   * page has rendered it, as a second capture of the same occurrence, which the background merges.
   */
  function sendFinding(finding: NetworkFinding): void {
    const conversationId = finding.conversationId ?? conversationIdFromPath(win.location.pathname);
    const occurrenceKeys = occurrenceKeysOf(finding);
    send({
      ...pageOf(win.location),
      ...(conversationId ? { conversationId } : {}),
      layer: 'network',
      kinds: finding.kinds.slice(0, CAPTURE_LIMITS.kinds),
      evidence: finding.evidence.slice(0, CAPTURE_LIMITS.evidenceChars),
      evidenceTruncated: finding.truncated || finding.evidence.length > CAPTURE_LIMITS.evidenceChars,
      endpoint: finding.endpoint,
      status: finding.status,
      headers: finding.headers,
      ...(finding.limitsProgress?.length ? { limitsProgress: finding.limitsProgress } : {}),
      occurrenceKeys,
      seenAt: finding.seenAt,
    });
    stats.captures++;
    pending.push({ finding, occurrenceKeys, conversationId });
  }

  function attachVisibleText(): void {
    for (const { finding, occurrenceKeys, conversationId } of pending.splice(0)) {
      const seen = page.visibleTextFor(finding);
      if (!seen) continue;
      reportedText.add(textHash(seen));
      send(seenTextCapture(pageOf(win.location), seen, occurrenceKeys, now(), conversationId));
    }
  }

  function scanSurfaces(): void {
    const surface = page.firstStopSurface();
    if (!surface) return;
    reportDomText(surface.text, surface.kind, undefined);
  }

  function scanLastAssistant(): void {
    const path = win.location.pathname;
    const last = queryLast(doc, ASSISTANT_UNIT);
    const text = last ? readText(last.el) : undefined;
    if (path !== baselinePath) {
      // A conversation just opened: what it already shows is history, not a stop seen now.
      baselinePath = path;
      if (text) reportedText.add(textHash(text));
      return;
    }
    if (!last || !text || !looksLikeStop(text.slice(0, ASSISTANT_HEAD_CHARS))) return;
    reportDomText(text, 'dom:assistant', messageIdOf(last.el));
  }

  function reportDomText(text: string, kind: string, messageId: string | undefined): void {
    const hash = textHash(text);
    if (reportedText.has(hash)) return;
    reportedText.add(hash);
    const conversationId = conversationIdFromPath(win.location.pathname);
    const keys = [`text:${conversationId ?? win.location.pathname}:${hash}`];
    if (messageId) keys.unshift(`msg:${messageId}`);
    send({
      ...pageOf(win.location),
      ...(conversationId ? { conversationId } : {}),
      layer: 'dom',
      kinds: [kind],
      evidence: text,
      evidenceTruncated: false,
      visibleText: text,
      occurrenceKeys: keys.map((k) => k.slice(0, CAPTURE_LIMITS.keyChars)),
      seenAt: now(),
    });
    stats.captures++;
    tally.add('dom.capture');
  }

  function connectObserver(): void {
    if (observer && observedRoot?.isConnected) return;
    disconnectObserver();
    const root = queryFirst(doc, OBSERVE_ROOT)?.el;
    if (!root) return;
    observer ??= new MutationObserver(onMutations);
    // childList only: streamed text arrives as characterData and as nodes, and the turn end is what matters.
    observer.observe(root, { childList: true, subtree: true });
    observedRoot = root;
    stats.observing = true;
  }

  function disconnectObserver(): void {
    observer?.disconnect();
    observedRoot = undefined;
    stats.observing = false;
  }

  return {
    stats,
    start(): void {
      doc.addEventListener(BRIDGE_EVENT, onBridge);
      doc.addEventListener('visibilitychange', flushNow);
      baselinePath = '';
      // The first scan only takes the baseline of what the page already shows; at document_start there is no
      // page yet, so it waits for the DOM.
      if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => scheduleScan(0), { once: true });
      else scheduleScan(0);
    },
    stop(): void {
      doc.removeEventListener(BRIDGE_EVENT, onBridge);
      doc.removeEventListener('visibilitychange', flushNow);
      clearScan();
      disconnectObserver();
    },
  };
}
