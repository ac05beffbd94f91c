/**
 * Reset times stated in prose: durations ("resets in 12 hours and 43 minutes", "10小时", "6 giờ 44 phút", "26.604s")
 * and clock times ("tomorrow after 12:39 PM", "21:49まで", "请在在 12:21后重试").
 *
 * How it stays fast and safe on any input: the scanned text is capped, every regex is compiled once from the tables
 * (patterns.ts, context-words.ts; the clocks' in text-clocks.ts), has bounded repetitions only, and numbers are
 * anchored by a lookbehind so a long digit run is tried from its first digit alone. Context checks (triggers,
 * negatives) look at short slices around a match.
 */
import type { ResetInfo } from '../domain/labels.ts';
import type { ResetContext } from './context.ts';
import { parseGoDuration } from './go-duration.ts';
import {
  DURATION_TRIGGERS_AFTER,
  DURATION_TRIGGERS_BEFORE,
  NEGATIVE_AFTER,
  NEGATIVE_AFTER_EXCEPTIONS,
  NEGATIVE_BEFORE,
} from './context-words.ts';
import {
  APPROX_PREFIXES,
  CJK_NUMERAL_CHARS,
  COMPACT_UNITS,
  COMPONENT_JOINERS,
  DURATION_UNITS,
  HALF_SUFFIXES,
  NUMBER_UNIT_FILLERS,
  NUMBER_WORDS,
  type DurationUnit,
  type Lang,
  type NumberKind,
  type NumberWord,
} from './patterns.ts';
import {
  alternation,
  endAnchored,
  escapeRe,
  hangulWordSource,
  LATIN,
  LOOK_AHEAD,
  LOOK_BEHIND,
  SP,
  startAnchored,
  wordSource,
  wordsSource,
} from './regex-source.ts';
import { findClocks, type PlannedClock, type Span } from './text-clocks.ts';
import {
  nowMs,
  timeZoneOf,
  toIso,
  wallDateAtOffset,
  wallDateOf,
  wallTimeAtOffsetToUtc,
  wallTimeToUtc,
} from './time.ts';

/** Text longer than this is scanned as its head and its tail (the stated reset is near one end of a long body). */
export const TEXT_SCAN_LIMIT = 20_000;
const HEAD = 16_000;
const TAIL = 4_000;
/** A stated duration beyond a year is not a reset but a misread number. */
export const MAX_TEXT_DURATION_SECONDS = 366 * 86_400;
/** A real message states one or two resets; past this the rest is noise (a log, a table). */
export const MAX_TEXT_RESULTS = 20;

/* ------------------------------------------------------------------------------------------------------------ */
/* Regex assembly from the tables                                                                               */

const normalizeWord = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

const UNIT_BY_WORD = new Map<string, DurationUnit>();
for (const unit of DURATION_UNITS) {
  for (const w of unit.words) if (!UNIT_BY_WORD.has(w.toLowerCase())) UNIT_BY_WORD.set(w.toLowerCase(), unit);
}
const NUMBER_BY_WORD = new Map<string, NumberWord>();
for (const n of NUMBER_WORDS) for (const w of n.words) NUMBER_BY_WORD.set(normalizeWord(w), n);

const unitsSource = (shared: boolean) =>
  wordsSource(
    [...UNIT_BY_WORD.entries()]
      .sort(([a], [b]) => b.length - a.length)
      .map(([word, unit]) => ({ word, ...(unit.notFollowedBy ? { suffix: `(?!${unit.notFollowedBy})` } : {}) })),
    // No left boundary: units follow a number directly ("3hrs", "10min"); findComponents rejects "anhour".
    { left: false, shared },
  );

/**
 * Digits not glued to an identifier, version, ratio, price or clock: "gpt-4", "15/1min", "$5.0", "12:21". The
 * boundary follows the first digit, as in wordSource (`(?<![…])\\d{1,9}` is the plain form).
 */
