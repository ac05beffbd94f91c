import { describe, expect, it } from 'vitest';
import { resetsFromText, type ResetContext } from '../../lib/reset/index.ts';
import { wallTimeToUtc, zoneOffsetMs } from '../../lib/reset/time.ts';

const clockOf = (text: string, ctx: ResetContext) => resetsFromText(text, ctx).find((r) => r.source === 'text:clock');

describe('clock times in Asia/Seoul (UTC+9, no DST)', () => {
  // 2026-09-18 05:18:40 in Seoul, still the 17th in UTC: the local calendar day decides "today" and "tomorrow".
  const ctx: ResetContext = { now: new Date('2026-09-17T20:18:40Z'), timeZone: 'Asia/Seoul' };

  it('resolves a later time today in local time', () => {
    expect(clockOf('오후 3:45에 다시 시도하세요', ctx)).toEqual({
      at: '2026-09-18T06:45:00.000Z',
      source: 'text:clock',
      stated: '오후 3:45에',
    });
  });

  it('marks an earlier time today as possibly passed, on the local date', () => {
    expect(clockOf('오전 5:00에 다시 시도하세요', ctx)).toMatchObject({
      at: '2026-09-17T20:00:00.000Z',
      possiblyPassed: true,
    });
  });

  it('puts "내일" on the next local calendar day', () => {
    expect(clockOf('내일 오후 1:12에 다시 시도하세요', ctx)?.at).toBe('2026-09-19T04:12:00.000Z');
    expect(clockOf('明日の14:33', ctx)?.at).toBe('2026-09-19T05:33:00.000Z');
  });
});

describe('clock times in America/New_York across DST', () => {
  it('uses the daylight offset after spring forward (2026-03-08 02:00 → 03:00)', () => {
    // 01:30 EST, half an hour before the change.
    const ctx: ResetContext = { now: new Date('2026-03-08T06:30:00Z'), timeZone: 'America/New_York' };
    expect(clockOf('at 3:30 AM', ctx)).toEqual({
      at: '2026-03-08T07:30:00.000Z',
      source: 'text:clock',
      stated: 'at 3:30 AM',
    });
    expect(clockOf('at 1:00 AM', ctx)).toMatchObject({ at: '2026-03-08T06:00:00.000Z', possiblyPassed: true });
    // 02:30 does not exist that night; it resolves like a browser would, to 03:30 EDT.
    expect(clockOf('at 2:30 AM', ctx)?.at).toBe('2026-03-08T07:30:00.000Z');
  });

  it('counts "tomorrow" in calendar days, not 24 hours, over the change', () => {
    // Saturday 10:00 EST; Sunday 9:00 AM is EDT (UTC-4), so 13:00Z, not 14:00Z.
    const ctx: ResetContext = { now: new Date('2026-03-07T15:00:00Z'), timeZone: 'America/New_York' };
    expect(clockOf('try again tomorrow at 9:00 AM', ctx)?.at).toBe('2026-03-08T13:00:00.000Z');
  });

  it('uses the standard offset after fall back, and the earlier instant for the repeated hour', () => {
    // 2026-11-01 00:30 EDT.
    const ctx: ResetContext = { now: new Date('2026-11-01T04:30:00Z'), timeZone: 'America/New_York' };
    expect(clockOf('after 1:30 AM', ctx)?.at).toBe('2026-11-01T05:30:00.000Z');
    expect(clockOf('after 4:28 PM', ctx)?.at).toBe('2026-11-01T21:28:00.000Z');
  });

  it('reads summer and winter offsets', () => {
    expect(zoneOffsetMs(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-01-01T12:00:00Z'), 'America/New_York')).toBe(-5 * 3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-01-01T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
    expect(wallTimeToUtc({ year: 2026, month: 7, day: 1 }, 8, 0, 'America/New_York')).toBe(
      Date.parse('2026-07-01T12:00:00Z'),
    );
  });
});

describe('zone fallbacks', () => {
  const now = new Date('2026-09-17T20:18:40Z');

  it('uses the runtime zone when none is given (tests pin TZ=UTC)', () => {
    expect(clockOf('after 21:00', { now })?.at).toBe(
      clockOf('after 21:00', { now, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })?.at,
    );
    expect(clockOf('after 21:00', { now, timeZone: 'UTC' })?.at).toBe('2026-09-17T21:00:00.000Z');
  });

  it('falls back to the runtime zone for an unknown zone name instead of throwing', () => {
    expect(clockOf('after 21:00', { now, timeZone: 'Mars/Olympus_Mons' })?.at).toBe(
      clockOf('after 21:00', { now })?.at,
    );
  });
});
