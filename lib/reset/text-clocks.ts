/**
 * Clock times stated in prose ("tomorrow after 12:39 PM", "21:49まで", "오후 3시 45분", "00:00 UTC"): the regexes
 * compiled from clock-words.ts and the reading of each match. text.ts plans and resolves them with the durations.
 */
import {
  CLOCK_HALF_MARKS,
  CLOCK_HOUR_MARKS,
  CLOCK_MINUTE_MARKS,
  CLOCK_PREFIXES,
  CLOCK_SUFFIXES,
  CLOCK_ZONE_WORDS,
  MERIDIEM_PREFIXES,
  MERIDIEM_SUFFIXES,
  TOMORROW_JOINERS,
  TOMORROW_WORDS,
  type Meridiem,
} from './clock-words.ts';
import { alternation, LOOK_AHEAD, LOOK_BEHIND, SP, startAnchored, wordsSource } from './regex-source.ts';

/** Where a match lies in the text. */
export interface Span {
  start: number;
  end: number;
}

const MERIDIEM_BY_WORD = new Map<string, Meridiem>();
for (const m of [...MERIDIEM_PREFIXES, ...MERIDIEM_SUFFIXES])
  for (const w of m.words) MERIDIEM_BY_WORD.set(w.toLowerCase(), m.meridiem);

const HOUR_MARKS_SOURCE = wordsSource(
  [...CLOCK_HOUR_MARKS]
    .sort((a, b) => b.word.length - a.word.length)
    .map((m) => ({ word: m.word, ...(m.notFollowedBy ? { suffix: `(?!${m.notFollowedBy})` } : {}) })),
  { left: false, right: false },
);

const MINUTE_MARKS_SOURCE = alternation(CLOCK_MINUTE_MARKS, { left: false });
const HALF_MARKS_SOURCE = alternation(CLOCK_HALF_MARKS, { left: false });
// Meridiem words follow digits directly ("4:17PM"), so no left boundary.
const MERIDIEM_SUFFIX_SOURCE = alternation(
  MERIDIEM_SUFFIXES.flatMap((m) => m.words),
  { left: false },
);
const ZONE_SOURCE = alternation(CLOCK_ZONE_WORDS, { left: false, right: false });

/**
 * A clock time: "12:21", "4:17 PM", "오후 3:45", "오전 9시 30분", "14時33分", "下午3点半", "3 giờ chiều", "00:00 UTC".
 * The hour is anchored so it is never the middle of a number, a timestamp ("T01:18") or a ratio.
 */
const CLOCK_RE = new RegExp(
  `(?<mpre>(?:${alternation(MERIDIEM_PREFIXES.flatMap((m) => m.words))})${SP}{0,2})?` +
    // The hour's boundary follows its first digit, as in wordSource (plain form: `(?<![…])(?<h>\\d{1,2})`).
    `(?<h>\\d(?<![A-Za-z0-9_.:/\\-]\\d)\\d?)(?!\\d)` +
    `(?:` +
    `:(?<m>[0-5]\\d)(?::[0-5]\\d)?(?![\\d:]|\\.\\d)` +
    `|${SP}?(?<mark>${HOUR_MARKS_SOURCE})` +
    `(?:${SP}?(?:(?<m2>[0-5]?\\d)${SP}?(?:${MINUTE_MARKS_SOURCE})|(?<half>${HALF_MARKS_SOURCE})))?` +
    `)?` +
    `(?<msuf>${SP}?(?:${MERIDIEM_SUFFIX_SOURCE}))?` +
    `(?<zone>${SP}?(?:${ZONE_SOURCE})(?:(?<zsign>[+-])(?<zh>\\d{1,2})(?::?(?<zm>[0-5]\\d))?)?(?![\\p{L}\\p{N}]))?`,
  'giu',
);

// Tried on a few dozen characters before or after a clock time: one letter class each (regex-source.ts).
const SHARED = { shared: true } as const;
const CLOCK_PREFIX_RE = new RegExp(`(?:(?:${alternation(CLOCK_PREFIXES, SHARED)})${SP}*){1,2}$`, 'iu');
const TOMORROW_BEFORE_RE = new RegExp(
  `(?:${alternation(TOMORROW_WORDS, SHARED)})(?:${SP}|${alternation(TOMORROW_JOINERS, SHARED)})*$`,
  'iu',
);
const CLOCK_SUFFIX_RE = startAnchored(alternation(CLOCK_SUFFIXES, SHARED), `${SP}?`);
const TOMORROW_AFTER_RE = startAnchored(alternation(TOMORROW_WORDS, SHARED), `(?:${SP}|,)*`);

