/**
 * The state of a wait, derived from the reset and the clock each time it is shown (never stored).
 * "resetting" covers the minute after the stated time, when the owner's counter may not have caught up yet.
 */
import type { ResetInfo } from '../domain/labels.ts';
import { APPROX_PREFIXES, NUMBER_WORDS } from '../reset/patterns.ts';

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

/** How a locale writes the parts of a countdown. */
export interface DurationUnits {
  d: string;
  h: string;
  m: string;
  s: string;
  /** Zero-pad minutes and seconds after a larger unit ("2h 05m 09s"); Korean reads "2시간 5분 9초". */
  pad: boolean;
}

export const EN_UNITS: DurationUnits = { d: 'd', h: 'h', m: 'm', s: 's', pad: true };

/** "2h 05m 09s", "4m 03s", "12s"; days for long lockouts ("30d 0h"). Korean: "2시간 5분 9초", "30일 0시간". */
export function formatRemaining(ms: number, units: DurationUnits = EN_UNITS): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3_600);
  const m = Math.floor((total % 3_600) / 60);
  const s = total % 60;
  const pad = (n: number) => (units.pad ? String(n).padStart(2, '0') : String(n));
  if (d > 0) return `${d}${units.d} ${h}${units.h}`;
  if (h > 0) return `${h}${units.h} ${pad(m)}${units.m} ${pad(s)}${units.s}`;
  if (m > 0) return `${m}${units.m} ${pad(s)}${units.s}`;
  return `${s}${units.s}`;
}

export type ApproxUnit = 'day' | 'hour' | 'minute' | 'second';

/**
 * A rounded amount for a wait the message only states loosely ("a few minutes", "~30s", "약 30일"): a seconds-precise
 * countdown would claim a precision nobody gave. Rounded up, so nobody retries too early.
 */
export function approximateRemaining(ms: number): { amount: number; unit: ApproxUnit } {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s >= 2 * 86_400) return { amount: Math.ceil(s / 86_400), unit: 'day' };
  if (s >= 2 * 3_600) return { amount: Math.ceil(s / 3_600), unit: 'hour' };
  if (s >= 90) return { amount: Math.ceil(s / 60), unit: 'minute' };
  return { amount: s, unit: 'second' };
}

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LOOSE_WORDS = [
  ...APPROX_PREFIXES,
  ...NUMBER_WORDS.filter((w) => w.kind === 'vague').flatMap((w) => w.words),
].sort((a, b) => b.length - a.length);
// Latin words need word edges ("a few" must not match inside "a fewer"); CJK and signs stand alone. The edges are
// written once around all Latin words, not per word: each \p{L} is a large Unicode set compiled on the regex's first
// use, in the popup's first paint. Only `test` reads this regex, so which word matches first does not matter.
const LOOSE_LATIN = LOOSE_WORDS.filter((w) => /^[a-z]/i.test(w));
const LOOSE_RE = new RegExp(
  [
    `(?<![\\p{L}])(?:${LOOSE_LATIN.map(escapeRe).join('|')})(?![\\p{L}])`,
    ...LOOSE_WORDS.filter((w) => !LOOSE_LATIN.includes(w)).map(escapeRe),
  ].join('|'),
  'iu',
);

/** Whether a reset's own words are loose ("a few minutes", "about an hour", "~30s", "몇 시간", "几分钟"). */
export function isApproximate(reset: Pick<ResetInfo, 'source' | 'stated'> | undefined): boolean {
  if (reset?.source !== 'text:duration') return false;
  return LOOSE_RE.test(reset.stated);
}
