/**
 * Comparing a classification with a fixture's `expect` labels (format: docs/domain.md "Fixture labels").
 * Shared by the command-line scorer and the unit tests so both judge the same way.
 */
import { ACTIONS, BUCKETS, CONFIDENCES, OWNERS, RESET_SOURCES, type Classification } from '../domain/labels.ts';

export interface Expectation {
  owner?: string[];
  action?: string[];
  provider?: string;
  resetInSeconds?: number;
  resetHint?: string;
}

export const SCORED_FIELDS = ['owner', 'action', 'provider', 'reset'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FieldResult {
  field: ScoredField;
  ok: boolean;
  got: unknown;
  expected: unknown;
}

/** The stated duration the classification reports: reset.inSeconds, else the first of resets that has one. */
export function statedSeconds(c: Classification): number | undefined {
  return c.reset?.inSeconds ?? c.resets?.find((r) => r.inSeconds !== undefined)?.inSeconds;
}

/** Within 2 % or 60 s, whichever is looser. */
export function closeEnough(got: number | undefined, expected: number): boolean {
  return got !== undefined && Math.abs(got - expected) <= Math.max(0.02 * expected, 60);
}

/** One result per field the expectation states (owner/action always when given; provider and reset when stated). */
export function scoreAgainst(c: Classification, expect: Expectation): FieldResult[] {
  const results: FieldResult[] = [];
  const push = (field: ScoredField, ok: boolean, got: unknown, expected: unknown) =>
    results.push({ field, ok, got, expected });
  if (expect.owner) push('owner', expect.owner.includes(c.owner), c.owner, expect.owner);
  if (expect.action) push('action', expect.action.includes(c.action), c.action, expect.action);
  if (expect.provider !== undefined)
    push('provider', c.provider === expect.provider, c.provider ?? null, expect.provider);
  if (typeof expect.resetInSeconds === 'number') {
    const got = statedSeconds(c);
    push('reset', closeEnough(got, expect.resetInSeconds), got ?? null, expect.resetInSeconds);
  }
  return results;
}

/** What is wrong with a classification's shape (labels outside the vocabulary, malformed resets); empty when fine. */
export function classificationProblems(c: Classification): string[] {
  const problems: string[] = [];
  const oneOf = (list: readonly string[], value: unknown, name: string) => {
    if (typeof value === 'string' && list.includes(value)) return;
    problems.push(`${name} ${JSON.stringify(value)} is not a label`);
  };
  oneOf(OWNERS, c.owner, 'owner');
  oneOf(ACTIONS, c.action, 'action');
  oneOf(BUCKETS, c.bucket, 'bucket');
  oneOf(CONFIDENCES, c.confidence, 'confidence');
  if (!Array.isArray(c.reasons) || c.reasons.length === 0 || c.reasons.some((r) => typeof r !== 'string' || !r)) {
    problems.push('reasons must be non-empty strings');
  }
  if (c.provider !== undefined && (typeof c.provider !== 'string' || !c.provider)) {
    problems.push('provider must be a non-empty string');
  }
  for (const r of [...(c.reset ? [c.reset] : []), ...(c.resets ?? [])]) {
    oneOf(RESET_SOURCES, r.source, 'reset source');
    if (typeof r.stated !== 'string') problems.push('reset.stated must be a string');
    if (r.inSeconds !== undefined && !Number.isFinite(r.inSeconds)) problems.push('reset.inSeconds must be finite');
    if (r.at !== undefined && Number.isNaN(Date.parse(r.at))) problems.push(`reset.at ${r.at} is not a date`);
  }
  if (c.reset && c.resets?.[0] !== c.reset) problems.push('reset must be the first of resets');
  return problems;
}
