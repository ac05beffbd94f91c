/**
 * The command line's JSON rows (scripts/classify-rows.ts) are written by hand for speed; they must be exactly the
 * text JSON.stringify gives for the row object, byte for byte: on every labelled fixture, on a generated API log,
 * and on arbitrary strings (quotes, backslashes, control characters, lone surrogates) in every field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/classify/index.ts';
import type { Classification, ResetInfo } from '../../lib/domain/labels.ts';
import { lineToUnit, type SessionUnit } from '../../lib/session/reader.ts';
import { jsonRow } from '../../scripts/classify-rows.ts';
import { apiLogRecord, loadFixtures } from '../bench/api-log.ts';

/** The row as the command line wrote it before: an object, through JSON.stringify. */
function stringifiedRow(u: SessionUnit, c: Classification): string {
  const { owner, action, bucket, provider, reset, resets, confidence, reasons } = c;
  return JSON.stringify({
    id: u.id,
    owner,
    action,
    bucket,
    provider,
    reset,
    resets,
    confidence,
    reasons,
    ...(u.time !== undefined ? { time: new Date(u.time).toISOString() } : {}),
    ...(u.input.status !== undefined ? { status: u.input.status } : {}),
    ...(u.method ? { method: u.method } : {}),
    ...(u.url ? { url: u.url } : {}),
    ...(u.model ? { model: u.model } : {}),
    ...(u.size ? { size: u.size } : {}),
  });
}

const fixtures = loadFixtures();

describe('jsonRow: JSON.stringify of the row, by hand', () => {
  it('on every labelled fixture and 3,000 lines of the generated API log', () => {
    const lines = [
      ...fixtures.map((f, i) => JSON.stringify({ id: `f${i}`, time: '2026-11-27T12:00:00Z', ...f })),
      ...Array.from({ length: 3_000 }, (_, i) => JSON.stringify(apiLogRecord(i, fixtures))),
    ];
    let withResets = 0;
    for (const [i, line] of lines.entries()) {
      const u = lineToUnit(line, i + 1)!;
      const c = classify(u.input, { now: new Date(u.time ?? Date.UTC(2026, 10, 27)), timeZone: 'Asia/Seoul' });
      if (c.resets && c.resets.length > 1) withResets++;
      expect(jsonRow(u, c)).toBe(stringifiedRow(u, c));
    }
    expect(withResets).toBeGreaterThan(100);
  }, 60_000);

  it('on arbitrary strings, numbers and reset shapes in every field', () => {
    const anyString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) });
    const someString = fc.oneof(anyString, fc.constantFrom('', 'a"b', 'a\\b', '\u2028', '\ud800', 'x\udfffy', '😀'));
    const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY));
    const resetInfo = fc.record(
      {
        at: someString,
        inSeconds: number,
        source: someString,
        stated: someString,
        possiblyPassed: fc.boolean(),
      },
      { requiredKeys: ['source', 'stated'] },
    ) as fc.Arbitrary<ResetInfo>;
    fc.assert(
      fc.property(
        fc.record({
          id: fc.oneof(someString, number),
          time: fc.option(fc.integer({ min: 0, max: 4_000_000_000_000 }), { nil: undefined }),
          status: fc.option(number, { nil: undefined }),
          method: fc.option(someString, { nil: undefined }),
          url: fc.option(someString, { nil: undefined }),
          model: fc.option(someString, { nil: undefined }),
          size: fc.option(someString, { nil: undefined }),
        }),
        fc.record({
          owner: someString,
          action: someString,
          bucket: someString,
          provider: fc.option(someString, { nil: undefined }),
          resets: fc.option(fc.array(resetInfo, { maxLength: 3 }), { nil: undefined }),
          separateReset: fc.option(resetInfo, { nil: undefined }),
          firstIsPrimary: fc.boolean(),
          confidence: someString,
          reasons: fc.array(someString, { maxLength: 4 }),
        }),
        (unit, fields) => {
          const { resets, separateReset, firstIsPrimary, ...rest } = fields;
          const reset = firstIsPrimary && resets?.length ? resets[0] : separateReset;
          const c = {
            ...rest,
            ...(reset ? { reset } : {}),
            ...(resets ? { resets } : {}),
          } as unknown as Classification;
          const u: SessionUnit = {
            id: unit.id,
            input: { text: '', ...(unit.status !== undefined ? { status: unit.status } : {}) },
            ...(unit.time !== undefined ? { time: unit.time } : {}),
            ...(unit.method !== undefined ? { method: unit.method } : {}),
            ...(unit.url !== undefined ? { url: unit.url } : {}),
            ...(unit.model !== undefined ? { model: unit.model } : {}),
            ...(unit.size !== undefined ? { size: unit.size } : {}),
            unscored: true,
          };
          expect(jsonRow(u, c)).toBe(stringifiedRow(u, c));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
