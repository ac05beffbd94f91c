/**
 * lib/explain/countdown.ts writes the letter edges of its loose words ("a few", "about", "약") once around all Latin
 * words instead of per word, so the popup compiles a small regex on its first card. Same answers as the per-word
 * form, on every loose word at every kind of edge and on the stated waits of the fixtures.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isApproximate } from '../../lib/explain/countdown.ts';
import { APPROX_PREFIXES, NUMBER_WORDS } from '../../lib/reset/patterns.ts';

const LOOSE_WORDS = [
  ...APPROX_PREFIXES,
  ...NUMBER_WORDS.filter((w) => w.kind === 'vague').flatMap((w) => w.words),
].sort((a, b) => b.length - a.length);
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The per-word form: each Latin word with its own edges. */
const PER_WORD = new RegExp(
  LOOSE_WORDS.map((w) => (/^[a-z]/i.test(w) ? `(?<![\\p{L}])${escapeRe(w)}(?![\\p{L}])` : escapeRe(w))).join('|'),
  'iu',
);
const loose = (stated: string) => isApproximate({ source: 'text:duration', stated });
const GLUE = ['', ' ', 'a', 'Z', '9', '한', 'é', '.', '~', '\n', '분', 'minutes'];

describe('loose waits: edges written once match the per-word edges', () => {
  it('every loose word, glued to letters, digits and signs on either side', () => {
    expect(LOOSE_WORDS.filter((w) => /^[a-z]/i.test(w)).length).toBeGreaterThan(5);
    for (const w of LOOSE_WORDS)
      for (const l of GLUE)
        for (const r of GLUE) {
          const text = `${l}${w}${r}`;
          expect(loose(text), JSON.stringify(text)).toBe(PER_WORD.test(text));
        }
  });

  it('the texts of the fixtures, and random text built from the words', () => {
    const texts = readFileSync('test/fixtures/limit-messages.jsonl', 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (const t of texts) expect(loose(t)).toBe(PER_WORD.test(t));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LOOSE_WORDS, ...GLUE), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(loose(text)).toBe(PER_WORD.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('only a reset read from a stated duration is loose', () => {
    expect(isApproximate({ source: 'header:retry-after', stated: 'a few minutes' })).toBe(false);
    expect(loose('in a few minutes')).toBe(true);
    expect(loose('in 5 minutes')).toBe(false);
  });
});
