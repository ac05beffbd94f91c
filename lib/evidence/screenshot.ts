/**
 * Screenshots of the visible tab at capture time (opt-in, off by default). The evidence bundle that carries them
 * out (a zip with the incident packet, the JSON export and the pictures) is lib/export/files.ts.
 *
 * When a picture is taken: only when the user turned screenshots on, only of the tab that reported the stop and
 * only while it is the active tab of its window (captureVisibleTab pictures whatever is in front; a stop found in a
 * background tab would picture some other page), only once the stop's text is on screen (a network finding is
 * stored before the page renders its message: the DOM layer's capture is the moment to take it), at most
 * SCREENSHOT_LIMITS.perStop per stop, and not twice for one occurrence (minIntervalMs). Anything the browser
 * refuses (no permission for that page, a minimised window) is skipped silently: the stop is saved either way.
 *
 * The permission: Chromium's captureVisibleTab needs `<all_urls>` or an activeTab grant for the tab; a host
 * permission for the page is not enough (checked in the end-to-end browser: "Either the '<all_urls>' or 'activeTab'
 * permission is required", even on chatgpt.com). Limit Lens asks for activeTab only, so a picture is possible for a
 * selection saved from the context menu (the click grants it) and for an automatic capture on a tab where the user
 * clicked the toolbar button since the page loaded; elsewhere the browser refuses and nothing is taken.
 *
 * Pictures are stored as JPEG data URLs (quality 70, then 40 when too big) and refused over maxDataUrlChars.
 * They are never redacted: the export says so before it is saved.
 */
import { SEEN_TEXT_KIND, type CapturePayload, type CaptureResult } from '../domain/shapes.ts';
import type { LimitLensDb } from '../storage/db.ts';
import type { ScreenshotRecord } from '../domain/shapes.ts';

export const SCREENSHOT_LIMITS = {
  perStop: 3,
  /** JPEG quality asked of the browser first, and again when the first picture is too big. */
  quality: 70,
  fallbackQuality: 40,
  /** A data URL longer than this (≈ 1.5 MB of JPEG) is not kept. */
  maxDataUrlChars: 2 * 1024 * 1024,
  /** A second picture of the same stop within this time shows the same moment: skipped. */
  minIntervalMs: 10_000,
} as const;

const JPEG_DATA_URL = /^data:image\/jpeg;base64,[A-Za-z0-9+/]+={0,2}$/;

/** Only a JPEG data URL as the browser makes it is ever stored or shown (never a remote URL, never markup). */
export function isJpegDataUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SCREENSHOT_LIMITS.maxDataUrlChars && JPEG_DATA_URL.test(value);
}

export interface ScreenshotContext {
  /** The user's setting. */
  enabled: boolean;
  /** The reporting tab is the active tab of its window. */
  tabActive: boolean;
  capture: Pick<CapturePayload, 'layer' | 'kinds' | 'visibleText'>;
  result: CaptureResult;
  /** Screenshots already kept for the stop, and when the latest was taken. */
  existing: { count: number; latestAt?: number };
  now: number;
}

/** Whether this capture is the moment to picture the tab (see the module comment). Pure. */
export function shouldTakeScreenshot(ctx: ScreenshotContext): boolean {
  if (!ctx.enabled || !ctx.tabActive || !ctx.result.ok) return false;
  const textOnScreen =
    ctx.capture.layer === 'dom' ||
    ctx.capture.layer === 'both' ||
    ctx.capture.layer === 'manual' ||
    !!ctx.capture.visibleText ||
    ctx.capture.kinds.includes(SEEN_TEXT_KIND);
  if (!textOnScreen) return false;
  if (ctx.existing.count >= SCREENSHOT_LIMITS.perStop) return false;
  if (ctx.existing.latestAt !== undefined && ctx.now - ctx.existing.latestAt < SCREENSHOT_LIMITS.minIntervalMs)
    return false;
  return true;
}

