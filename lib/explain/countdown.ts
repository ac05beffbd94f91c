/**
 * The state of a wait, derived from the reset and the clock each time it is shown (never stored).
 * "resetting" covers the minute after the stated time, when the owner's counter may not have caught up yet.
 */
import type { ResetInfo } from '../domain/labels.ts';

export type WaitState =
  | { kind: 'none' }
  | { kind: 'possibly-reset'; at: Date }
  | { kind: 'waiting'; at: Date; remainingMs: number }
  | { kind: 'resetting'; at: Date }
  | { kind: 'available'; at: Date };

const RESETTING_WINDOW_MS = 60_000;

export function waitStateOf(reset: ResetInfo | undefined, now: number): WaitState {
  const at = reset?.at ? new Date(reset.at) : undefined;
  if (!at || Number.isNaN(at.getTime())) return { kind: 'none' };
  if (reset?.possiblyPassed) return { kind: 'possibly-reset', at };
  const remainingMs = at.getTime() - now;
  if (remainingMs > 0) return { kind: 'waiting', at, remainingMs };
  if (-remainingMs < RESETTING_WINDOW_MS) return { kind: 'resetting', at };
  return { kind: 'available', at };
}

/** "2h 05m 09s", "4m 03s", "12s"; days for long lockouts ("30d 0h"). */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3_600);
  const m = Math.floor((total % 3_600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${pad(m)}m ${pad(s)}s`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}
