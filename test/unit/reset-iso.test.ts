/** toIso formats from a cached minute (lib/reset/time.ts): it must give exactly what Date#toISOString gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIso } from '../../lib/reset/time.ts';

const MAX = 8.64e15;
const iso = (ms: number) => new Date(ms).toISOString();

describe('toIso', () => {
  it('equals toISOString for any instant Date holds, whole or fractional, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -MAX, max: MAX }),
            fc.double({ min: -MAX, max: MAX, noNaN: true }),
            fc.integer({ min: 1.7e12, max: 1.8e12 }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (times) => {
          for (const ms of times) expect(toIso(ms)).toBe(iso(ms));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('equals toISOString across minute, day and year edges, before 1970, past 9999, and at the limits', () => {
    const edges = [
      0,
      -0,
      1,
      -1,
      999,
      1000,
      59_999,
      60_000,
      -60_000,
      -59_999.5,
      0.5,
      -0.5,
      1.7e12,
      1.7e12 + 59_999,
      253402300799999,
      253402300800000,
      -62167219200000,
      -62167219200001,
      MAX,
      -MAX,
    ];
    for (const base of edges)
      for (const d of [0, 1, -1, 999.9, 60_000]) {
        const ms = base + d;
        if (Math.abs(ms) <= MAX) expect(toIso(ms), String(ms)).toBe(iso(ms));
      }
    for (let ms = 1.7e12 - 5000; ms < 1.7e12 + 130_000; ms += 7.3) expect(toIso(ms)).toBe(iso(ms));
  });

  it('refuses what Date cannot hold', () => {
    for (const ms of [Number.NaN, Infinity, -Infinity, MAX + 1, -MAX - 1]) expect(toIso(ms)).toBeUndefined();
  });
});
