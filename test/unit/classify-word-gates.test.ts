/**
 * Each word-rule family has a gate (lib/classify/patterns.ts familyGates): its patterns joined into one regex per
 * set of flags, tried before the family's rules one by one. The gate is a shortcut only: it must match exactly
 * when one of the family's patterns matches, and firstWordRule must name the same rule as trying every rule in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_FAMILIES, WORD_RULES, familyGates, firstWordRule } from '../../lib/classify/patterns.ts';
import { extractStructure } from '../../lib/classify/structure.ts';
import type { WordRule } from '../../lib/classify/rules/types.ts';
import { apiLogRecord, loadFixtures } from '../bench/api-log.ts';

const fixtures = loadFixtures();
/** The fixture texts, their word text (what the rules read), and a slice of the generated API error log. */
const TEXTS = [
  ...fixtures.map((f) => f.text),
  ...fixtures.map((f) => extractStructure(f.text).wordText),
  ...Array.from({ length: 400 }, (_, i) => extractStructure(apiLogRecord(i, fixtures).text).wordText),
];

const everyRuleInOrder = (text: string): WordRule | undefined =>
  WORD_RULES.find((r) => r.patterns.some((p) => p.test(text)));
const anyPattern = (rules: readonly WordRule[], text: string) =>
  rules.some((r) => r.patterns.some((p) => p.test(text)));

/** Random text from pieces of what the rules look for, so the gates are tried where patterns match and nearly match. */
const PIECES = [
  'rate limit',
  'Rate limit reached',
  'too many requests',
  'quota',
  'exceeded your current quota',
  'billing',
  'credits',
  'content policy',
  'safety system',
  'overloaded',
  'capacity',
  'try again',
  'in 20 minutes',
  'limit resets',
  'images',
  'plan',
  'upgrade',
  'access',
  'model',
  'does not exist',
  'verify',
  'organization',
  'error',
  'Error code: 1015',
  '이미지',
  '한도',
  '上限',
  '画像',
  '请求',
  'giới hạn',
  'límite',
  'Anfragen',
  ' ',
  '. ',
  '\n',
  '429',
  'x',
  '-',
  '_',
];
const messageLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));

describe('word-rule family gates are only a shortcut', () => {
  it('cover every family, and every rule of WORD_RULES in order', () => {
    expect(WORD_FAMILIES.length).toBeGreaterThanOrEqual(9);
    expect(WORD_FAMILIES.flatMap((f) => f.rules)).toEqual(WORD_RULES);
  });

  it('a gate matches exactly when one of its family patterns matches (fixtures, API log)', () => {
    let admitted = 0;
    for (const text of TEXTS) {
      for (const family of WORD_FAMILIES) {
        const gated = family.gates.some((g) => g.test(text));
        expect(gated, `${family.rules[0]?.id}… on ${JSON.stringify(text.slice(0, 80))}`).toBe(
          anyPattern(family.rules, text),
        );
        if (gated) admitted++;
      }
    }
    // The fixtures name limits: the gates must let families through, not only keep them out.
    expect(admitted).toBeGreaterThan(150);
  });

  it('firstWordRule names the same rule as trying every rule in order (fixtures, API log, random text)', () => {
    for (const text of TEXTS) expect(firstWordRule(text)?.id).toBe(everyRuleInOrder(text)?.id);
    fc.assert(
      fc.property(fc.oneof(messageLike, fc.string({ maxLength: 120 })), (text) => {
        expect(firstWordRule(text)?.id).toBe(everyRuleInOrder(text)?.id);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a pattern that refers to its own groups, or that is global or sticky, as its own gate', () => {
    const rule = (patterns: RegExp[]): WordRule => ({
      id: 't',
      kind: 'rate',
      patterns,
      langs: ['en'],
      strength: 'weak',
      reason: '',
      note: '',
    });
    const gates = familyGates([rule([/(a)\1/, /(?<x>b)\k<x>/, /c/g, /d/i, /e/i, /f/])]);
    expect(gates.map((g) => `${g.source}/${g.flags}`).sort()).toEqual(
      ['(?:d)|(?:e)/i', '(?:f)/', '(?<x>b)\\k<x>/', '(a)\\1/', 'c/g'].sort(),
    );
  });
});
