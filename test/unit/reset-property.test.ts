/**
 * Whatever comes in, the parser returns well-formed values and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESET_SOURCES, type ResetInfo } from '../../lib/domain/labels.ts';
import {
  resetFromIso,
  resetFromSeconds,
  resetsFromHeaders,
  resetsFromText,
  type ResetContext,
} from '../../lib/reset/index.ts';

function expectWellFormed(r: ResetInfo): void {
  expect(RESET_SOURCES).toContain(r.source);
  expect(typeof r.stated).toBe('string');
  if (r.at !== undefined) expect(new Date(r.at).toISOString()).toBe(r.at);
  if (r.inSeconds !== undefined) {
    expect(Number.isFinite(r.inSeconds)).toBe(true);
    expect(r.inSeconds).toBeGreaterThanOrEqual(0);
  }
  if (r.possiblyPassed !== undefined) expect(r.possiblyPassed).toBe(true);
}

/** Pieces of real messages, so random strings reach the interesting paths, not just "no match". */
const PIECES = [
  'resets in ',
  'try again ',
  'after ',
  'at ',
  'tomorrow ',
  'in ',
  'for ',
  'wait ',
  'a few ',
  'an ',
  'half an ',
  'and ',
  ', ',
  '~',
  'about ',
  '12',
  '4',
  '0',
  '99',
  '1.5',
  '26.604',
  ':',
  ':21',
  ':39 ',
  'PM',
  'AM',
  ' ',
  '.',
  '/',
  '-',
  '$',
  'hours',
  'hour',
  'minutes',
  'min',
  'seconds',
  's',
  'm',
  'h',
  'ms',
  'days',
  'per minute',
  'ago',
  '시간',
  '분',
  '초',
  '일',
  '후',
  '약 ',
  '오후 ',
  '오전 ',
  '내일 ',
  '시',
  '반',
  '時間',
  '分',
  '日',
  '後',
  'まで',
  '明日の',
  '時',
  '半',
  '小时',
  '个',
  '两',
  '十',
  '分钟',
  '天',
  '后',
  '内',
  '请在在 ',
  '下午',
  '点',
  '每',
  'giờ',
  'phút',
  'ngày',
  'lúc ',
  'sau khoảng ',
  '１',
  '：',
];
const messageLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), messageLike);

const anyCtx: fc.Arbitrary<ResetContext> = fc.record(
  {
    now: fc.oneof(
      fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
      fc.date(),
    ),
    timeZone: fc.constantFrom(
      'UTC',
      'Asia/Seoul',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Not/AZone',
      '',
    ),
  },
  { requiredKeys: ['now'] },
);

describe('property: never throws, always well-formed', () => {
  it('resetsFromText', () => {
    fc.assert(
      fc.property(anyText, anyCtx, (text, ctx) => {
        const out = resetsFromText(text, ctx);
        expect(Array.isArray(out)).toBe(true);
        for (const r of out) {
          expectWellFormed(r);
          expect(['text:duration', 'text:clock']).toContain(r.source);
          expect(r.stated.length).toBeGreaterThan(0);
          // Stated words come from the text itself (fullwidth digits aside, which are read as ASCII).
          if (!/[\uFF10-\uFF1A]/.test(text)) expect(text).toContain(r.stated);
          if (r.source === 'text:clock') expect(r.inSeconds).toBeUndefined();
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('resetsFromHeaders', () => {
    const names = fc.oneof(
      fc.constantFrom(
        'retry-after',
        'Retry-After',
        'retry-after-ms',
        'x-ratelimit-reset',
        'X-RateLimit-Reset',
        'x-ratelimit-reset-requests',
        'x-ratelimit-reset-tokens',
        'x-ratelimit-reset-images',
        'x-ratelimit-reset-project-tokens',
        'ratelimit-reset',
      ),
      fc.string({ maxLength: 20 }),
    );
    const values = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.double().map(String),
      fc.nat().map(String),
      fc.bigInt({ min: 0n, max: 10n ** 22n }).map(String),
      fc.constantFrom(
        '1s',
        '6m0s',
        '26.604s',
        '-1s',
        '1h2m3s',
        'Wed, 05 Jun 2024 10:12:45 GMT',
        '2026-09-18T01:18:40.658860+00:00',
        'NaN',
        'Infinity',
        '1e400',
      ),
    );
    fc.assert(
      fc.property(fc.dictionary(names, values, { maxKeys: 8 }), anyCtx, (headers, ctx) => {
        for (const r of resetsFromHeaders(headers, ctx)) {
          expectWellFormed(r);
          expect(r.source.startsWith('header:')).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('resetFromIso and resetFromSeconds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        fc.oneof(fc.double(), fc.integer()),
        anyText,
        anyCtx,
        (iso, seconds, stated, ctx) => {
          const fromIso = resetFromIso(iso, 'blocked_features.resets_after', stated, ctx);
          if (fromIso) expectWellFormed(fromIso);
          expectWellFormed(resetFromSeconds(seconds, 'clears_in', stated, ctx));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('round-trips any valid Date through resetFromIso', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        (d) => {
          expect(resetFromIso(d.toISOString(), 'clears_in', 'x', { now: new Date(0) })?.at).toBe(d.toISOString());
        },
      ),
    );
  });

  it('stays fast on huge and hostile input', () => {
    const ctx: ResetContext = { now: new Date('2026-09-17T20:18:40Z'), timeZone: 'America/New_York' };
    const hostile = [
      '1'.repeat(1_000_000),
      '1.'.repeat(500_000),
      '12:'.repeat(300_000),
      'wait for an hour and '.repeat(50_000),
      '1h'.repeat(500_000),
      ' '.repeat(1_000_000),
      '10小时 后 12:21后 '.repeat(50_000),
      'a '.repeat(500_000),
    ];
    resetsFromText('warm up in 5 hours after 12:21', ctx);
    const started = performance.now();
    for (const text of hostile) {
      const out = resetsFromText(text, ctx);
      expect(out.length).toBeLessThanOrEqual(20);
    }
    // Generous for slow CI machines; locally this is well under 100 ms in total.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
