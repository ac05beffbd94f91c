/**
 * The toolbar badge: the soonest active wait, in a few characters, coloured by who owns the limit. Derived from
 * stored stops and the clock each time; nothing about it is stored.
 */
import type { Owner } from '../domain/labels.ts';
import type { StopRecord } from '../domain/shapes.ts';

/** Stops whose reset is worth counting down: waiting is (part of) the answer. */
const WAITING_ACTIONS = new Set(['wait', 'reduce-throughput', 'retry-later', 'owner-console']);

export const BADGE_COLORS: Record<'app' | 'api' | 'load' | 'other', string> = {
  app: '#0f7b3f',
  api: '#8a4b00',
  load: '#5a4fcf',
  other: '#555b66',
};

export function badgeColorOf(owner: Owner): string {
  if (owner === 'chatgpt-app') return BADGE_COLORS.app;
  if (owner === 'service-load') return BADGE_COLORS.load;
  if (['openai-api', 'openai-billing', 'openai-access', 'azure', 'provider'].includes(owner)) return BADGE_COLORS.api;
  return BADGE_COLORS.other;
}

/** A stop still counting down at `now`: a stated reset in the future, not a stale clock time. */
export function isActiveWait(stop: StopRecord, now: number): boolean {
  const reset = stop.classification.reset;
  if (!reset?.at || reset.possiblyPassed || !WAITING_ACTIONS.has(stop.action) || stop.owner === 'content-policy')
    return false;
  const at = Date.parse(reset.at);
  return Number.isFinite(at) && at > now;
}

export function soonestActiveWait(stops: readonly StopRecord[], now: number): StopRecord | undefined {
  let best: StopRecord | undefined;
  for (const s of stops) {
    if (!isActiveWait(s, now)) continue;
    if (!best || Date.parse(s.resetAt!) < Date.parse(best.resetAt!)) best = s;
  }
  return best;
}

/** "3d", "5h", "45m", "<1m": what fits on a badge. Hours and days round down, minutes up. */
export function shortRemaining(ms: number): string {
  if (ms >= 86_400_000) return `${Math.floor(ms / 86_400_000)}d`;
  if (ms >= 3_600_000) return `${Math.floor(ms / 3_600_000)}h`;
  if (ms >= 60_000) return `${Math.ceil(ms / 60_000)}m`;
  return '<1m';
}

export interface BadgeState {
  text: string;
  color: string;
  stopId?: number;
  resetAt?: string;
  /** When the badge's text next changes (epoch ms), so one alarm can be set for it. */
  nextChangeAt?: number;
}

export function badgeFor(stops: readonly StopRecord[], now: number): BadgeState {
  const stop = soonestActiveWait(stops, now);
  if (!stop) return { text: '', color: BADGE_COLORS.other };
  const at = Date.parse(stop.resetAt!);
  const remaining = at - now;
  return {
    text: shortRemaining(remaining),
    color: badgeColorOf(stop.owner),
    ...(stop.id !== undefined ? { stopId: stop.id } : {}),
    resetAt: stop.resetAt!,
    nextChangeAt: Math.min(at, now + nextStepMs(remaining)),
  };
}

/** The longest wait after which the short text may differ; alarms cannot fire more often than every 30 s. */
function nextStepMs(remaining: number): number {
  if (remaining >= 86_400_000) return remaining % 86_400_000 || 86_400_000;
  if (remaining >= 3_600_000) return remaining % 3_600_000 || 3_600_000;
  return Math.max(30_000, remaining % 60_000 || 60_000);
}
