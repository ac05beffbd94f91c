import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { buildEvidenceBundle, exportFileName } from '../../lib/export/files.ts';
import {
  createScreenshotTaker,
  isJpegDataUrl,
  listScreenshots,
  saveScreenshot,
  SCREENSHOT_LIMITS,
  shouldTakeScreenshot,
  takeScreenshot,
  type ScreenshotContext,
} from '../../lib/evidence/screenshot.ts';
import type { CaptureResult } from '../../lib/domain/shapes.ts';
import { capture, classification } from './helpers/factories.ts';
import { useTestDbs } from './helpers/test-db.ts';

const openDb = useTestDbs();

const JPEG = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2w==';
const NOW = Date.parse('2026-11-27T12:00:00Z');
const created: CaptureResult = { ok: true, id: 1, outcome: 'created' };

function ctx(over: Partial<ScreenshotContext> = {}): ScreenshotContext {
  return {
    enabled: true,
    tabActive: true,
    capture: { layer: 'dom', kinds: ['dom:seen'], visibleText: 'You have hit the limit' },
    result: created,
    existing: { count: 0 },
    now: NOW,
    ...over,
  };
}

describe('when a screenshot is taken', () => {
  it('when on, of the active tab, once the stop’s text is on screen', () => {
    expect(shouldTakeScreenshot(ctx())).toBe(true);
    expect(shouldTakeScreenshot(ctx({ capture: { layer: 'manual', kinds: ['manual:selection'] } }))).toBe(true);
    expect(
      shouldTakeScreenshot(ctx({ capture: { layer: 'network', kinds: ['image-quota'], visibleText: 'seen' } })),
    ).toBe(true);
  });

  it('never when off (the default), in a background tab, for a failed save, or before the text shows', () => {
    expect(shouldTakeScreenshot(ctx({ enabled: false }))).toBe(false);
    expect(shouldTakeScreenshot(ctx({ tabActive: false }))).toBe(false);
    expect(shouldTakeScreenshot(ctx({ result: { ok: false, reason: 'not-a-stop', message: '' } }))).toBe(false);
    expect(shouldTakeScreenshot(ctx({ capture: { layer: 'network', kinds: ['image-quota'] } }))).toBe(false);
  });

  it('at most the cap per stop, and not twice for one moment', () => {
    expect(shouldTakeScreenshot(ctx({ existing: { count: SCREENSHOT_LIMITS.perStop } }))).toBe(false);
    expect(shouldTakeScreenshot(ctx({ existing: { count: 1, latestAt: NOW - 1000 } }))).toBe(false);
    expect(shouldTakeScreenshot(ctx({ existing: { count: 1, latestAt: NOW - SCREENSHOT_LIMITS.minIntervalMs } }))).toBe(
      true,
    );
  });
});

