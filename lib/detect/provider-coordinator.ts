/**
 * The isolated-world half of provider-page detection. It forwards the MAIN-world observer's findings as captures,
 * attaches the error text the page then showed (a second capture of the same occurrence, which the background
 * merges), and falls back to visible error text alone when no network finding came.
 *
 * Cost: one childList observer on the body, whose callback only arms a timer; the page is read once per quiet
 * period, through the site's error selectors, and only short texts that read like a limit are kept.
 *
 * Takes its document and window as parameters, so it runs in unit tests without a browser.
 */
import { readBridgeDetail } from './bridge-detail.ts';
import { createMinuteBudget } from './minute-budget.ts';
import { hasFindingCore } from './finding-shape.ts';
import type { CapturePayload } from '../messages/protocol.ts';
import { CAPTURE_LIMITS } from '../messages/protocol.ts';
import { looksLikeLimit } from '../providers/page-patterns.ts';
import type { ErrorSelector } from '../providers/types.ts';
import { PROVIDER_BRIDGE_EVENT, type ProviderBridgeMessage, type ProviderFinding } from './provider-bridge.ts';
import { pageOf, seenTextCapture } from './page-capture.ts';
import { textHash } from './text-hash.ts';

export interface ProviderCoordinatorOptions {
  doc: Document;
  win: Window;
  send: (capture: CapturePayload) => void;
  /** The site's own error selectors first, then the generic ones. */
  selectors: readonly ErrorSelector[];
  now?: () => number;
  /** Wait after a finding before reading the page, so the page has rendered its error. */
  settleMs?: number;
  /** Quiet period after DOM changes before a fallback scan. */
  quietMs?: number;
}

/** A page that floods the bridge (or forges it) gets at most this many findings a minute through. */
const BRIDGE_BUDGET_PER_MINUTE = 60;
const MAX_BRIDGE_DETAIL_CHARS = 64 * 1024;
/** An error message is short; a longer text is a container holding the page, not the error. */
const MAX_ERROR_TEXT_CHARS = 1_200;
/** Elements read per selector per scan, so a page with thousands of matches costs the same as one with fifty. */
const MAX_ELEMENTS_PER_SELECTOR = 50;

