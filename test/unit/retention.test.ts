import { describe, expect, it, vi } from 'vitest';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { DEFAULT_SETTINGS, normalizeRetentionDays, normalizeSettings } from '../../lib/settings/settings.ts';
import type { LimitLensDb } from '../../lib/storage/db.ts';
import {
  applyRetention,
  clearStops,
  pruneOlderThan,
  removeStops,
  RETENTION_ALARM,
  retentionCutoff,
} from '../../lib/storage/retention.ts';
import { capture, classification } from './helpers/factories.ts';
import { useTestDbs } from './helpers/test-db.ts';

const openDb = useTestDbs();

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-27T12:00:00Z');
const stopSeen = (key: string, daysAgo: number, firstDaysAgo = daysAgo) => ({
  ...newRecord(capture({ occurrenceKeys: [key], seenAt: NOW - daysAgo * DAY }), classification()),
  firstSeenAt: NOW - firstDaysAgo * DAY,
});
const shot = (stopId: number) => ({ stopId, takenAt: NOW, dataUrl: 'data:image/jpeg;base64,AA==' });

describe('retention settings', () => {
  it('keeps everything by default, screenshots off', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ retentionDays: null, screenshots: false });
    expect(normalizeSettings({})).toMatchObject({ retentionDays: null, screenshots: false });
    expect(normalizeSettings({ notifications: false, locale: 'ko' })).toEqual({
      notifications: false,
      locale: 'ko',
      retentionDays: null,
      screenshots: false,
    });
  });

  it.each([
    [30, 30],
    [1, 1],
    [7.4, 7],
    [99_999, 3650],
    [0, null],
    [-5, null],
    [Number.NaN, null],
    ['30', null],
    [null, null],
    [undefined, null],
  ])('%s days normalizes to %s (anything unreadable keeps everything, never deletes)', (raw, expected) => {
    expect(normalizeRetentionDays(raw)).toBe(expected);
    expect(normalizeSettings({ retentionDays: raw }).retentionDays).toBe(expected);
  });

  it('reads the screenshots switch only when it is a boolean', () => {
    expect(normalizeSettings({ screenshots: true }).screenshots).toBe(true);
    expect(normalizeSettings({ screenshots: 'yes' }).screenshots).toBe(false);
  });
});

describe('removing stops', () => {
  it('prunes stops last seen before the period, with their screenshots; a stop seen again recently stays', async () => {
    const db = openDb();
    const [old, recent, longRunning] = (await db.stops.bulkAdd(
      [stopSeen('a', 40), stopSeen('b', 5), stopSeen('c', 1, 100)],
      { allKeys: true },
    )) as number[];
    await db.screenshots.bulkAdd([shot(old!), shot(recent!)]);
    expect(await pruneOlderThan(db, 30, NOW)).toBe(1);
    expect(((await db.stops.toCollection().primaryKeys()) as number[]).sort()).toEqual([recent, longRunning].sort());
    expect((await db.screenshots.toArray()).map((s) => s.stopId)).toEqual([recent]);
  });

  it('keeps everything when no period is chosen', async () => {
    const db = openDb();
    await db.stops.add(stopSeen('a', 4000));
    expect(await pruneOlderThan(db, null, NOW)).toBe(0);
    expect(await db.stops.count()).toBe(1);
  });

  it('the cutoff is exactly N days before now', () => {
    expect(retentionCutoff(30, NOW)).toBe(NOW - 30 * DAY);
  });

  it('removeStops counts only stops that existed; clearStops empties both tables', async () => {
    const db = openDb();
    const ids = (await db.stops.bulkAdd([stopSeen('a', 1), stopSeen('b', 1)], { allKeys: true })) as number[];
    await db.screenshots.bulkAdd([shot(ids[0]!), shot(ids[1]!)]);
    expect(await removeStops(db, [ids[0]!, 9999])).toBe(1);
    expect(await removeStops(db, [])).toBe(0);
    expect(await db.screenshots.count()).toBe(1);
    expect(await clearStops(db)).toBe(1);
    expect(await db.stops.count()).toBe(0);
    expect(await db.screenshots.count()).toBe(0);
  });
});

describe('applyRetention', () => {
  function deps(db: LimitLensDb, days: number | null, existing: string[] = []) {
    const alarms = new Set(existing);
    const onRemoved = vi.fn();
    return {
      alarms,
      onRemoved,
      deps: {
        db,
        retentionDays: async () => days,
        alarms: {
          exists: async (name: string) => alarms.has(name),
          createDaily: vi.fn(async (name: string) => void alarms.add(name)),
          clear: async (name: string) => void alarms.delete(name),
        },
        onRemoved,
        now: () => NOW,
      },
    };
  }

  it('with keep-everything: no alarm, nothing removed (an old alarm is cleared)', async () => {
    const db = openDb();
    await db.stops.add(stopSeen('a', 400));
    const { alarms, deps: d, onRemoved } = deps(db, null, [RETENTION_ALARM, 'badge']);
    expect(await applyRetention(d)).toBe(0);
    expect([...alarms]).toEqual(['badge']);
    expect(onRemoved).not.toHaveBeenCalled();
    expect(await db.stops.count()).toBe(1);
  });

  it('with a period: a daily alarm (set once), old stops removed, views told', async () => {
    const db = openDb();
    await db.stops.bulkAdd([stopSeen('a', 400), stopSeen('b', 2)]);
    const { alarms, deps: d, onRemoved } = deps(db, 30);
    expect(await applyRetention(d)).toBe(1);
    expect(alarms.has(RETENTION_ALARM)).toBe(true);
    expect(onRemoved).toHaveBeenCalledWith(1);
    expect(await applyRetention(d)).toBe(0);
    expect(d.alarms.createDaily).toHaveBeenCalledTimes(1);
    expect(onRemoved).toHaveBeenCalledTimes(1);
  });
});
