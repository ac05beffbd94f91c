/**
 * What one site's pages may make the background store, counted in the background and keyed by the sender's site:
 * reloading the page (which resets the content script's own bridge budget) resets nothing here.
 *
 * - captures per minute, with a smaller share for DOM captures (the page draws its own DOM: a forged error text
 *   costs it nothing), and progress reports per minute;
 * - new records and stored bytes per hour, so a flood cannot fill the history or the disk, nor schedule one
 *   alarm per forged reset.
 *
 * Pure: the caller passes the clock. In memory only: a restart of the service worker starts a fresh window, which
 * a page cannot cause.
 */

export interface PageBudgetLimits {
  capturesPerMinute: number;
  domCapturesPerMinute: number;
  progressPerMinute: number;
  recordsPerHour: number;
  bytesPerHour: number;
}

export const PAGE_BUDGET: PageBudgetLimits = {
  capturesPerMinute: 30,
  domCapturesPerMinute: 10,
  progressPerMinute: 30,
  recordsPerHour: 60,
  bytesPerHour: 2 * 1024 * 1024,
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Sites tracked at once; the oldest is forgotten first (a page can only speak for its own site). */
const MAX_SITES = 256;

interface SiteWindow {
  minuteStart: number;
  captures: number;
  dom: number;
  progress: number;
  hourStart: number;
  records: number;
  bytes: number;
}

export type BudgetVerdict = { ok: true } | { ok: false; message: string };

export function createPageBudget(now: () => number, limits: PageBudgetLimits = PAGE_BUDGET) {
  const sites = new Map<string, SiteWindow>();

  function windowOf(site: string): SiteWindow {
    const t = now();
    let w = sites.get(site);
    if (!w) {
      if (sites.size >= MAX_SITES) sites.delete(sites.keys().next().value!);
      w = { minuteStart: t, captures: 0, dom: 0, progress: 0, hourStart: t, records: 0, bytes: 0 };
      sites.set(site, w);
    }
    if (t - w.minuteStart >= MINUTE || t < w.minuteStart)
      Object.assign(w, { minuteStart: t, captures: 0, dom: 0, progress: 0 });
    if (t - w.hourStart >= HOUR || t < w.hourStart) Object.assign(w, { hourStart: t, records: 0, bytes: 0 });
    return w;
  }

  const over = (what: string): BudgetVerdict => ({
    ok: false,
    message: `too many ${what} from this site; try again later`,
  });

  return {
    /** Before a capture is classified: counts it, and its bytes, against the site's windows. */
    takeCapture(site: string, layer: string, bytes: number): BudgetVerdict {
      const w = windowOf(site);
      if (w.captures >= limits.capturesPerMinute) return over('captures this minute');
      if (layer === 'dom' && w.dom >= limits.domCapturesPerMinute) return over('page-text captures this minute');
      if (w.bytes + bytes > limits.bytesPerHour) return over('captured bytes this hour');
      if (w.records >= limits.recordsPerHour) return over('new stops this hour');
      w.captures++;
      if (layer === 'dom') w.dom++;
      w.bytes += bytes;
      return { ok: true };
    },
    /** After a capture made a new record. */
    recordCreated(site: string): void {
      windowOf(site).records++;
    },
    takeProgress(site: string): BudgetVerdict {
      const w = windowOf(site);
      if (w.progress >= limits.progressPerMinute) return over('allowance reports this minute');
      w.progress++;
      return { ok: true };
    },
  };
}

/** Epoch milliseconds a page may claim for what it saw: never ahead of our clock, never long before it. */
export const MAX_CAPTURE_AGE_MS = 10 * MINUTE;

/**
 * A page-chosen time, clamped to the background's clock: a time in the future (a record dated 2099 would sort
 * first, never be pruned and make alarms) becomes now; one older than a delivery retry could explain becomes the
 * oldest such time.
 */
export function clampToClock(seenAt: number, nowMs: number): number {
  if (!Number.isFinite(seenAt)) return nowMs;
  return Math.min(nowMs, Math.max(nowMs - MAX_CAPTURE_AGE_MS, Math.round(seenAt)));
}