function to24h(hour: number, meridiem: Meridiem | undefined): number | undefined {
  if (meridiem === undefined) return hour <= 23 ? hour : undefined;
  if (meridiem === 'am') return hour > 12 ? undefined : hour % 12;
  if (meridiem === 'pm') return hour > 23 ? undefined : hour < 12 ? hour + 12 : hour;
  // Midday words: 中午12点 is 12:00, 中午1点 is 13:00.
  return hour > 23 ? undefined : hour < 11 ? hour + 12 : hour;
}

/** A clock time as read from the text: the instant it names depends on the day it was seen, and the zone. */
export interface PlannedClock {
  type: 'clock';
  stated: string;
  hour: number;
  minute: number;
  /** A zone the message names ("00:00 UTC"), as an offset; else the reader's zone applies. */
  fixedOffset: number | undefined;
  tomorrow: boolean;
  pos: number;
}

export function findClocks(text: string): { candidates: PlannedClock[]; claimed: Span[] } {
  const candidates: PlannedClock[] = [];
  const claimed: Span[] = [];
  for (const m of text.matchAll(CLOCK_RE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const markWord = g.mark?.toLowerCase();
    const mark = markWord === undefined ? undefined : CLOCK_HOUR_MARKS.find((k) => k.word === markWord);
    const hasColon = g.m !== undefined;
    if (!hasColon && !mark && g.msuf === undefined) continue;

    const before = text.slice(Math.max(0, start - LOOK_BEHIND), start);
    const prefix = CLOCK_PREFIX_RE.exec(before);
    const beforePrefix = prefix ? before.slice(0, prefix.index) : before;
    const tomorrowBefore = TOMORROW_BEFORE_RE.exec(beforePrefix);
    const after = text.slice(end, end + LOOK_AHEAD);
    const suffix = CLOCK_SUFFIX_RE.exec(after);
    const afterSuffix = suffix ? after.slice(suffix[0].length) : after;
    const tomorrowAfter = TOMORROW_AFTER_RE.exec(afterSuffix);

    const meridiemWord = (g.mpre ?? g.msuf ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    const meridiem = meridiemWord ? MERIDIEM_BY_WORD.get(meridiemWord) : undefined;
    const context = Boolean(meridiem || prefix || suffix || tomorrowBefore || tomorrowAfter);
    if (mark?.needsPrefix) {
      const p = prefix?.[0].toLowerCase() ?? '';
      if (!mark.needsPrefix.some((w) => p.includes(w))) continue;
    } else if ((hasColon || mark?.needsContext) && !context) {
      continue;
    }

    const hour = to24h(Number(g.h), meridiem);
    const minute = g.m !== undefined ? Number(g.m) : g.m2 !== undefined ? Number(g.m2) : g.half !== undefined ? 30 : 0;
    if (hour === undefined || minute > 59) continue;
    // "00:00 UTC", "12:00 GMT+9": the message names its zone, so the browser's zone does not apply.
    const fixedOffset =
      g.zone === undefined
        ? undefined
        : (g.zsign === '-' ? -1 : 1) * (Number(g.zh ?? 0) * 60 + Number(g.zm ?? 0)) * 60_000;
    if (fixedOffset !== undefined && Math.abs(fixedOffset) > 14 * 3_600_000) continue;

    const leadIndex = tomorrowBefore?.index ?? prefix?.index;
    const statedStart = leadIndex === undefined ? start : start - (before.length - leadIndex);
    const statedEnd = end + (suffix ? suffix[0].length : 0) + (tomorrowAfter ? tomorrowAfter[0].length : 0);
    claimed.push({ start, end });
    candidates.push({
      type: 'clock',
      stated: text.slice(statedStart, statedEnd).trim(),
      hour,
      minute,
      fixedOffset,
      tomorrow: Boolean(tomorrowBefore || tomorrowAfter),
      pos: statedStart,
    });
  }
  return { candidates, claimed };
}