/** Asks the browser for a picture at quality 70, then 40 when too big; undefined when refused or still too big. */
export async function takeScreenshot(capture: (quality: number) => Promise<string>): Promise<string | undefined> {
  for (const quality of [SCREENSHOT_LIMITS.quality, SCREENSHOT_LIMITS.fallbackQuality]) {
    let dataUrl: string;
    try {
      dataUrl = await capture(quality);
    } catch {
      // No permission for this page, the window is minimised, the tab went away: skip silently.
      return undefined;
    }
    // Not a JPEG at all: nothing a lower quality would change.
    if (typeof dataUrl !== 'string' || !dataUrl.startsWith('data:image/jpeg;base64,')) return undefined;
    if (isJpegDataUrl(dataUrl)) return dataUrl;
  }
  return undefined;
}

// ── storage ────────────────────────────────────────────────────────────────────────────────────────────────────

export async function screenshotState(db: LimitLensDb, stopId: number): Promise<{ count: number; latestAt?: number }> {
  const shots = await db.screenshots.where('stopId').equals(stopId).toArray();
  const latestAt = shots.reduce<number | undefined>(
    (m, s) => (m === undefined || s.takenAt > m ? s.takenAt : m),
    undefined,
  );
  return { count: shots.length, ...(latestAt !== undefined ? { latestAt } : {}) };
}

/** Keeps a picture for a stop that still exists, within the per-stop cap (checked again inside the transaction). */
export async function saveScreenshot(
  db: LimitLensDb,
  stopId: number,
  dataUrl: string,
  takenAt: number,
): Promise<number | undefined> {
  if (!isJpegDataUrl(dataUrl)) return undefined;
  return db.transaction('rw', db.stops, db.screenshots, async () => {
    if (!(await db.stops.get(stopId))) return undefined;
    if ((await db.screenshots.where('stopId').equals(stopId).count()) >= SCREENSHOT_LIMITS.perStop) return undefined;
    return (await db.screenshots.add({ stopId, takenAt, dataUrl })) as number;
  });
}

/** The pictures of some stops, oldest first within each stop. */
export async function listScreenshots(db: LimitLensDb, stopIds: readonly number[]): Promise<ScreenshotRecord[]> {
  if (stopIds.length === 0) return [];
  const shots = await db.screenshots
    .where('stopId')
    .anyOf(stopIds as number[])
    .toArray();
  return shots.sort((a, b) => a.stopId - b.stopId || a.takenAt - b.takenAt);
}

export interface ScreenshotTakerDeps {
  db: LimitLensDb;
  /** The user's setting, read at capture time. */
  enabled: () => Promise<boolean>;
  /** Whether the tab is still the active tab of its window. */
  isActive: (tab: { id: number; windowId: number }) => Promise<boolean>;
  /** tabs.captureVisibleTab(windowId, { format: 'jpeg', quality }). */
  captureVisibleTab: (windowId: number, quality: number) => Promise<string>;
  now: () => number;
}

/**
 * What the background calls after a capture was stored: pictures the reporting tab when it is time to (see
 * shouldTakeScreenshot). Resolves to whether a picture was kept; never rejects.
 */
export function createScreenshotTaker(deps: ScreenshotTakerDeps) {
  // Two captures of one stop arrive together (network, then the text seen): only one picture is taken.
  const busy = new Set<number>();
  return async function afterCapture(
    capture: ScreenshotContext['capture'],
    result: CaptureResult,
    tab: { id?: number; windowId?: number; active?: boolean } | undefined,
  ): Promise<boolean> {
    if (!result.ok || tab?.id === undefined || tab.windowId === undefined || busy.has(result.id)) return false;
    busy.add(result.id);
    try {
      if (!(await deps.enabled())) return false;
      const tabActive = tab.active === true && (await deps.isActive({ id: tab.id, windowId: tab.windowId }));
      const existing = await screenshotState(deps.db, result.id);
      if (!shouldTakeScreenshot({ enabled: true, tabActive, capture, result, existing, now: deps.now() })) return false;
      const windowId = tab.windowId;
      const dataUrl = await takeScreenshot((quality) => deps.captureVisibleTab(windowId, quality));
      if (!dataUrl) return false;
      return (await saveScreenshot(deps.db, result.id, dataUrl, deps.now())) !== undefined;
    } catch {
      return false;
    } finally {
      busy.delete(result.id);
    }
  };
}
