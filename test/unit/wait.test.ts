import { describe, expect, it } from 'vitest';
import { badgeFor, shortRemaining, BADGE_COLORS } from '../../lib/wait/badge.ts';
import { createWaitScheduler, BADGE_ALARM, MAX_RESET_ALARMS } from '../../lib/wait/scheduler.ts';
import { newRecord } from '../../lib/evidence/build-record.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { capture, classification } from './helpers/factories.ts';

const T0 = Date.parse('2026-11-27T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function stop(id: number, resetMs: number | undefined, over: Parameters<typeof classification>[0] = {}): StopRecord {
  const reset = resetMs === undefined ? undefined : { at: iso(resetMs), source: 'text:duration' as const, stated: 'x' };
  return { ...newRecord(capture({ occurrenceKeys: [`k${id}`] }), classification({ reset, ...over })), id };
}

describe('badge', () => {
  it('shows the soonest active wait, short, in the owner colour', () => {
    const stops = [
      stop(1, T0 + 5 * 3600_000),
      stop(2, T0 + 42 * 60_000, { owner: 'openai-api', action: 'reduce-throughput' }),
    ];
    expect(badgeFor(stops, T0)).toMatchObject({ text: '42m', color: BADGE_COLORS.api, stopId: 2 });
  });

  it('ignores content policy, billing, stale clock times and passed resets', () => {
    const stops = [
      stop(1, T0 + 3600_000, { owner: 'content-policy', action: 'simplify' }),
      stop(2, T0 + 3600_000, { owner: 'openai-billing', action: 'fix-billing' }),
      stop(3, undefined),
      stop(4, T0 - 1000),
      {
        ...stop(5, T0 + 3600_000),
        classification: classification({
          reset: { at: iso(T0 + 3600_000), source: 'text:clock', stated: '13:00', possiblyPassed: true },
        }),
      },
    ];
    expect(badgeFor(stops, T0).text).toBe('');
  });

  it('formats remaining time for a badge', () => {
    expect([
      shortRemaining(3 * 86_400_000 + 5),
      shortRemaining(5 * 3600_000 + 59 * 60_000),
      shortRemaining(44 * 60_000 + 1),
      shortRemaining(59_000),
    ]).toEqual(['3d', '5h', '45m', '<1m']);
  });

  it('asks to be updated when its text next changes', () => {
    const b = badgeFor([stop(1, T0 + 2 * 3600_000 + 10 * 60_000)], T0);
    expect(b.text).toBe('2h');
    expect(b.nextChangeAt).toBe(T0 + 10 * 60_000);
    expect(badgeFor([stop(1, T0 + 20_000)], T0).nextChangeAt).toBe(T0 + 20_000);
  });
});

describe('wait scheduler', () => {
  function harness(stops: StopRecord[], notificationsOn = true) {
    let now = T0;
    const alarms = new Map<string, number>();
    const log: string[] = [];
    const scheduler = createWaitScheduler({
      now: () => now,
      loadStops: async () => stops,
      getStop: async (id) => stops.find((s) => s.id === id),
      badge: { setText: async (t) => void log.push(`text:${t}`), setColor: async (c) => void log.push(`color:${c}`) },
      alarms: {
        create: async (n, w) => void alarms.set(n, w),
        clear: async (n) => void alarms.delete(n),
        names: async () => [...alarms.keys()],
      },
      notificationsEnabled: async () => notificationsOn,
      notify: async (id, s) => void log.push(`notify:${id}:${s.site}`),
    });
    return { scheduler, alarms, log, setNow: (t: number) => (now = t) };
  }

  it('sets the badge, an alarm for its next change and one for the reset; at the reset it notifies and clears', async () => {
    const stops = [stop(7, T0 + 90_000)];
    const h = harness(stops);
    await h.scheduler.refresh();
    expect(h.log).toContain('text:2m');
    expect(h.alarms.get('reset:7')).toBe(T0 + 90_000);
    expect(h.alarms.get(BADGE_ALARM)).toBe(T0 + 30_000);

    h.setNow(T0 + 90_000);
    await h.scheduler.onAlarm('reset:7');
    expect(h.log).toContain('notify:reset:7:chatgpt.com');
    expect(h.log.at(-1)).toBe('text:');
    expect(h.alarms.size).toBe(0);
  });

  it('does not notify when notifications are off, or for a stop that moved or was deleted', async () => {
    const h = harness([stop(7, T0 + 90_000)], false);
    h.setNow(T0 + 90_000);
    await h.scheduler.onAlarm('reset:7');
    await h.scheduler.onAlarm('reset:99');
    expect(h.log.some((l) => l.startsWith('notify'))).toBe(false);
    const moved = harness([stop(8, T0 + 3 * 3600_000)]);
    moved.setNow(T0 + 90_000);
    await moved.scheduler.onAlarm('reset:8');
    expect(moved.log.some((l) => l.startsWith('notify'))).toBe(false);
  });

  it('clears alarms of stops that are no longer waiting, and leaves other alarms alone', async () => {
    const h = harness([]);
    h.alarms.set('reset:3', T0 + 1000);
    h.alarms.set('someone-else', T0 + 1000);
    await h.scheduler.refresh();
    expect([...h.alarms.keys()]).toEqual(['someone-else']);
  });

  it('never makes one alarm and notification per forged reset (issue 11)', async () => {
    // 40 stops resetting in the same minute, and 40 more spread over the next hours.
    const same = Array.from({ length: 40 }, (_, i) => stop(100 + i, T0 + 90_000 + i * 100));
    const spread = Array.from({ length: 40 }, (_, i) => stop(200 + i, T0 + (i + 2) * 600_000));
    const h = harness([...same, ...spread]);
    await h.scheduler.refresh();
    const resets = [...h.alarms.keys()].filter((n) => n.startsWith('reset:'));
    expect(resets.length).toBe(MAX_RESET_ALARMS);
    // One for the whole minute (the lowest id), then the soonest others.
    expect(resets).toContain('reset:100');
    expect(resets.filter((n) => Number(n.slice(6)) < 200)).toEqual(['reset:100']);
    h.setNow(T0 + 90_000);
    for (const name of resets) await h.scheduler.onAlarm(name);
    expect(h.log.filter((l) => l.startsWith('notify')).length).toBe(1);
  });
});
