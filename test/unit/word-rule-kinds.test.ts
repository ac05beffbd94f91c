/**
 * The popup's plain reasons know the word rules' kinds from lib/explain/word-rule-kinds.ts (so the rules' patterns
 * stay out of its first card): that table must be WORD_RULES' own ids, kinds and reasons, in order.
 */
import { describe, expect, it } from 'vitest';
import { WORD_RULES } from '../../lib/classify/patterns.ts';
import { plainReason } from '../../lib/explain/reasons.ts';
import { WORD_RULE_KINDS } from '../../lib/explain/word-rule-kinds.ts';
import { LOCALES } from '../../lib/i18n/strings.ts';

describe("the word rules' kinds", () => {
  it("are WORD_RULES' ids, kinds and reasons, in order (after a rule changes: npm run gen:rule-kinds)", () => {
    expect(
      WORD_RULE_KINDS.map((row) => [...row]),
      'lib/explain/word-rule-kinds.ts is out of date: run npm run gen:rule-kinds',
    ).toEqual(WORD_RULES.map((r) => [r.id, r.kind, r.reason]));
  });

  it('name the kind of every rule, by its id and by its reason', () => {
    const s = LOCALES.en.ui;
    for (const rule of WORD_RULES) {
      const kind = s.reasons.kinds[rule.kind];
      expect(plainReason(`the text says so [${rule.id}]`, s), rule.id).toBe(s.reasons.words(kind));
      expect(plainReason(`image tool error: ${rule.reason}`, s), rule.id).toBe(s.reasons.imageToolSays(kind));
    }
  });
});
