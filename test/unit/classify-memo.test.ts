/**
 * The memo (lib/classify/memo.ts) gives classify()'s results, exactly: on every labelled fixture, every stream
 * fixture and every HAR fixture's units, seen at several moments and in several zones, first uncached then from
 * the memo; and on a generated API log (test/bench/api-log.ts) through a memo small enough to evict all along.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, type ClassifyOptions } from '../../lib/classify/index.ts';
import { MemoClassifier } from '../../lib/classify/memo.ts';
import type { ClassifyInput } from '../../lib/domain/labels.ts';
import { SessionReader, lineToUnit, type SessionUnit } from '../../lib/session/reader.ts';
import { apiLogRecord, loadFixtures } from '../bench/api-log.ts';

const fixtures = loadFixtures();

const fixtureInputs: ClassifyInput[] = fixtures.map(({ text, status, headers, url }) => ({
  text,
  ...(status !== undefined ? { status } : {}),
  ...(headers ? { headers } : {}),
  ...(url ? { url } : {}),
}));

const streamDir = new URL('../fixtures/streams/', import.meta.url);
const streamInputs: ClassifyInput[] = readdirSync(streamDir)
  .filter((f) => f.endsWith('.txt') || f.endsWith('.json'))
  .map((f) => ({ text: readFileSync(new URL(f, streamDir), 'utf8'), url: 'https://chatgpt.com/c/example' }));

function harUnits(): SessionUnit[] {
  const units: SessionUnit[] = [];
  const dir = new URL('../fixtures/har/', import.meta.url);
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.har'))) {
    const reader = new SessionReader({ onUnit: (u) => units.push(u) });
    reader.push(readFileSync(new URL(f, dir), 'utf8'));
    reader.end();
  }
  return units;
}

/** Moments across days, a clock change and a year end; zones where "after 12:21" means different instants. */
const MOMENTS: ClassifyOptions[] = [
  { now: new Date('2026-11-27T12:00:00Z'), timeZone: 'UTC' },
  { now: new Date('2026-11-27T23:59:59.950Z'), timeZone: 'Asia/Seoul' },
  { now: new Date('2026-03-08T06:30:00.123Z'), timeZone: 'America/New_York' },
  { now: new Date('2026-12-31T23:00:00Z'), timeZone: 'Pacific/Kiritimati' },
  { now: new Date('2027-01-01T00:00:01Z') },
];

function expectSame(inputs: readonly ClassifyInput[], moments = MOMENTS): void {
  const memo = new MemoClassifier();
  for (const options of moments) {
    for (const input of inputs) {
      const uncached = classify(input, options);
      // Twice: the first fills the memo, the second is answered from it.
      expect(memo.classify(input, options)).toEqual(uncached);
      expect(memo.classify(input, options)).toEqual(uncached);
    }
  }
  expect(memo.memoStats().hits).toBeGreaterThan(0);
}