export function createProviderCoordinator(opts: ProviderCoordinatorOptions) {
  const { doc, win, send, selectors } = opts;
  const now = opts.now ?? (() => Date.now());
  const settleMs = opts.settleMs ?? 800;
  const quietMs = opts.quietMs ?? 1_000;

  const stats = { bridgeMessages: 0, bridgeRejected: 0, scans: 0, captures: 0 };
  const pending: { finding: ProviderFinding; occurrenceKeys: string[] }[] = [];
  /** Text already reported, or present before the first look: the fallback never reports it again. */
  const reported = new Set<string>();
  let baselineTaken = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  const withinBudget = createMinuteBudget(BRIDGE_BUDGET_PER_MINUTE, now);

  function onBridge(event: Event): void {
    try {
      const msg = readBridgeDetail(event, MAX_BRIDGE_DETAIL_CHARS) as ProviderBridgeMessage | undefined;
      if (msg === undefined) {
        stats.bridgeRejected++;
        return;
      }
      if (msg?.type !== 'finding' || !isFindingShape(msg.finding) || !withinBudget()) {
        stats.bridgeRejected++;
        return;
      }
      stats.bridgeMessages++;
      sendFinding(msg.finding);
      schedule(settleMs);
    } catch {
      stats.bridgeRejected++;
    }
  }

  function sendFinding(f: ProviderFinding): void {
    const occurrenceKeys = [
      `req:${f.endpoint}:${f.seenAt}:${Math.random().toString(36).slice(2, 10)}`.slice(0, CAPTURE_LIMITS.keyChars),
    ];
    send({
      ...pageOf(win.location),
      layer: 'network',
      kinds: f.kinds.slice(0, CAPTURE_LIMITS.kinds),
      evidence: f.evidence.slice(0, CAPTURE_LIMITS.evidenceChars),
      evidenceTruncated: f.truncated || f.evidence.length > CAPTURE_LIMITS.evidenceChars,
      endpoint: f.endpoint.slice(0, CAPTURE_LIMITS.urlChars),
      status: f.status,
      headers: f.headers,
      occurrenceKeys,
      seenAt: f.seenAt,
    });
    stats.captures++;
    pending.push({ finding: f, occurrenceKeys });
  }

  function schedule(delay: number): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      scan();
    }, delay);
  }

  function scan(): void {
    stats.scans++;
    const texts = visibleLimitTexts();
    if (!baselineTaken) {
      // What the page shows when first read is history, not a stop seen now.
      baselineTaken = true;
      for (const t of texts) reported.add(textHash(t));
    }
    // The text on screen after a finding is what the user saw for it.
    const seen = texts[0];
    for (const { occurrenceKeys } of pending.splice(0)) {
      if (!seen) continue;
      reported.add(textHash(seen));
      send(seenTextCapture(pageOf(win.location), seen, occurrenceKeys, now()));
    }
    for (const text of texts) {
      const hash = textHash(text);
      if (reported.has(hash)) continue;
      reported.add(hash);
      send({
        ...pageOf(win.location),
        layer: 'dom',
        kinds: ['dom:error'],
        evidence: text,
        evidenceTruncated: false,
        visibleText: text,
        occurrenceKeys: [`text:${win.location.pathname}:${hash}`.slice(0, CAPTURE_LIMITS.keyChars)],
        seenAt: now(),
      });
      stats.captures++;
    }
  }

  /** Short texts in the site's error surfaces that read like a limit, in selector order, without repeats. */
  function visibleLimitTexts(): string[] {
    const out: string[] = [];
    for (const { css } of selectors) {
      let nodes: NodeListOf<Element>;
      try {
        nodes = doc.querySelectorAll(css);
      } catch {
        continue; // A selector this browser does not understand.
      }
      const n = Math.min(nodes.length, MAX_ELEMENTS_PER_SELECTOR);
      for (let i = 0; i < n; i++) {
        const raw = nodes[i]!.textContent ?? '';
        if (raw.length > MAX_ERROR_TEXT_CHARS * 4) continue;
        const text = raw.replace(/\s+/g, ' ').trim();
        if (!text || text.length > MAX_ERROR_TEXT_CHARS || out.includes(text) || !looksLikeLimit(text)) continue;
        // A surface nested in another already kept says the same thing.
        if (out.some((t) => t.includes(text) || text.includes(t))) continue;
        out.push(text.slice(0, CAPTURE_LIMITS.visibleTextChars));
      }
    }
    return out;
  }

  function observe(): void {
    const root = doc.body ?? doc.documentElement;
    if (!root) return;
    observer = new MutationObserver(() => {
      if (timer === undefined) schedule(quietMs);
    });
    // childList only: errors arrive as new nodes (toasts, banners); streamed characters are not worth a callback.
    observer.observe(root, { childList: true, subtree: true });
  }

  return {
    stats,
    start(): void {
      doc.addEventListener(PROVIDER_BRIDGE_EVENT, onBridge);
      const ready = (): void => {
        scan();
        observe();
      };
      if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', ready, { once: true });
      else ready();
    },
    stop(): void {
      doc.removeEventListener(PROVIDER_BRIDGE_EVENT, onBridge);
      if (timer !== undefined) clearTimeout(timer);
      observer?.disconnect();
    },
  };
}

function isFindingShape(f: unknown): f is ProviderFinding {
  if (!hasFindingCore(f)) return false;
  const x = f as ProviderFinding;
  return x.kinds.every((k) => k === 'http-error' || k === 'error-body') && /^https?:\/\//.test(x.endpoint);
}