describe('taking and keeping pictures', () => {
  it('asks for quality 70, then 40 when too big, then gives up; a refusal is silent', async () => {
    const big = `data:image/jpeg;base64,${'A'.repeat(SCREENSHOT_LIMITS.maxDataUrlChars)}`;
    const calls: number[] = [];
    expect(await takeScreenshot(async (q) => (calls.push(q), q === 70 ? big : JPEG))).toBe(JPEG);
    expect(calls).toEqual([70, 40]);
    expect(await takeScreenshot(async () => big)).toBeUndefined();
    expect(await takeScreenshot(async () => Promise.reject(new Error('Missing activeTab permission')))).toBeUndefined();
    expect(await takeScreenshot(async () => 'data:image/png;base64,AAAA')).toBeUndefined();
  });

  it('only a JPEG data URL is ever stored or shown', () => {
    expect(isJpegDataUrl(JPEG)).toBe(true);
    expect(isJpegDataUrl('https://example.com/x.jpg')).toBe(false);
    expect(isJpegDataUrl('data:image/jpeg;base64,AA"><script>')).toBe(false);
    expect(isJpegDataUrl('data:image/svg+xml;base64,AAAA')).toBe(false);
  });

  it('stores within the cap, only for a stop that exists, and lists them by stop', async () => {
    const db = openDb();
    const id = (await db.stops.add(newRecord(capture(), classification()))) as number;
    for (let i = 0; i < SCREENSHOT_LIMITS.perStop; i++)
      expect(await saveScreenshot(db, id, JPEG, NOW + i)).toBeTypeOf('number');
    expect(await saveScreenshot(db, id, JPEG, NOW + 9)).toBeUndefined();
    expect(await saveScreenshot(db, 999, JPEG, NOW)).toBeUndefined();
    expect(await saveScreenshot(db, id, 'data:text/html,<b>', NOW)).toBeUndefined();
    expect((await listScreenshots(db, [id])).map((s) => s.takenAt)).toEqual([NOW, NOW + 1, NOW + 2]);
  });

  it('the taker pictures the active reporting tab once, even when two captures of the stop arrive together', async () => {
    const db = openDb();
    const id = (await db.stops.add(newRecord(capture(), classification()))) as number;
    const captureVisibleTab = vi.fn(async () => JPEG);
    const take = createScreenshotTaker({
      db,
      enabled: async () => true,
      isActive: async () => true,
      captureVisibleTab,
      now: () => NOW,
    });
    const result: CaptureResult = { ok: true, id, outcome: 'merged' };
    const seen = { layer: 'dom' as const, kinds: ['dom:seen'], visibleText: 'limit' };
    const tab = { id: 5, windowId: 2, active: true };
    const [a, b] = await Promise.all([take(seen, result, tab), take(seen, result, tab)]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(captureVisibleTab).toHaveBeenCalledWith(2, 70);
    expect(await db.screenshots.count()).toBe(1);
  });

  it('the taker does nothing when off, in a background tab, or without a tab', async () => {
    const db = openDb();
    const id = (await db.stops.add(newRecord(capture(), classification()))) as number;
    const captureVisibleTab = vi.fn(async () => JPEG);
    const seen = { layer: 'dom' as const, kinds: ['dom:seen'], visibleText: 'limit' };
    const result: CaptureResult = { ok: true, id, outcome: 'created' };
    const off = createScreenshotTaker({
      db,
      enabled: async () => false,
      isActive: async () => true,
      captureVisibleTab,
      now: () => NOW,
    });
    expect(await off(seen, result, { id: 1, windowId: 1, active: true })).toBe(false);
    const behind = createScreenshotTaker({
      db,
      enabled: async () => true,
      isActive: async () => false,
      captureVisibleTab,
      now: () => NOW,
    });
    expect(await behind(seen, result, { id: 1, windowId: 1, active: true })).toBe(false);
    expect(await behind(seen, result, { id: 1, windowId: 1, active: false })).toBe(false);
    expect(await behind(seen, result, undefined)).toBe(false);
    expect(captureVisibleTab).not.toHaveBeenCalled();
  });
});

describe('export files', () => {
  it('names files by date, and by stop for a single stop', () => {
    const at = new Date(2026, 10, 27, 9, 5);
    expect(exportFileName('json', at)).toBe('limit-lens-2026-11-27-0905.json');
    expect(exportFileName('md', at, 42)).toBe('limit-lens-stop-42-2026-11-27-0905.md');
    expect(exportFileName('zip', at)).toBe('limit-lens-2026-11-27-0905-evidence.zip');
  });

  it('the evidence bundle holds the packet, the JSON and each picture, numbered as the packet numbers its stops', () => {
    const zip = buildEvidenceBundle(
      {
        packetMarkdown: '# Packet\n',
        json: '{"format":"limit-lens-export"}\n',
        screenshots: [
          { stopNumber: 1, takenAt: 1, dataUrl: JPEG },
          { stopNumber: 2, takenAt: 2, dataUrl: JPEG },
          { stopNumber: 2, takenAt: 3, dataUrl: JPEG },
          { stopNumber: 3, takenAt: 3, dataUrl: 'https://example.com/not-an-image' },
        ],
      },
      NOW,
    );
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'packet.md',
      'screenshots/stop-1-1.jpg',
      'screenshots/stop-2-1.jpg',
      'screenshots/stop-2-2.jpg',
      'stops.json',
    ]);
    expect(strFromU8(files['packet.md']!)).toBe('# Packet\n');
    expect(strFromU8(files['stops.json']!)).toBe('{"format":"limit-lens-export"}\n');
    // The JPEG bytes, unchanged (FF D8 starts every JPEG).
    expect([...files['screenshots/stop-1-1.jpg']!.slice(0, 2)]).toEqual([0xff, 0xd8]);
  });
});
