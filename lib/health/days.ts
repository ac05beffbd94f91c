/**
 * Health counters per day (UTC), kept {@link KEEP_DAYS} days, allow-listed (keys.ts). Pure: the background's store
 * (store.ts) writes the record; rules and diagnostics read it.
 */
import type { Counters } from './counters.ts';
import { mergeCounters } from './keys.ts';

export const KEEP_DAYS = 30;

/** Days by `YYYY-MM-DD` (UTC). */
export type HealthDays = Record<string, Counters>;

export const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The day `n` days before `day`. */
export function daysBefore(day: string, n: number): string {
  return dayOf(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000);
}

/** Adds a flush (already allow-listed) to its day and drops days older than {@link KEEP_DAYS}. */
export function addToDays(days: HealthDays, counts: Counters, now: number): HealthDays {
  const today = dayOf(now);
  const next: HealthDays = {};
  const oldest = daysBefore(today, KEEP_DAYS - 1);
  for (const [day, c] of Object.entries(days)) if (DAY.test(day) && day >= oldest && day <= today) next[day] = { ...c };
  next[today] = mergeCounters(next[today] ?? {}, counts);
  return next;
}

/** Sum of the days from `from` to `to` (inclusive). */
export function sumDays(days: HealthDays, from = '0000-00-00', to = '9999-99-99'): Counters {
  const out: Counters = {};
  for (const [day, c] of Object.entries(days)) if (day >= from && day <= to) mergeCounters(out, c);
  return out;
}
