/**
 * lib/reset/text.ts writes each word boundary after the first letter or digit it guards (`a(?<![\p{L}\p{N}].)…`
 * instead of `(?<![\p{L}\p{N}])a…`) so the regex engine can reject most positions on their first character. That is
 * a speed-up only: for every table word, the digits and the hour, both forms must match the same spans in any text.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Clock from '../../lib/reset/clock-words.ts';
import * as Context from '../../lib/reset/context-words.ts';
import * as Durations from '../../lib/reset/patterns.ts';
import { alternation, hangulWordSource, wordSource, wordsSource } from '../../lib/reset/regex-source.ts';
import { componentScanRegex, DIGITS_SOURCE, componentMatches } from '../../lib/reset/text.ts';
import { apiLogRecord, loadFixtures } from '../bench/api-log.ts';

/** Every word table of lib/reset. */
const P = { ...Durations, ...Context, ...Clock };

const FIXTURE_TEXTS = readFileSync('test/fixtures/limit-messages.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

const TABLE_WORDS = [
  ...P.DURATION_UNITS.flatMap((u) => u.words),
  ...P.NUMBER_WORDS.flatMap((n) => n.words),
  ...P.NUMBER_UNIT_FILLERS,
  ...P.COMPONENT_JOINERS,
  ...P.HALF_SUFFIXES.map((h) => h.word),
  ...P.APPROX_PREFIXES,
  ...P.DURATION_TRIGGERS_BEFORE,
  ...P.DURATION_TRIGGERS_AFTER.map((t) => t.word),
  ...P.NEGATIVE_BEFORE,
  ...P.NEGATIVE_AFTER,
  ...P.NEGATIVE_AFTER_EXCEPTIONS,
  ...P.MERIDIEM_PREFIXES.flatMap((m) => m.words),
  ...P.MERIDIEM_SUFFIXES.flatMap((m) => m.words),
  ...P.CLOCK_HOUR_MARKS.map((m) => m.word),
  ...P.CLOCK_MINUTE_MARKS,
  ...P.CLOCK_HALF_MARKS,
  ...P.CLOCK_ZONE_WORDS,
  ...P.TOMORROW_WORDS,
  ...P.TOMORROW_JOINERS,
  ...P.CLOCK_PREFIXES,
  ...P.CLOCK_SUFFIXES,
];

const spans = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

function expectSameSpans(fast: string, plain: string, texts: readonly string[]): void {
  const a = new RegExp(fast, 'giu');
  const b = new RegExp(plain, 'giu');
  for (const text of texts)
    expect(spans(a, text), `${plain} on ${JSON.stringify(text.slice(0, 80))}`).toEqual(spans(b, text));
}

/** Texts that put each word at a boundary, glued to letters and digits, after Hangul, at the start and the end. */
function around(word: string): string[] {
  return [
    word,
    `x${word}`,
    `${word}x`,
    `9${word}`,
    ` ${word} `,
    `한${word}`,
    `é${word}`,
    `${word.toUpperCase()}!`,
    `\n${word}`,
  ];
}

const GLUE = ['', ' ', 'a', 'Z', '9', '한', 'é', '.', '-', ':', '/', '\n', '#', '$', '_'];

describe('boundaries written after the first character match what a leading lookbehind matches', () => {
  it('every table word, on the fixture texts and at every kind of edge', () => {
    expect(TABLE_WORDS.length).toBeGreaterThan(100);
    const latin = TABLE_WORDS.filter((w) => /^\p{Script=Latin}/u.test(w));
    expect(latin.length).toBeGreaterThan(50);
    for (const word of new Set(TABLE_WORDS)) {
      const texts = [...FIXTURE_TEXTS, ...around(word), ...around(word.slice(0, 2))];
      expectSameSpans(wordSource(word), wordSource(word, { boundaryFirst: true }), texts);
    }
    // Two regexes per table word (~700) over every fixture text: ~3 s alone, over 5 s on a shared, loaded machine.
  }, 30_000);

  it('every table word, on random text built from the words and their edges', () => {
    const words = [...new Set(TABLE_WORDS)];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.array(fc.constantFrom(...words, ...GLUE), { maxLength: 12 }),
        (word, parts) => {
          expectSameSpans(wordSource(word), wordSource(word, { boundaryFirst: true }), [
            parts.join(''),
            parts.join(word),
          ]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('Korean number words, not inside a longer Hangul word', () => {
    const hangul = P.NUMBER_WORDS.flatMap((n) => n.words).filter((w) => /^[\uAC00-\uD7A3]/.test(w));
    expect(hangul.length).toBeGreaterThan(3);
    for (const word of hangul) {
      const texts = [...FIXTURE_TEXTS, ...around(word), `${word}시간`, `다${word}`, `${word}${word}`];
      expectSameSpans(
        hangulWordSource(word),
        `(?<![\\uAC00-\\uD7A3])${wordSource(word, { boundaryFirst: true })}`,
        texts,
      );
    }
  });

  it('the digits of a number and the hour of a clock', () => {
    const plainDigits = '(?<![A-Za-z0-9_.\\-/:$€£#])\\d{1,9}(?:\\.\\d{1,9})?(?!\\d)';
    const fastHour = '(?<h>\\d(?<![A-Za-z0-9_.:/\\-]\\d)\\d?)(?!\\d)';
    const plainHour = '(?<![A-Za-z0-9_.:/\\-])(?<h>\\d{1,2})(?!\\d)';
    const text = fc.array(
      fc.constantFrom('1', '12', '2026', '0.5', '26.604', '1234567890', ...GLUE, ':', 'gpt-', '$', '€'),
      { maxLength: 16 },
    );
    fc.assert(
      fc.property(text, (parts) => {
        expectSameSpans(DIGITS_SOURCE, plainDigits, [parts.join('')]);
        expectSameSpans(fastHour, plainHour, [parts.join('')]);
      }),
      { numRuns: 2000 },
    );
    expectSameSpans(DIGITS_SOURCE, plainDigits, FIXTURE_TEXTS);
    expectSameSpans(fastHour, plainHour, FIXTURE_TEXTS);
  });
});

describe('word alternations grouped by first letter, or behind shared boundaries, match one alternative per word', () => {
  // Each table as text-regexes.ts turns it into one alternation, and the plain form: wordSource per word, in order.
  const byLength = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);
  const tables: { name: string; words: string[]; opts?: { left?: boolean; right?: boolean } }[] = [
    { name: 'number words', words: byLength(P.NUMBER_WORDS.flatMap((n) => n.words)) },
    { name: 'units', words: byLength(P.DURATION_UNITS.flatMap((u) => u.words)), opts: { left: false } },
    { name: 'approximate', words: byLength(P.APPROX_PREFIXES) },
    { name: 'triggers before', words: byLength(P.DURATION_TRIGGERS_BEFORE) },
    { name: 'negatives before', words: byLength(P.NEGATIVE_BEFORE) },
    { name: 'negatives after', words: byLength(P.NEGATIVE_AFTER) },
    { name: 'joiners', words: byLength(P.COMPONENT_JOINERS) },
    { name: 'clock prefixes', words: byLength(P.CLOCK_PREFIXES) },
    { name: 'clock suffixes', words: byLength(P.CLOCK_SUFFIXES) },
    { name: 'tomorrow', words: byLength(P.TOMORROW_WORDS) },
    { name: 'meridiem suffixes', words: byLength(P.MERIDIEM_SUFFIXES.flatMap((m) => m.words)), opts: { left: false } },
  ];
  const plain = (words: readonly string[], opts?: { left?: boolean; right?: boolean }) =>
    words.map((w) => wordSource(w, opts)).join('|');

  it('every table, on the fixture texts and at the edges of its words', () => {
    for (const { name, words, opts } of tables) {
      expect(words.length, name).toBeGreaterThan(1);
      const texts = [...FIXTURE_TEXTS, ...words.flatMap((w) => around(w)), words.join(' '), words.join('')];
      expectSameSpans(alternation(words, opts), plain(words, opts), texts);
      expectSameSpans(alternation(words, { ...opts, shared: true }), plain(words, opts), texts);
    }
  });

  it('every table, on random text built from its words and their edges', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...tables),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.constantFrom(...GLUE), { maxLength: 12 }),
        ({ words, opts }, picks, glue) => {
          const text = picks.map((i, k) => `${words[i % words.length]}${glue[k] ?? ''}`).join('');
          expectSameSpans(alternation(words, opts), plain(words, opts), [text, text.toUpperCase()]);
          expectSameSpans(alternation(words, { ...opts, shared: true }), plain(words, opts), [
            text,
            text.toUpperCase(),
          ]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('with what must follow a word, and raw alternatives, in the given order', () => {
    const alts = [
      { word: 'minutes' },
      { word: 'minute', suffix: '(?!s)' },
      { source: '한(?<![\\uAC00-\\uD7A3].)' },
      { word: 'min' },
      { word: 'ms', suffix: '(?!x)' },
      { word: '분' },
    ];
    const plainAlts = alts.map((a) => ('source' in a ? a.source : wordSource(a.word) + (a.suffix ?? ''))).join('|');
    const texts = ['minutes', 'minute', 'minutex', 'mins', 'min.', 'msx', 'ms', '5분', '한분', 'xmin', 'MIN', '1min'];
    expectSameSpans(wordsSource(alts), plainAlts, [...texts, texts.join(' '), texts.join('')]);
    expectSameSpans(wordsSource(alts, { shared: true }), plainAlts, [...texts, texts.join(' '), texts.join('')]);
  });
});

/** Pieces of stated waits, numbers and words that look like units inside other words ("more", "through"). */
const DURATION_PIECES = [
  'resets in ',
  'try again in ',
  'a few ',
  'an ',
  'a couple of ',
  'half an ',
  'more ',
  'through ',
  'and ',
  ', ',
  '  ',
  '12',
  '4',
  '26.604',
  '1234567890',
  'gpt-4',
  '$5',
  ':',
  '/',
  'hours',
  'hour',
  'minutes',
  'min',
  'seconds',
  'secs',
  'days',
  'ore',
  'hr',
  '시간',
  '분',
  '한',
  '두 ',
  '반',
  '小时',
  '个',
  '两',
  '十',
  '半',
  '分钟',
  '時間',
  'giờ',
  'phút',
  'vài ',
  'x',
  'é',
  '\n',
  '\t',
  '\u00a0',
];

describe('the unit-led scan for durations finds what a scan over the whole text finds', () => {
  const scan = componentScanRegex();
  const full = (text: string) => [...text.matchAll(scan)].map((m) => `${m.index}:${m[0]}`);
  const led = (text: string) => [...componentMatches(text)].map((m) => `${m.index}:${m[0]}`);

  it('on the fixture texts and the API error log', () => {
    const fixtures = loadFixtures();
    const texts = [...FIXTURE_TEXTS, ...Array.from({ length: 300 }, (_, i) => apiLogRecord(i, fixtures).text)];
    let found = 0;
    for (const text of texts) {
      expect(led(text), JSON.stringify(text.slice(0, 80))).toEqual(full(text));
      found += full(text).length;
    }
    expect(found).toBeGreaterThan(50);
  });

  it('on random text built from stated waits', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DURATION_PIECES, ...TABLE_WORDS), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(led(text)).toEqual(full(text));
      }),
      { numRuns: 3000 },
    );
  });
});