export const DIGITS_SOURCE = '\\d(?<![A-Za-z0-9_.\\-/:$€£#]\\d)\\d{0,8}(?:\\.\\d{1,9})?(?!\\d)';
const CJK_NUMERAL_SOURCE = `[${CJK_NUMERAL_CHARS}]{1,3}`;
const numberWordsSource = (shared: boolean) =>
  wordsSource(
    [...NUMBER_BY_WORD.keys()]
      .sort((a, b) => b.length - a.length)
      .map((word) => (/^[\uAC00-\uD7A3]/.test(word) ? { source: hangulWordSource(word) } : { word })),
    { shared },
  );

const HALF_SUFFIX_SOURCE = HALF_SUFFIXES.map(
  ({ word, notFollowedBy }) =>
    (LATIN.test(word[0] ?? '') ? `${SP}+` : `${SP}?`) +
    wordSource(word) +
    (notFollowedBy ? `(?!${notFollowedBy})` : ''),
).join('|');

/** One number and its unit: "12 hours", "5 more minutes", "两个小时", "一个半小时", "1시간 반". */
const componentSource = (shared: boolean) =>
  `(?<num>${DIGITS_SOURCE}|${CJK_NUMERAL_SOURCE}|${numberWordsSource(shared)})(?<gap>${SP}{0,2})` +
  `(?:(?:${alternation(NUMBER_UNIT_FILLERS, { shared })})${SP}+)?` +
  `(?<cw>[个個])?(?<halfPre>半)?` +
  `(?<unit>${unitsSource(shared)})` +
  `(?<halfSuf>${HALF_SUFFIX_SOURCE})?`;
/** Every component, as one scan finds them (componentMatches's reference): built on call, not at start-up (~5 ms). */
export const componentScanRegex = (): RegExp => new RegExp(componentSource(false), 'giu');

