/**
 * Instants, ISO strings and wall-clock conversion. No dependencies: offsets come from Intl.DateTimeFormat, so DST
 * follows the runtime's tz database.
 */
import type { ResetContext } from './context.ts';

/** Beyond this, Date cannot represent the instant (ECMA-262 time value range). */
const MAX_TIME_MS = 8.64e15;

/**
 * The last minute toIso formatted: a log's lines are seconds apart, so most calls only write the seconds (the same
 * string as toISOString, ~3× cheaper; test/unit/reset-iso.test.ts compares them).
 */
let isoMinute = Number.NaN;
let isoMinutePrefix = '';

export function toIso(ms: number): string | undefined {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_TIME_MS) return undefined;
  // Date keeps whole milliseconds, truncated toward zero; its fields count from the start of the minute below.
  const t = Math.trunc(ms);
  const minute = Math.floor(t / 60_000);
  if (minute !== isoMinute) {
    // "…THH:mm:" of this minute: the 7 characters after it ("ss.sssZ") are the same width for every year.
    const iso = new Date(minute * 60_000).toISOString();
    isoMinute = minute;
    isoMinutePrefix = iso.slice(0, iso.length - 7);
  }
  const inMinute = t - minute * 60_000;
  const seconds = Math.floor(inMinute / 1000);
  const millis = inMinute - seconds * 1000;
  return `${isoMinutePrefix}${seconds < 10 ? '0' : ''}${seconds}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

/** `ctx.now` in ms, or undefined when the caller passed something that is not a valid date. */
export function nowMs(ctx: ResetContext | undefined): number | undefined {
  const now: unknown = ctx?.now;
  if (!(now instanceof Date)) return undefined;
  const t = now.getTime();
  return Number.isFinite(t) ? t : undefined;
}

export function timeZoneOf(ctx: ResetContext | undefined): string | undefined {
  const tz: unknown = ctx?.timeZone;
  return typeof tz === 'string' && tz.length > 0 && tz.length < 100 ? tz : undefined;
}

/** Date.UTC maps years 0–99 to 1900–1999; this does not, and it normalizes overflow (day 32 → next month). */
export function utcFromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

/* ------------------------------------------------------------------------------------------------------------ */

const formatterCache = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatterCache.get(timeZone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat | null;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    // An unknown zone name: callers fall back to the runtime zone rather than fail.
    formatter = null;
  }
  if (formatterCache.size > 64) formatterCache.clear();
  formatterCache.set(timeZone, formatter);
  return formatter;
}

const offsetCache = new WeakMap<Intl.DateTimeFormat, Map<number, number>>();

/** Offset of `timeZone` from UTC at `utcMs` (local minus UTC, in ms). Undefined or unknown zone: the runtime's. */
export function zoneOffsetMs(utcMs: number, timeZone: string | undefined): number {
  const formatter = timeZone === undefined ? null : formatterFor(timeZone);
  if (!formatter) return -new Date(utcMs).getTimezoneOffset() * 60_000;
  // A formatToParts costs microseconds and a dozen objects; a log resolves the same instants (a day's wall times)
  // line after line. The offset is a function of the zone and the instant, so a bounded memo of both is exact.
  let known = offsetCache.get(formatter);
  if (!known) offsetCache.set(formatter, (known = new Map()));
  const cached = known.get(utcMs);
  if (cached !== undefined) return cached;
  const offset = zoneOffsetByParts(formatter, utcMs);
  if (known.size >= 512) known.clear();
  known.set(utcMs, offset);
  return offset;
}

function zoneOffsetByParts(formatter: Intl.DateTimeFormat, utcMs: number): number {
  const parts = formatter.formatToParts(utcMs);
  const num = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const year = /^B/i.test(era) ? 1 - num('year') : num('year');
  // Some engines print midnight as hour 24 even with h23.
  const wall = utcFromParts(year, num('month'), num('day'), num('hour') % 24, num('minute'), num('second'));
  const whole = Math.floor(utcMs / 1000) * 1000;
  const offset = wall - whole;
  return Number.isFinite(offset) ? offset : -new Date(utcMs).getTimezoneOffset() * 60_000;
}

export interface WallDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date at `utcMs` in the zone, shifted by `addDays` (calendar days, not 24-hour periods). */
export function wallDateOf(utcMs: number, timeZone: string | undefined, addDays = 0): WallDate {
  return wallDateAtOffset(utcMs, zoneOffsetMs(utcMs, timeZone), addDays);
}

/** The calendar date at `utcMs` at a fixed UTC offset (a message that names its zone: "00:00 UTC"). */
export function wallDateAtOffset(utcMs: number, offsetMs: number, addDays = 0): WallDate {
  const wall = new Date(utcMs + offsetMs);
  const shifted = new Date(utcFromParts(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate() + addDays));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function wallTimeAtOffsetToUtc(date: WallDate, hour: number, minute: number, offsetMs: number): number {
  return utcFromParts(date.year, date.month, date.day, hour, minute) - offsetMs;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time happens in a zone. Ambiguous times (the repeated hour when clocks go back) resolve to
 * the earlier instant; times inside a spring-forward gap resolve with the pre-gap offset (02:30 → 03:30 DST), as
 * browsers do for `new Date(y, m, d, h, mi)`.
 */
export function wallTimeToUtc(date: WallDate, hour: number, minute: number, timeZone: string | undefined): number {
  const asUtc = utcFromParts(date.year, date.month, date.day, hour, minute);
  const before = zoneOffsetMs(asUtc - DAY_MS, timeZone);
  const after = zoneOffsetMs(asUtc + DAY_MS, timeZone);
  const candidates = before === after ? [asUtc - before] : [asUtc - before, asUtc - after];
  const exact = candidates.filter((t) => t + zoneOffsetMs(t, timeZone) === asUtc);
  if (exact.length > 0) return Math.min(...exact);
  return asUtc - before;
}

/* ------------------------------------------------------------------------------------------------------------ */

/**
 * ISO 8601 date-time with any number of fractional digits ("2026-09-18T01:18:40.658860+00:00": six digits, which Date
 * parsing handles inconsistently). Parsed by hand; a missing zone is read as UTC since these come from servers.
 */
const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,12}))?)?[ ]?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

export function parseIsoMs(input: unknown): number | undefined {
  if (typeof input !== 'string' || input.length > 64) return undefined;
  const m = ISO_RE.exec(input.trim());
  if (!m) return undefined;
  const [, ys, mos, ds, hs, mis, ss, frac, , sign, ohs, omis] = m;
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = Number(hs);
  const mi = Number(mis);
  const s = ss === undefined ? 0 : Number(ss);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  if (h === 24 && (mi !== 0 || s !== 0)) return undefined;
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  let t = utcFromParts(y, mo, d, h, mi, Math.min(s, 59), ms);
  // Reject Feb 30 and the like instead of rolling them over.
  const check = new Date(utcFromParts(y, mo, d));
  if (check.getUTCMonth() + 1 !== mo || check.getUTCDate() !== d) return undefined;
  if (sign !== undefined) {
    const oh = Number(ohs);
    const omi = omis === undefined ? 0 : Number(omis);
    if (oh > 23 || omi > 59) return undefined;
    t -= (sign === '-' ? -1 : 1) * (oh * 60 + omi) * 60_000;
  }
  return Number.isFinite(t) && Math.abs(t) <= MAX_TIME_MS ? t : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 9110 IMF-fixdate, the only form servers may send: "Wed, 05 Jun 2024 10:12:45 GMT". */
const IMF_RE = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{4}) (\d{2}):(\d{2}):(\d{2}) (?:GMT|UTC|Z)$/;

export function parseHttpDateMs(input: string): number | undefined {
  const s = input.trim();
  if (s.length > 64) return undefined;
  const m = IMF_RE.exec(s);
  if (m) {
    const [, d, mon, y, h, mi, sec] = m;
    const mo = MONTHS.indexOf((mon ?? '').toLowerCase()) + 1;
    if (mo === 0 || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 60) return undefined;
    return utcFromParts(Number(y), mo, Number(d), Number(h), Number(mi), Math.min(Number(sec), 59));
  }
  // The obsolete RFC 850 and asctime forms: recipients must accept them; Date.parse does, and they always name a month.
  if (/[A-Za-z]{3}/.test(s) && /\d{4}|\d{2}:\d{2}/.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) return t;
  }
  return undefined;
}
