import { describe, expect, it } from 'vitest';
import {
  parseGoDuration,
  resetFromIso,
  resetFromSeconds,
  resetsFromHeaders,
  resetsFromText,
  type ResetContext,
} from '../../lib/reset/index.ts';

/** 20:18:40 UTC: late enough that morning clock times have passed, early enough that evening ones have not. */
const NOW = new Date('2026-09-17T20:18:40.000Z');
const ctx: ResetContext = { now: NOW, timeZone: 'UTC' };
const plus = (seconds: number): string => new Date(NOW.getTime() + seconds * 1000).toISOString();

function firstDuration(text: string) {
  return resetsFromText(text, ctx).find((r) => r.source === 'text:duration');
}

describe('resetsFromText: durations', () => {
  const H = 3600;
  const D = 86_400;
  it.each<[string, number, string]>([
    // English (ChatGPT plan cap, help center, pacing, API and provider messages)
    [
      'You can create more images when the limit resets in 12 hours and 43 minutes.',
      12 * H + 43 * 60,
      '12 hours and 43 minutes',
    ],
    ['when the limit resets in 42 minutes.', 42 * 60, '42 minutes'],
    ['when the limit resets in 14 hours.', 14 * H, '14 hours'],
    ['in 5 hours', 5 * H, '5 hours'],
    ['resets in 720 hours', 720 * H, '720 hours'],
    ['Please wait for an hour before generating more images.', H, 'an hour'],
    ['Please try again in 26.604s. Visit https://platform.openai.com/account/rate-limits', 26.604, '26.604s'],
    ['Please try again in 12s.', 12, '12s'],
    ['Please try again in 1m30s.', 90, '1m30s'],
    ['Please try again in 6m0s.', 360, '6m0s'],
    ['try again in 20ms', 0.02, '20ms'],
    ['Please retry after 60 seconds. To increase your default rate limit', 60, '60 seconds'],
    ['Please retry after 1 second.', 1, '1 second'],
    ['Please retry in 28.021237377s.', 28.021, '28.021237377s'],
    ['Request was throttled. Your rate limit resets in ~30s.', 30, '~30s'],
    ['Your rate limit resets in ~10s.', 10, '~10s'],
    ['resets in about 2 hours', 2 * H, 'about 2 hours'],
    ['try again in 1h 30m', 90 * 60, '1h 30m'],
    ['wait 1 hour, 30 minutes', 90 * 60, '1 hour, 30 minutes'],
    ['wait an hour and a half', 1.5 * H, 'an hour and a half'],
    ['in half an hour', 1800, 'half an hour'],
    ['in twenty-four hours', 24 * H, 'twenty-four hours'],
    ['in 1.5 hours', 1.5 * H, '1.5 hours'],
    ['try again in 3hrs', 3 * H, '3hrs'],
    ['try again in 10min', 600, '10min'],
    ['wait 5 more minutes', 300, '5 more minutes'],
    ['in a couple of hours', 2 * H, 'a couple of hours'],
    ['locked for 2 days', 2 * D, '2 days'],
    ['resets in 2 weeks', 14 * D, '2 weeks'],
    // Korean
    ['한도가 10시간 18분 후에 재설정되면', 10 * H + 18 * 60, '10시간 18분'],
    ['이미지 생성 가능 시간: 약 30일 뒤로 예상됩니다.', 30 * D, '약 30일'],
    ['30분 후에 다시 시도하세요', 30 * 60, '30분'],
    ['2일 후', 2 * D, '2일'],
    ['한 시간 후에 다시 시도하세요', H, '한 시간'],
    ['1시간 반 후', 1.5 * H, '1시간 반'],
    // Japanese
    ['上限は17時間後にリセットされます', 17 * H, '17時間後'],
    ['3時間20分後', 3 * H + 20 * 60, '3時間20分'],
    ['2日後にお試しください', 2 * D, '2日'],
    ['1時間半後', 1.5 * H, '1時間半'],
    ['１０時間後', 10 * H, '10時間後'],
    // Chinese
    ['上限将在 10小时 后重置，届时可创建更多图像。', 10 * H, '10小时'],
    ['上限将在 22 小时后重置。', 22 * H, '22 小时'],
    ['9小时 内', 9 * H, '9小时 内'],
    ['请在30分钟后重试', 30 * 60, '30分钟'],
    ['2天后', 2 * D, '2天'],
    ['两个小时后', 2 * H, '两个小时'],
    ['一个半小时后', 1.5 * H, '一个半小时'],
    ['半小时后', 1800, '半小时'],
    ['10小时30分钟后', 10 * H + 1800, '10小时30分钟'],
    // Vietnamese
    ['Hạn mức sẽ được đặt lại sau khoảng 6 giờ 44 phút.', 6 * H + 44 * 60, 'khoảng 6 giờ 44 phút'],
    ['vui lòng thử lại sau 30 phút', 30 * 60, '30 phút'],
    ['sau 2 ngày', 2 * D, '2 ngày'],
    // A few others, digits only
    ['inténtalo de nuevo en 2 horas', 2 * H, '2 horas'],
    ['réessayez dans 3 heures', 3 * H, '3 heures'],
    ['in 5 Stunden erneut versuchen', 5 * H, '5 Stunden'],
  ])('%s → %d s', (text, seconds, stated) => {
    const found = firstDuration(text);
    expect(found, text).toBeDefined();
    expect(found?.inSeconds).toBeCloseTo(seconds, 3);
    expect(found?.stated).toContain(stated);
    expect(found?.at).toBe(plus(found?.inSeconds ?? Number.NaN));
  });

  it('keeps the stated words exact, without "in" but with an approximation sign', () => {
    expect(firstDuration('resets in 10 hours and 25 minutes.')?.stated).toBe('10 hours and 25 minutes');
    expect(firstDuration('resets in ~10s.')?.stated).toBe('~10s');
    expect(firstDuration('6 giờ 44 phút')?.stated).toBe('6 giờ 44 phút');
    expect(firstDuration('10小时')?.stated).toBe('10小时');
  });

  it('reads "a few minutes" as ~300 s, keeps the vague words, and ranks it after precise values', () => {
    const vague = resetsFromText('Please wait a few minutes before trying again.', ctx);
    expect(vague).toEqual([{ source: 'text:duration', stated: 'a few minutes', inSeconds: 300, at: plus(300) }]);
    const both = resetsFromText('Please wait a few minutes. The limit resets in 2 hours.', ctx);
    expect(both.map((r) => r.stated)).toEqual(['2 hours', 'a few minutes']);
    expect(firstDuration('几分钟后再试')?.inSeconds).toBe(300);
    expect(firstDuration('数分後にお試しください')?.inSeconds).toBe(300);
  });

  it('ranks a duration introduced by a trigger word above a bare one', () => {
    const r = resetsFromText('Plan: 3 hours of usage. 5 hours. Try again in 2 hours.', ctx);
    expect(r[0]?.stated).toBe('2 hours');
    expect(r.map((x) => x.inSeconds)).toEqual([7200, 18000]);
  });

  it('returns one entry for a value repeated in the text', () => {
    const text = '"resets_after_text":"in 5 hours" … "resets_after_text":"in 5 hours"';
    expect(resetsFromText(text, ctx)).toHaveLength(1);
  });

  it.each([
    'Limit: 15/1min. Current: 16/1min.',
    'Limit: 60.000000 / min. Current: 100.000000 / min',
    'Tier 5',
    'while you have less than $5.0 in credit.',
    'Your rate limit is 60 queries per minute.',
    'The maximum rate limit for this model is 9.0 queries per minute.',
    'This request was for ImageGenerations_Create under Azure OpenAI API version 2025-03-01-preview.',
    'Limit 10000, Used 9348, Requested 5086.',
    'If you just verified, it can take up to 15 minutes for access to propagate.',
    "{'detail': 'Too many requests in 1 hour. Try again later.'}",
    'GPT-4o can create 50 images a day.',
    '40 messages every 3 hours',
    '50 images in the last 3 hours',
    'generated 3 hours ago',
    'a rolling 24h window',
    'Limit: 5M tokens per day',
    'gpt-image-1.5 and gpt-5.1 in East US 2 have',
    'request ID ba26ecc19b891d51c802fd1bf379d34a',
    '"created": 1589478378, "limit": 3.0, "remaining": 0',
    '每3小时可生成 40 张',
    '3時間ごとにリセット',
    '3시간마다',
    '3月2日',
    '3월 2일',
    '十分な時間',
    '半分',
    '제한 시간 초과',
    '100초과',
  ])('does not read a reset in %j', (text) => {
    expect(resetsFromText(text, ctx)).toEqual([]);
  });

  it('ignores durations beyond a year', () => {
    expect(resetsFromText('in 99999 days', ctx)).toEqual([]);
    expect(resetsFromText('in 365 days', ctx)[0]?.inSeconds).toBe(365 * 86_400);
  });

  it('scans the head and tail of a long text', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(2000);
    const head = resetsFromText(`resets in 3 hours. ${filler}`, ctx);
    const tail = resetsFromText(`${filler} resets in 4 hours.`, ctx);
    expect(head[0]?.inSeconds).toBe(3 * 3600);
    expect(tail[0]?.inSeconds).toBe(4 * 3600);
  });

  it('returns nothing for empty or non-string input', () => {
    expect(resetsFromText('', ctx)).toEqual([]);
    expect(resetsFromText(undefined as unknown as string, ctx)).toEqual([]);
    expect(resetsFromText(42 as unknown as string, ctx)).toEqual([]);
  });

  it('still states the duration when now is not a valid date', () => {
    const r = resetsFromText('resets in 5 hours', { now: new Date(Number.NaN) });
    expect(r).toEqual([{ source: 'text:duration', stated: '5 hours', inSeconds: 18_000 }]);
    expect(resetsFromText('after 4:28 PM', { now: new Date(Number.NaN) })).toEqual([]);
  });
});