describe('MemoClassifier: the same results as classify()', () => {
  it('on every labelled fixture, at every moment', () => {
    expect(fixtureInputs.length).toBeGreaterThan(150);
    expectSame(fixtureInputs);
  }, 60_000);

  it('on every stream fixture', () => {
    expect(streamInputs.length).toBeGreaterThan(5);
    expectSame(streamInputs);
  });

  it("on every HAR fixture's units", () => {
    const units = harUnits();
    expect(units.length).toBeGreaterThan(5);
    expectSame(units.map((u) => u.input));
  });

  it('on a generated API log, each line at its own time, through a memo that keeps evicting', () => {
    const memo = new MemoClassifier({ maxEntries: 24 });
    let compared = 0;
    for (let i = 0; i < 3_000; i++) {
      const u = lineToUnit(JSON.stringify(apiLogRecord(i, fixtures)), i + 1)!;
      const options = { now: new Date(u.time!), timeZone: i % 2 ? 'Asia/Seoul' : 'UTC' };
      expect(memo.classify(u.input, options)).toEqual(classify(u.input, options));
      compared++;
    }
    const stats = memo.memoStats();
    expect(compared).toBe(3_000);
    expect(stats.hits).toBeGreaterThan(500);
    expect(stats.misses).toBeGreaterThan(500);
    expect(stats.entries).toBeLessThanOrEqual(24);
  }, 60_000);

  it('reads each line its own headers: the same text with other reset headers gets other resets', () => {
    const memo = new MemoClassifier();
    const now = new Date('2026-11-27T12:00:00Z');
    const text = '{"error":{"message":"Rate limit reached for images per minute","code":"rate_limit_exceeded"}}';
    const a = { text, status: 429, headers: { 'retry-after': '7' } };
    const b = { text, status: 429, headers: { 'retry-after': '42', 'x-request-id': 'req_2' } };
    expect(memo.classify(a, { now })).toEqual(classify(a, { now }));
    const fromMemo = memo.classify(b, { now });
    expect(memo.memoStats().hits).toBe(1);
    expect(fromMemo).toEqual(classify(b, { now }));
    expect(fromMemo.reset?.inSeconds).toBe(42);
  });

  it('never answers one input with another that only shares its text', () => {
    const memo = new MemoClassifier();
    const now = new Date('2026-11-27T12:00:00Z');
    const text = 'Too many requests. Please try again later.';
    const variants: ClassifyInput[] = [
      { text },
      { text, status: 429 },
      { text, status: 503 },
      { text, url: 'https://chatgpt.com/c/1' },
      { text, url: 'https://api.openai.com/v1/images/generations' },
      { text, route: { family: 'azure' } },
      { text, route: { family: 'provider', provider: 'fal' } },
    ];
    for (const v of [...variants, ...variants]) expect(memo.classify(v, { now })).toEqual(classify(v, { now }));
    expect(memo.memoStats()).toMatchObject({ misses: variants.length, hits: variants.length });
  });

  it('hands out results that share nothing: changing one never changes the next', () => {
    const memo = new MemoClassifier();
    const input = { text: 'Rate limit reached. Please try again in 20s.', status: 429 };
    const now = new Date('2026-11-27T12:00:00Z');
    const first = memo.classify(input, { now });
    first.reasons.push('changed');
    if (first.reset) first.reset.stated = 'changed';
    first.resets?.splice(0);
    expect(memo.classify(input, { now })).toEqual(classify(input, { now }));
  });

  it('keeps a text that keeps coming back while new texts stream past (second chance, not first in first out)', () => {
    const memo = new MemoClassifier({ maxEntries: 8 });
    const now = new Date('2026-11-27T12:00:00Z');
    const often = { text: 'Rate limit reached for images per minute. Please try again in 20s.', status: 429 };
    memo.classify(often, { now });
    for (let i = 0; i < 200; i++) {
      memo.classify({ text: `Server error ${i}, request req_${i}`, status: 500 }, { now });
      expect(memo.classify(often, { now })).toEqual(classify(often, { now }));
    }
    // Analyzed once: every later line was answered from the memo, though 200 texts went through 8 places.
    expect(memo.memoStats()).toMatchObject({ hits: 200, misses: 201, entries: 8 });
  });

  it('stays within its bounds (entries and characters) and passes very long texts through', () => {
    const memo = new MemoClassifier({ maxEntries: 50, maxChars: 2_000, maxTextChars: 400 });
    const now = new Date('2026-11-27T12:00:00Z');
    for (let i = 0; i < 500; i++) {
      const input = {
        text: `Rate limit reached (${i}). ${'x'.repeat(i % 120)} Please try again in ${i % 60}s.`,
        status: 429,
      };
      expect(memo.classify(input, { now })).toEqual(classify(input, { now }));
      const s = memo.memoStats();
      expect(s.entries).toBeLessThanOrEqual(50);
      expect(s.chars).toBeLessThanOrEqual(2_000);
    }
    const long = { text: `quota exceeded ${'y'.repeat(1_000)}`, status: 429 };
    expect(memo.classify(long, { now })).toEqual(classify(long, { now }));
    expect(memo.memoStats().passed).toBe(1);
  });

  it('reports a classifier error as classify() does, and keeps nothing for it', () => {
    const memo = new MemoClassifier();
    const hostile = {
      text: 'x',
      get status(): number {
        throw new Error('boom');
      },
    } as unknown as ClassifyInput;
    expect(memo.classify(hostile)).toEqual(classify(hostile));
    expect(memo.memoStats().entries).toBe(0);
  });
});
