/**
 * Keeps the badge and the reset notifications in step with stored stops, driven by alarms (never polling): one
 * alarm for the badge's next change, one per active wait for its reset. The browser APIs are passed in, so the
 * whole schedule is unit-tested with a fake clock.
 */
import type { StopRecord } from '../domain/shapes.ts';
import { badgeFor, isActiveWait } from './badge.ts';

export const BADGE_ALARM = 'badge';
export const RESET_ALARM_PREFIX = 'reset:';

export interface WaitSchedulerDeps {
  now: () => number;
  /** Stops that may still be waiting (the caller may pre-filter by reset time). */
  loadStops: () => Promise<StopRecord[]>;
  getStop: (id: number) => Promise<StopRecord | undefined>;
  badge: { setText: (text: string) => Promise<void>; setColor: (color: string) => Promise<void> };
  alarms: {
    create: (name: string, whenMs: number) => Promise<void>;
    clear: (name: string) => Promise<void>;
    names: () => Promise<string[]>;
  };
  notificationsEnabled: () => Promise<boolean>;
  notify: (id: string, stop: StopRecord) => Promise<void>;
}

/** At most this many reset alarms (and so notifications) are scheduled at once: the soonest. */
export const MAX_RESET_ALARMS = 8;
const MINUTE = 60_000;

/**
 * The stops that get a reset alarm: one per site and reset minute (many stops resetting together make one alarm
 * and one notification, never one each), the soonest MAX_RESET_ALARMS of them. A page that forged many resets
 * cannot make many alarms.
 */
export function resetAlarms(stops: readonly StopRecord[], now: number): [id: number, when: number][] {
  const bySlot = new Map<string, [number, number]>();
  for (const s of stops) {
    if (s.id === undefined || !isActiveWait(s, now)) continue;
    const when = Date.parse(s.resetAt!);
    const slot = `${s.site}|${Math.floor(when / MINUTE)}`;
    const held = bySlot.get(slot);
    if (!held || s.id < held[0]) bySlot.set(slot, [s.id, when]);
  }
  return [...bySlot.values()].sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, MAX_RESET_ALARMS);
}

export function createWaitScheduler(deps: WaitSchedulerDeps) {
  async function refresh(): Promise<void> {
    const now = deps.now();
    const stops = await deps.loadStops();
    const state = badgeFor(stops, now);
    await deps.badge.setText(state.text);
    if (state.text) await deps.badge.setColor(state.color);

    const wanted = new Map<string, number>();
    if (state.nextChangeAt) wanted.set(BADGE_ALARM, state.nextChangeAt);
    for (const [id, when] of resetAlarms(stops, now)) wanted.set(`${RESET_ALARM_PREFIX}${id}`, when);
    const existing = await deps.alarms.names();
    for (const name of existing) {
      if ((name === BADGE_ALARM || name.startsWith(RESET_ALARM_PREFIX)) && !wanted.has(name))
        await deps.alarms.clear(name);
    }
    for (const [name, when] of wanted) await deps.alarms.create(name, when);
  }

  async function onAlarm(name: string): Promise<void> {
    if (name.startsWith(RESET_ALARM_PREFIX)) {
      const id = Number(name.slice(RESET_ALARM_PREFIX.length));
      const stop = Number.isInteger(id) ? await deps.getStop(id) : undefined;
      // A stop deleted, or merged into a later reset, since the alarm was set says nothing now.
      const due = stop?.resetAt !== undefined && Math.abs(Date.parse(stop.resetAt) - deps.now()) < 120_000;
      if (stop && due && (await deps.notificationsEnabled())) await deps.notify(name, stop);
    }
    if (name === BADGE_ALARM || name.startsWith(RESET_ALARM_PREFIX)) await refresh();
  }

  return { refresh, onAlarm };
}