describe('resetsFromText: clock times', () => {
  // NOW is 20:18:40 UTC; UTC is the zone throughout this block.
  it.each<[string, string, string, boolean]>([
    [
      'Upgrade to ChatGPT Plus or try again tomorrow after 12:39 PM.',
      '2026-09-18T12:39:00.000Z',
      'tomorrow after 12:39 PM',
      false,
    ],
    ['wait for more tomorrow at 11:40 AM', '2026-09-18T11:40:00.000Z', 'tomorrow at 11:40 AM', false],
    ['Try again tomorrow after 1:12 PM', '2026-09-18T13:12:00.000Z', 'tomorrow after 1:12 PM', false],
    ['or wait for more at 4:17 PM.', '2026-09-17T16:17:00.000Z', 'at 4:17 PM', true],
    ['try again after 4:28 PM', '2026-09-17T16:28:00.000Z', 'after 4:28 PM', true],
    ['or wait for more at 9:05 PM.', '2026-09-17T21:05:00.000Z', 'at 9:05 PM', false],
    ['Please try again after 12:21.', '2026-09-17T12:21:00.000Z', 'after 12:21', true],
    ['Please try again after 23:59.', '2026-09-17T23:59:00.000Z', 'after 23:59', false],
    ['at 4 PM tomorrow', '2026-09-18T16:00:00.000Z', 'at 4 PM tomorrow', false],
    ['after 12:05 AM', '2026-09-17T00:05:00.000Z', 'after 12:05 AM', true],
    ['after 9:05PM', '2026-09-17T21:05:00.000Z', 'after 9:05PM', false],
    ['at 8:30 p.m.', '2026-09-17T20:30:00.000Z', 'at 8:30 p.m.', false],
    // ko
    ['오후 3:45에 다시 시도하세요', '2026-09-17T15:45:00.000Z', '오후 3:45에', true],
    ['오후 9:45에 다시 시도하세요', '2026-09-17T21:45:00.000Z', '오후 9:45', false],
    ['오전 9시 30분 이후', '2026-09-17T09:30:00.000Z', '오전 9시 30분', true],
    ['내일 오후 1:12에 다시 시도하세요', '2026-09-18T13:12:00.000Z', '내일 오후 1:12', false],
    // ja
    ['画像生成の利用上限に達しています…21:49までお待ちください', '2026-09-17T21:49:00.000Z', '21:49まで', false],
    ['明日の14:33以降に再度お試しください', '2026-09-18T14:33:00.000Z', '明日の14:33', false],
    ['14時33分まで', '2026-09-17T14:33:00.000Z', '14時33分', true],
    // zh, including the official doubled-character typo
    ['请在 12:21后重试', '2026-09-17T12:21:00.000Z', '12:21后', true],
    ['请在在 12:21后重试', '2026-09-17T12:21:00.000Z', '在在 12:21后', true],
    ['请在下午3:45后重试', '2026-09-17T15:45:00.000Z', '下午3:45', true],
    ['明天下午3点半后再试', '2026-09-18T15:30:00.000Z', '明天下午3点半', false],
    ['晚上9点后再试', '2026-09-17T21:00:00.000Z', '晚上9点后', false],
    // vi
    ['thử lại lúc 21:30', '2026-09-17T21:30:00.000Z', 'lúc 21:30', false],
    ['thử lại lúc 3 giờ chiều ngày mai', '2026-09-18T15:00:00.000Z', 'lúc 3 giờ chiều', false],
  ])('%s → %s', (text, at, stated, passed) => {
    const clock = resetsFromText(text, ctx).find((r) => r.source === 'text:clock');
    expect(clock, text).toBeDefined();
    expect(clock?.at).toBe(at);
    expect(clock?.stated).toContain(stated);
    expect(clock?.inSeconds).toBeUndefined();
    expect(Boolean(clock?.possiblyPassed)).toBe(passed);
  });

  it('never rolls a passed clock time to tomorrow: it is possibly reset already', () => {
    // The quota bar refreshes only on a request, so "12:21" seen at 20:18 is stale, not tomorrow's 12:21.
    const [stale] = resetsFromText('Please try again after 12:21.', ctx);
    expect(stale).toEqual({
      at: '2026-09-17T12:21:00.000Z',
      source: 'text:clock',
      stated: 'after 12:21',
      possiblyPassed: true,
    });
    // One minute ahead is still today and not passed.
    const [soon] = resetsFromText('Please try again after 20:19.', ctx);
    expect(soon?.at).toBe('2026-09-17T20:19:00.000Z');
    expect(soon?.possiblyPassed).toBeUndefined();
    // "tomorrow" is the next calendar day, never possibly passed, even if earlier than now.
    const [tomorrow] = resetsFromText('try again tomorrow after 12:21 PM', ctx);
    expect(tomorrow?.at).toBe('2026-09-18T12:21:00.000Z');
    expect(tomorrow?.possiblyPassed).toBeUndefined();
  });

  it('uses a zone the message names instead of the browser zone', () => {
    const seoul: ResetContext = { now: NOW, timeZone: 'Asia/Seoul' };
    expect(resetsFromText('resets at 21:00 UTC', seoul)[0]).toEqual({
      at: '2026-09-17T21:00:00.000Z',
      source: 'text:clock',
      stated: 'at 21:00 UTC',
    });
    expect(resetsFromText('resets at 12:00 GMT+9', ctx)[0]?.at).toBe('2026-09-18T03:00:00.000Z');
    expect(resetsFromText('resets at 00:00 UTC', seoul)[0]).toMatchObject({
      at: '2026-09-17T00:00:00.000Z',
      possiblyPassed: true,
    });
  });

  it('ranks a future clock above a passed one', () => {
    const r = resetsFromText('after 12:21. Or after 21:00.', ctx);
    expect(r.map((x) => x.stated)).toEqual(['after 21:00', 'after 12:21']);
  });

  it.each([
    'Date: Wed, 05 Jun 2024 10:12:45 GMT',
    '"resets_after":"2026-09-18T01:18:40.658860+00:00"',
    'aspect ratio 16:10',
    'log 10:12:45 request failed',
    'Limit: 0/1min',
    'after 25:00',
    'at 13:00 AM',
    '3点建议',
    '2시즌 업데이트',
    '5시리즈',
    '3시도 실패',
    '2025年3時点',
  ])('does not read a clock in %j', (text) => {
    expect(resetsFromText(text, ctx).filter((r) => r.source === 'text:clock')).toEqual([]);
  });

  it('does not read the minutes of a clock as a duration', () => {
    expect(resetsFromText('오전 9시 30분', ctx).map((r) => r.source)).toEqual(['text:clock']);
    expect(resetsFromText('14時33分まで', ctx).map((r) => r.source)).toEqual(['text:clock']);
    expect(resetsFromText('lúc 3 giờ 30 phút', ctx).map((r) => r.source)).toEqual(['text:clock']);
  });
});

