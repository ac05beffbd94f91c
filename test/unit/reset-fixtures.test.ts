/**
 * Every labelled message in the repository's fixtures: the stated reset must be found, with the stated words kept.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ResetInfo } from '../../lib/domain/labels.ts';
import { resetFromIso, resetsFromHeaders, resetsFromText, type ResetContext } from '../../lib/reset/index.ts';

interface Fixture {
  id: string;
  text: string;
  headers?: Record<string, string>;
  expect: { resetInSeconds?: number; resetHint?: string };
}

const fixtures: Fixture[] = readFileSync(
  fileURLToPath(new URL('../fixtures/limit-messages.jsonl', import.meta.url)),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Fixture);

/** Five hours before the SSE fixtures' resets_after, so "in 5 hours" and the ISO value agree. */
const ctx: ResetContext = { now: new Date('2026-09-17T20:18:40Z'), timeZone: 'UTC' };

/** ChatGPT's structured reset fields (blocked_features / conversation init), read as the classifier would. */
function structuredResets(text: string): ResetInfo[] {
  const bodies = text.startsWith('data:') ? text.split('\n').map((l) => l.replace(/^data:\s*/, '')) : [text];
  const out: ResetInfo[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.resets_after === 'string') {
        const words = typeof o.resets_after_text === 'string' ? o.resets_after_text : '';
        const r = resetFromIso(o.resets_after, 'blocked_features.resets_after', words, ctx);
        if (r) out.push(r);
      }
      Object.values(o).forEach(walk);
    }
  };
  for (const body of bodies) {
    try {
      walk(JSON.parse(body));
    } catch {
      // Prose, or a body that is not JSON.
    }
  }
  return out;
}

const allResets = (f: Fixture): ResetInfo[] => [
  ...resetsFromText(f.text, ctx),
  ...resetsFromHeaders(f.headers, ctx),
  ...structuredResets(f.text),
];

describe('fixtures: stated durations', () => {
  const withSeconds = fixtures.filter((f) => f.expect.resetInSeconds !== undefined);
  it('has labelled durations to check', () => expect(withSeconds.length).toBeGreaterThan(15));

  it.each(withSeconds.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    const expected = f.expect.resetInSeconds ?? Number.NaN;
    const tolerance = Math.max(expected * 0.02, 60);
    const found = allResets(f).filter(
      (r) => r.inSeconds !== undefined && Math.abs(r.inSeconds - expected) <= tolerance,
    );
    expect(found, JSON.stringify(allResets(f))).not.toEqual([]);
  });

  it.each(withSeconds.filter((f) => !f.text.includes('resets_after')).map((f) => [f.id, f] as const))(
    '%s: found in prose or headers alone, as the most trusted entry',
    (_id, f) => {
      const first = [...resetsFromText(f.text, ctx), ...resetsFromHeaders(f.headers, ctx)][0];
      const expected = f.expect.resetInSeconds ?? Number.NaN;
      expect(Math.abs((first?.inSeconds ?? Number.NaN) - expected)).toBeLessThanOrEqual(Math.max(expected * 0.02, 60));
    },
  );
});

describe('fixtures: stated words', () => {
  const withHint = fixtures.filter((f) => f.expect.resetHint !== undefined);
  it.each(withHint.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    const stated = allResets(f).map((r) => r.stated);
    expect(
      stated.some((s) => s.includes(f.expect.resetHint ?? '\u0000')),
      JSON.stringify(stated),
    ).toBe(true);
  });
});

describe('fixtures: messages that state no reset', () => {
  const without = fixtures.filter((f) => f.expect.resetInSeconds === undefined && f.expect.resetHint === undefined);
  it.each(without.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    // Only vague words may appear ("please wait a few minutes" after buying credit); never a precise value.
    const precise = allResets(f).filter((r) => !/few/i.test(r.stated));
    expect(precise).toEqual([]);
  });
});