const COMPACT_UNIT_SOURCE = Object.keys(COMPACT_UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Case-sensitive on purpose (see COMPACT_UNITS). */
const COMPACT_RE = new RegExp(
  `(?<![A-Za-z0-9_.\\-/:$€£#])(?:\\d{1,9}(?:\\.\\d{1,9})?(?:${COMPACT_UNIT_SOURCE})){1,6}(?![\\p{L}\\p{N}])`,
  'gu',
);

// Tried on a few dozen characters at the end or start of a text: one letter class each (`shared`, regex-source.ts).
const shared = (words: readonly string[]) => alternation(words, { shared: true });
const APPROX_RE = endAnchored(shared(APPROX_PREFIXES));
const NEGATIVE_BEFORE_RE = endAnchored(shared(NEGATIVE_BEFORE));
const NEGATIVE_AFTER_RE = startAnchored(shared(NEGATIVE_AFTER));
const NEGATIVE_AFTER_EXCEPTIONS_RE = startAnchored(shared(NEGATIVE_AFTER_EXCEPTIONS));
const TRIGGER_BEFORE_RE = endAnchored(shared(DURATION_TRIGGERS_BEFORE), `${SP}*[:：]?${SP}*`);
const TRIGGER_AFTER = [...DURATION_TRIGGERS_AFTER].sort((a, b) => b.word.length - a.word.length);
const TRIGGER_AFTER_RE = startAnchored(shared(TRIGGER_AFTER.map((t) => t.word)), `${SP}?`);
const JOINER_GAP_RE = new RegExp(`^${SP}*(?:[,，、]${SP}*)?(?:(?:${shared(COMPONENT_JOINERS)})${SP}*)?$`, 'iu');

/* ------------------------------------------------------------------------------------------------------------ */

interface Candidate {
  info: ResetInfo;
  /** Higher is more trustworthy; ties keep text order. */
  score: number;
  pos: number;
}

interface Component extends Span {
  seconds: number;
  /** Largest and smallest unit in it (seconds), to merge "12 hours" + "43 minutes" but not "5 minutes" + "2 hours". */
  maxUnit: number;
  minUnit: number;
  kind: NumberKind | 'compact';
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function parseCjkNumeral(s: string): number | undefined {
  const digit = (ch: string): number | undefined => {
    const i = '一二三四五六七八九'.indexOf(ch);
    if (i >= 0) return i + 1;
    return ch === '两' || ch === '兩' ? 2 : undefined;
  };
  if (s.length === 1) return s === '十' ? 10 : digit(s);
  const ten = s.indexOf('十');
  if (ten < 0 || s.indexOf('十', ten + 1) >= 0 || s.length > 3) return undefined;
  const tens = ten === 0 ? 1 : ten === 1 ? digit(s[0] ?? '') : undefined;
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? digit(rest) : undefined;
  return tens === undefined || ones === undefined ? undefined : tens * 10 + ones;
}

interface ReadNumber {
  value: number;
  kind: NumberKind;
  langs: readonly Lang[] | 'all';
}

function readNumber(raw: string): ReadNumber | undefined {
  if (/^\d/.test(raw)) return { value: Number(raw), kind: 'digit', langs: 'all' };
  const word = NUMBER_BY_WORD.get(normalizeWord(raw));
  if (word) return { value: word.value, kind: word.kind, langs: word.langs };
  const cjk = parseCjkNumeral(raw);
  return cjk === undefined ? undefined : { value: cjk, kind: 'cjk', langs: ['zh', 'ja'] };
}

/**
 * Where a component's unit can start: a unit word right after the character a component puts before its unit (a
 * digit, a space, 个/個/半, a CJK numeral, or the last character of a number word not ending in a Latin letter).
 * A cheap first pass over the text; it consumes only that one character, so every such start is found,
 * overlapping or not.
 */
// A number word ending in a Latin letter has a right boundary (wordSource): it never touches its unit.
const UNIT_LEAD_CHARS = [
  ...new Set(
    [
      '0123456789',
      ' \t\u00a0',
      '个個半',
      CJK_NUMERAL_CHARS,
      ...[...NUMBER_BY_WORD.keys()].map((w) => w.slice(-1)).filter((c) => !LATIN.test(c)),
    ].join(''),
  ),
];
const UNIT_START_RE = new RegExp(
  `[${UNIT_LEAD_CHARS.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}](?=${[...UNIT_BY_WORD.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})`,
  'giu',
);
/** Longer than any number, filler and gap before a unit. */
const COMPONENT_WINDOW = 64;
/** A component tried at one position: the same words, one left letter class per word list (`shared`). */
const COMPONENT_AT = new RegExp(componentSource(true), 'iuy');

/**
 * componentScanRegex's matches in the text, in order, as its scan over the whole text finds them (the test
 * compares), but the component (a long alternation, costly at every position) is only tried in the window before
 * each place a unit can start: a match starts there or nowhere. Each position is tried at most once after the last match's end.
 */
export function* componentMatches(text: string): Generator<RegExpExecArray> {
  let scanned = 0;
  for (const u of text.matchAll(UNIT_START_RE)) {
    const unitStart = u.index + 1;
    for (let p = Math.max(scanned, unitStart - COMPONENT_WINDOW); p < unitStart; p++) {
      COMPONENT_AT.lastIndex = p;
      const m = COMPONENT_AT.exec(text);
      if (!m) continue;
      scanned = COMPONENT_AT.lastIndex;
      p = scanned - 1;
      yield m;
    }
    scanned = Math.max(scanned, unitStart);
  }
}

function findComponents(text: string, claimed: readonly Span[]): Component[] {
  const found: Component[] = [];
  for (const m of componentMatches(text)) {
    const g = m.groups ?? {};
    const unit = UNIT_BY_WORD.get((g.unit ?? '').toLowerCase());
    const num = readNumber(g.num ?? '');
    if (!unit || !num || !Number.isFinite(num.value)) continue;
    if (num.langs !== 'all' && !num.langs.some((l) => unit.langs.includes(l))) continue;
    if (unit.rejects?.includes(num.kind)) continue;
    // "an hour", never "anhour"; also keeps "a" + "min" inside a word like "amin" out.
    if (num.kind !== 'digit' && LATIN.test((g.num ?? '').slice(-1)) && (g.gap ?? '') === '') continue;
    const half = g.halfPre !== undefined || g.halfSuf !== undefined ? 0.5 : 0;
    const start = m.index;
    found.push({
      start,
      end: start + m[0].length,
      seconds: (num.value + half) * unit.seconds,
      maxUnit: unit.seconds,
      minUnit: unit.seconds,
      kind: num.kind,
    });
  }
  for (const m of text.matchAll(COMPACT_RE)) {
    const seconds = parseGoDuration(m[0]);
    if (seconds === undefined) continue;
    const units = [...m[0].matchAll(/[a-z]+/g)].map((u) => COMPACT_UNITS[u[0]] ?? 1);
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      seconds,
      maxUnit: Math.max(...units),
      minUnit: Math.min(...units),
      kind: 'compact',
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Component[] = [];
  for (const c of found) {
    if (claimed.some((s) => overlaps(s, c))) continue;
    const prev = kept[kept.length - 1];
    if (prev && overlaps(prev, c)) continue;
    kept.push(c);
  }
  return kept;
}

function groupComponents(text: string, components: readonly Component[]): Component[][] {
  const groups: Component[][] = [];
  let current: Component[] = [];
  for (const c of components) {
    const last = current[current.length - 1];
    const gap = last ? text.slice(last.end, c.start) : '';
    if (last && gap.length <= 12 && JOINER_GAP_RE.test(gap) && last.minUnit > c.maxUnit) {
      current.push(c);
    } else {
      if (current.length > 0) groups.push(current);
      current = [c];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A duration as read from the text: everything but `at`, which counts from the moment the message was seen. */
interface PlannedDuration {
  type: 'duration';
  stated: string;
  seconds: number;
  score: number;
  pos: number;
}

function durationCandidate(text: string, group: readonly Component[]): PlannedDuration | undefined {
  const first = group[0];
  const last = group[group.length - 1];
  if (!first || !last) return undefined;
  const before = text.slice(Math.max(0, first.start - LOOK_BEHIND), first.start);
  const approx = APPROX_RE.exec(before);
  const core = approx ? before.slice(0, approx.index) : before;
  if (NEGATIVE_BEFORE_RE.test(core) || NEGATIVE_BEFORE_RE.test(before)) return undefined;
  const after = text.slice(last.end, last.end + LOOK_AHEAD);
  if (NEGATIVE_AFTER_RE.test(after) && !NEGATIVE_AFTER_EXCEPTIONS_RE.test(after)) return undefined;

  const triggerBefore = TRIGGER_BEFORE_RE.test(core);
  const triggerAfter = TRIGGER_AFTER_RE.exec(after);
  if (first.kind === 'article' && !triggerBefore) return undefined;

  const seconds = Math.round(group.reduce((sum, c) => sum + c.seconds, 0) * 1000) / 1000;
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_TEXT_DURATION_SECONDS) return undefined;

  const keepSuffix =
    triggerAfter !== null && TRIGGER_AFTER.some((t) => t.keep && triggerAfter[0].trim().toLowerCase() === t.word);
  const statedStart = first.start - (approx ? before.length - approx.index : 0);
  const statedEnd = last.end + (keepSuffix && triggerAfter ? triggerAfter[0].length : 0);
  const stated = text.slice(statedStart, statedEnd).trim();

  const vague = group.some((c) => c.kind === 'vague');
  return {
    type: 'duration',
    stated,
    seconds,
    score: (vague ? -1 : 2) + (triggerBefore || triggerAfter ? 2 : 0),
    pos: statedStart,
  };
}

/* ------------------------------------------------------------------------------------------------------------ */

/* ------------------------------------------------------------------------------------------------------------ */

/** Fullwidth digits and colon ("１０時間", "２１：４９") as ASCII; one UTF-16 unit each, so positions hold. */
function normalizeDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF1A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

type Planned = PlannedDuration | PlannedClock;

/**
 * What the text states, read once: durations and clock times with their stated words, trust and position. It
 * does not depend on when the message was seen, so a log repeating one message can read it once
 * (planResetsFromText) and resolve it for each line's own moment (resolveTextResets).
 */
export interface TextResetPlan {
  readonly items: readonly Readonly<Planned>[];
}

const EMPTY_PLAN: TextResetPlan = { items: [] };

function scan(text: string, offset: number): Planned[] {
  const clocks = findClocks(text);
  const durations = groupComponents(text, findComponents(text, clocks.claimed))
    .map((group) => durationCandidate(text, group))
    .filter((c): c is PlannedDuration => c !== undefined);
  return [...durations, ...clocks.candidates].map((c) => ({ ...c, pos: c.pos + offset }));
}

/** Reads the durations and clock times a text states (see TextResetPlan). Never throws. */
export function planResetsFromText(text: string): TextResetPlan {
  try {
    if (typeof text !== 'string' || text.length === 0) return EMPTY_PLAN;
    const normalized = normalizeDigits(text);
    const items =
      normalized.length > TEXT_SCAN_LIMIT
        ? [...scan(normalized.slice(0, HEAD), 0), ...scan(normalized.slice(-TAIL), normalized.length - TAIL)]
        : scan(normalized, 0);
    return items.length === 0 ? EMPTY_PLAN : { items };
  } catch {
    return EMPTY_PLAN;
  }
}

/** The resets a plan states, seen at ctx.now in ctx.timeZone: most trusted first, duplicates and noise left out. */
export function resolveTextResets(plan: TextResetPlan, ctx: ResetContext): ResetInfo[] {
  try {
    if (plan.items.length === 0) return [];
    const now = nowMs(ctx);
    const timeZone = timeZoneOf(ctx);
    // Zone lookups cost a formatToParts each; a long text repeating one time must not repeat them.
    let resolved: Map<string, number> | undefined;
    // In the plan's order (each scanned part's durations, then its clocks): the sort below keeps ties in it.
    const candidates: Candidate[] = [];
    for (const p of plan.items) {
      if (p.type === 'duration') {
        const info: ResetInfo = { source: 'text:duration', stated: p.stated, inSeconds: p.seconds };
        const at = now === undefined ? undefined : toIso(now + p.seconds * 1000);
        if (at !== undefined) info.at = at;
        candidates.push({ info, score: p.score, pos: p.pos });
        continue;
      }
      if (now === undefined) continue;
      const { hour, minute, fixedOffset, tomorrow } = p;
      const addDays = tomorrow ? 1 : 0;
      const memoKey = `${addDays}|${hour}|${minute}|${fixedOffset ?? ''}`;
      let at = (resolved ??= new Map()).get(memoKey);
      if (at === undefined) {
        at =
          fixedOffset === undefined
            ? wallTimeToUtc(wallDateOf(now, timeZone, addDays), hour, minute, timeZone)
            : wallTimeAtOffsetToUtc(wallDateAtOffset(now, fixedOffset, addDays), hour, minute, fixedOffset);
        resolved.set(memoKey, at);
      }
      const iso = toIso(at);
      if (iso === undefined) continue;
      const info: ResetInfo = { at: iso, source: 'text:clock', stated: p.stated };
      // A stale quota bar shows a time that already passed; it may have reset. Never roll it to tomorrow.
      if (!tomorrow && at < now) info.possiblyPassed = true;
      candidates.push({ info, score: info.possiblyPassed ? 1 : 3, pos: p.pos });
    }
    candidates.sort((a, b) => b.score - a.score || a.pos - b.pos);
    const seen = new Set<string>();
    const out: ResetInfo[] = [];
    for (const { info } of candidates) {
      const key = `${info.source}|${info.stated}|${info.inSeconds ?? ''}|${info.at ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(info);
      if (out.length >= MAX_TEXT_RESULTS) break;
    }
    return out;
  } catch {
    return [];
  }
}

export function resetsFromText(text: string, ctx: ResetContext): ResetInfo[] {
  return resolveTextResets(planResetsFromText(text), ctx);
}