describe('resetsFromHeaders', () => {
  it('reads retry-after seconds with the header stated', () => {
    expect(resetsFromHeaders({ 'retry-after': '54749', date: 'Wed, 05 Jun 2024 10:12:45 GMT' }, ctx)).toEqual([
      { source: 'header:retry-after', stated: 'retry-after: 54749', inSeconds: 54_749, at: plus(54_749) },
    ]);
  });

  it('matches names case-insensitively', () => {
    expect(resetsFromHeaders({ 'Retry-After': '24' }, ctx)).toEqual([
      { source: 'header:retry-after', stated: 'retry-after: 24', inSeconds: 24, at: plus(24) },
    ]);
    expect(resetsFromHeaders({ 'X-RateLimit-Reset-Tokens': '6m0s' }, ctx)[0]?.inSeconds).toBe(360);
  });

  it('reads retry-after as an HTTP date', () => {
    expect(resetsFromHeaders({ 'retry-after': 'Thu, 17 Sep 2026 21:00:00 GMT' }, ctx)).toEqual([
      {
        source: 'header:retry-after',
        stated: 'retry-after: Thu, 17 Sep 2026 21:00:00 GMT',
        at: '2026-09-17T21:00:00.000Z',
      },
    ]);
    const past = resetsFromHeaders({ 'retry-after': 'Wed, 05 Jun 2024 10:12:45 GMT' }, ctx)[0];
    expect(past?.at).toBe('2024-06-05T10:12:45.000Z');
    expect(past?.possiblyPassed).toBe(true);
  });

  it('reads retry-after-ms and puts it first', () => {
    const r = resetsFromHeaders(
      {
        'x-ratelimit-reset-requests': '1s',
        'retry-after': '2',
        'retry-after-ms': '1500',
        'x-ratelimit-reset-tokens': '26.604s',
      },
      ctx,
    );
    expect(r.map((x) => [x.source, x.inSeconds])).toEqual([
      ['header:retry-after-ms', 1.5],
      ['header:retry-after', 2],
      ['header:x-ratelimit-reset-requests', 1],
      ['header:x-ratelimit-reset-tokens', 26.604],
    ]);
    expect(r[0]?.at).toBe(plus(1.5));
  });

  it('reads OpenAI Go durations, including project and usage-based variants', () => {
    const r = resetsFromHeaders(
      {
        'x-ratelimit-reset-requests': '12ms',
        'x-ratelimit-reset-project-tokens': '1h2m3s',
        'x-ratelimit-reset-tokens_usage_based': '59.5s',
      },
      ctx,
    );
    expect(r).toEqual([
      {
        source: 'header:x-ratelimit-reset-requests',
        stated: 'x-ratelimit-reset-requests: 12ms',
        inSeconds: 0.012,
        at: plus(0.012),
      },
      {
        source: 'header:x-ratelimit-reset-tokens',
        stated: 'x-ratelimit-reset-project-tokens: 1h2m3s',
        inSeconds: 3723,
        at: plus(3723),
      },
      {
        source: 'header:x-ratelimit-reset-tokens',
        stated: 'x-ratelimit-reset-tokens_usage_based: 59.5s',
        inSeconds: 59.5,
        at: plus(59.5),
      },
    ]);
  });

  it('reads x-ratelimit-reset as epoch ms, epoch seconds, or a delta by magnitude', () => {
    const epochMs = NOW.getTime() + 30_000;
    expect(resetsFromHeaders({ 'X-RateLimit-Reset': String(epochMs) }, ctx)).toEqual([
      { source: 'header:x-ratelimit-reset', stated: `x-ratelimit-reset: ${epochMs}`, at: plus(30) },
    ]);
    const epochS = Math.floor(NOW.getTime() / 1000) + 60;
    expect(resetsFromHeaders({ 'x-ratelimit-reset': String(epochS) }, ctx)[0]?.at).toBe(plus(60));
    expect(resetsFromHeaders({ 'x-ratelimit-reset': '45' }, ctx)[0]).toMatchObject({ inSeconds: 45, at: plus(45) });
    expect(resetsFromHeaders({ 'x-ratelimit-reset': '1m' }, ctx)[0]?.inSeconds).toBe(60);
    expect(resetsFromHeaders({ 'x-ratelimit-reset-images': '2s' }, ctx)[0]).toMatchObject({
      source: 'header:x-ratelimit-reset',
      stated: 'x-ratelimit-reset-images: 2s',
      inSeconds: 2,
    });
    const past = resetsFromHeaders({ 'x-ratelimit-reset': '1700000000' }, ctx)[0];
    expect(past).toMatchObject({ at: '2023-11-14T22:13:20.000Z', possiblyPassed: true });
  });

  it('ignores garbage values and unrelated headers', () => {
    expect(
      resetsFromHeaders(
        {
          'retry-after': 'soon',
          'retry-after-ms': '-5',
          'x-ratelimit-reset-requests': '1x',
          'x-ratelimit-reset-tokens': '-1s',
          'x-ratelimit-reset': '',
          'x-ratelimit-remaining-requests': '0',
          'cache-control': 'max-age=0',
        },
        ctx,
      ),
    ).toEqual([]);
    expect(resetsFromHeaders(undefined, ctx)).toEqual([]);
    expect(resetsFromHeaders(null as unknown as Record<string, string>, ctx)).toEqual([]);
    expect(resetsFromHeaders({ 'retry-after': 5 as unknown as string }, ctx)[0]?.inSeconds).toBe(5);
    expect(resetsFromHeaders({ 'retry-after': {} as unknown as string }, ctx)).toEqual([]);
  });
});

