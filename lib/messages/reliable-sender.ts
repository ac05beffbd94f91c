/**
 * Delivery from a content script to the background that survives the service worker being stopped mid-capture:
 * a capture is retried with backoff until the background answers, and dropped only on a definitive answer
 * (stored, or rejected as invalid / not a stop). Captures carry occurrence keys, so a retry that raced a slow
 * first attempt merges instead of duplicating.
 */
import type { CapturePayload, CaptureResult } from '../domain/shapes.ts';

export interface ReliableSenderOptions {
  /** Delivers one capture; rejects or resolves to something that is not a CaptureResult when nobody answered. */
  deliver: (capture: CapturePayload) => Promise<unknown>;
  delaysMs?: readonly number[];
  schedule?: (fn: () => void, ms: number) => void;
  onSettled?: (capture: CapturePayload, result: CaptureResult | undefined) => void;
}

const DEFAULT_DELAYS = [250, 1_000, 3_000, 10_000, 30_000] as const;
/** A page cannot make the content script hold an unbounded queue. */
const MAX_QUEUED = 50;

export function createReliableSender(opts: ReliableSenderOptions) {
  const delays = opts.delaysMs ?? DEFAULT_DELAYS;
  const schedule = opts.schedule ?? ((fn, ms) => void setTimeout(fn, ms));
  let inFlight = 0;

  function attempt(capture: CapturePayload, tries: number): void {
    opts.deliver(capture).then(
      (answer) => (isResult(answer) ? settle(capture, answer) : retry(capture, tries)),
      () => retry(capture, tries),
    );
  }

  function retry(capture: CapturePayload, tries: number): void {
    const delay = delays[tries];
    if (delay === undefined) return settle(capture, undefined);
    schedule(() => attempt(capture, tries + 1), delay);
  }

  function settle(capture: CapturePayload, result: CaptureResult | undefined): void {
    inFlight--;
    opts.onSettled?.(capture, result);
  }

  return function send(capture: CapturePayload): void {
    if (inFlight >= MAX_QUEUED) return;
    inFlight++;
    attempt(capture, 0);
  };
}

function isResult(x: unknown): x is CaptureResult {
  return typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean';
}