describe('resetFromIso', () => {
  it('parses microsecond ISO values and reads the stated words as a duration', () => {
    expect(
      resetFromIso('2026-09-18T01:18:40.658860+00:00', 'blocked_features.resets_after', 'in 5 hours', ctx),
    ).toEqual({
      at: '2026-09-18T01:18:40.658Z',
      source: 'blocked_features.resets_after',
      stated: 'in 5 hours',
      inSeconds: 18_000,
    });
    expect(
      resetFromIso('2026-10-05T08:13:43.226963+00:00', 'blocked_features.resets_after', '9小时 内', ctx)?.inSeconds,
    ).toBe(9 * 3600);
  });

  it('keeps the words even when they are not a duration, without inSeconds', () => {
    const r = resetFromIso('2026-09-18T01:18:40Z', 'limits_progress.reset_after', 'soon', ctx);
    expect(r).toEqual({ at: '2026-09-18T01:18:40.000Z', source: 'limits_progress.reset_after', stated: 'soon' });
    expect(resetFromIso('2026-09-18T01:18:40Z', 'limits_progress.reset_after', '', ctx)?.stated).toBe(
      '2026-09-18T01:18:40Z',
    );
  });

  it('converts offsets to UTC and treats a missing zone as UTC', () => {
    expect(resetFromIso('2026-09-18T10:18:40+09:00', 'clears_in', 'x', ctx)?.at).toBe('2026-09-18T01:18:40.000Z');
    expect(resetFromIso('2026-09-17T21:00:00.1-0430', 'clears_in', 'x', ctx)?.at).toBe('2026-09-18T01:30:00.100Z');
    expect(resetFromIso('2026-09-18T01:18:40', 'clears_in', 'x', ctx)?.at).toBe('2026-09-18T01:18:40.000Z');
  });

  it('marks a time already past as possibly passed', () => {
    expect(
      resetFromIso('2026-09-17T19:00:00Z', 'blocked_features.resets_after', 'in 5 hours', ctx)?.possiblyPassed,
    ).toBe(true);
  });

  it.each([
    '',
    'not a date',
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-09-18',
    '1789000000',
    '2026-09-18T25:00:00Z',
  ])('returns undefined for %j', (iso) => {
    expect(resetFromIso(iso, 'blocked_features.resets_after', 'in 5 hours', ctx)).toBeUndefined();
  });
});

describe('resetFromSeconds', () => {
  it('adds the seconds to now', () => {
    expect(resetFromSeconds(3600, 'clears_in', 'clears_in: 3600', ctx)).toEqual({
      at: plus(3600),
      inSeconds: 3600,
      source: 'clears_in',
      stated: 'clears_in: 3600',
    });
    expect(resetFromSeconds(1.5, 'body:retry-delay', '', ctx).stated).toBe('1.5');
  });

  it('handles invalid and negative values without throwing', () => {
    expect(resetFromSeconds(Number.NaN, 'clears_in', 'x', ctx)).toEqual({ source: 'clears_in', stated: 'x' });
    expect(resetFromSeconds(Number.POSITIVE_INFINITY, 'clears_in', 'x', ctx)).toEqual({
      source: 'clears_in',
      stated: 'x',
    });
    expect(resetFromSeconds(-60, 'clears_in', 'x', ctx)).toEqual({
      at: plus(-60),
      source: 'clears_in',
      stated: 'x',
      possiblyPassed: true,
    });
    expect(resetFromSeconds(1e300, 'clears_in', 'x', ctx)).toEqual({
      inSeconds: 1e300,
      source: 'clears_in',
      stated: 'x',
    });
  });
});

describe('parseGoDuration', () => {
  it.each<[string, number]>([
    ['1s', 1],
    ['6m0s', 360],
    ['26.604s', 26.604],
    ['12ms', 0.012],
    ['1h2m3s', 3723],
    ['1.5h', 5400],
    ['0', 0],
    ['0s', 0],
    ['300us', 0.0003],
    ['2µs', 0.000002],
    [' 59.999s ', 59.999],
    ['.5s', 0.5],
  ])('%j → %d', (input, seconds) => {
    expect(parseGoDuration(input)).toBeCloseTo(seconds, 9);
  });

  it.each(['', '1', '-1s', 's', '1x', '1 s', '1s2', 'abc', '1h-2m'])('%j → undefined', (input) => {
    expect(parseGoDuration(input)).toBeUndefined();
  });
});
