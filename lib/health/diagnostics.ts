/**
 * The diagnostics document a user can attach to a bug report (docs/diagnostics-format.md). It is built from an
 * allow-list schema: every key is a counter key of keys.ts, every string is one of ours (a rule id, a verdict, a
 * day, a version, a hash of an unknown name, a selector of lib/detect/selectors.ts named by its index), every other
 * value a whole number. `parse` refuses anything else, so no captured text, id, URL path, token or header value
 * can enter it by construction.
 */
import { wholeNumber, z } from '../domain/zod.ts';
import type { Counters } from './counters.ts';
import { DAY, sumDays, type HealthDays } from './days.ts';
import { isCounterKey, SELECTOR_GROUPS } from './keys.ts';
import { RULE_IDS, type RuleResult } from './rules.ts';

export const DIAGNOSTICS_FORMAT = 'limit-lens-diagnostics';
export const DIAGNOSTICS_VERSION = 1;

const count = wholeNumber(0, 1e9);
const counters = z.record(z.string().check(z.refine(isCounterKey, { message: 'not a counter key' })), count);
const day = z.string().check(z.regex(DAY));
const EVIDENCE_KEY = /^[a-zA-Z]{1,20}$/;
const BROWSERS = ['Chrome', 'Chromium', 'Edge', 'Firefox', 'Opera', 'other'] as const;
const GROUPS = Object.keys(SELECTOR_GROUPS) as [keyof typeof SELECTOR_GROUPS, ...(keyof typeof SELECTOR_GROUPS)[]];

const selectorRow = z
  .strictObject({
    group: z.enum(GROUPS),
    index: wholeNumber(0, 99),
    css: z.string(),
    consulted: count,
    matched: count,
  })
  // The css is ours: the entry of selectors.ts at that index, nothing else.
  .check(z.refine((r) => SELECTOR_GROUPS[r.group][r.index]?.css === r.css, { message: 'not one of our selectors' }));

export const diagnosticsSchema = z.strictObject({
  format: z.literal(DIAGNOSTICS_FORMAT),
  version: z.literal(DIAGNOSTICS_VERSION),
  generatedOn: day,
  extension: z.strictObject({ version: z.string().check(z.regex(/^\d{1,5}(?:\.\d{1,5}){0,3}$/)) }),
  browser: z.strictObject({ name: z.enum(BROWSERS), major: wholeNumber(0, 9999) }),
  rules: z.array(
    z.strictObject({
      id: z.enum(RULE_IDS as [RuleResult['id'], ...RuleResult['id'][]]),
      verdict: z.enum(['ok', 'degraded', 'broken']),
      evidence: z.record(z.string().check(z.regex(EVIDENCE_KEY)), count),
      since: z.optional(day),
    }),
  ),
  totals: counters,
  days: z.array(z.strictObject({ day, counts: counters })).check(z.maxLength(31)),
  unknownNames: z.array(
    z.strictObject({
      kind: z.enum(['event', 'op']),
      hash: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
      length: count,
      count,
    }),
  ),
  selectors: z.array(selectorRow),
});

export type Diagnostics = z.infer<typeof diagnosticsSchema>;

export interface DiagnosticsInput {
  days: HealthDays;
  rules: readonly RuleResult[];
  now: number;
  extensionVersion: string;
  userAgent: string;
}

/** Browser name and major version from a user-agent string; nothing else of it is kept. */
export function browserOf(userAgent: string): { name: (typeof BROWSERS)[number]; major: number } {
  const pick = (name: (typeof BROWSERS)[number], re: RegExp) => {
    const m = re.exec(userAgent);
    return m ? { name, major: Math.min(9999, Number(m[1])) } : undefined;
  };
  return (
    pick('Edge', /\bEdg\/(\d{1,4})/) ??
    pick('Opera', /\bOPR\/(\d{1,4})/) ??
    pick('Firefox', /\bFirefox\/(\d{1,4})/) ??
    pick('Chromium', /\bChromium\/(\d{1,4})/) ??
    pick('Chrome', /\bChrome\/(\d{1,4})/) ?? { name: 'other', major: 0 }
  );
}

/** The document, validated: throws rather than let anything off the allow-list through. */
export function buildDiagnostics(input: DiagnosticsInput): Diagnostics {
  const keep = (c: Counters): Counters =>
    Object.fromEntries(Object.entries(c).filter(([k, v]) => isCounterKey(k) && Number.isInteger(v) && v >= 0));
  const totals = keep(sumDays(input.days));
  const unknownNames = Object.entries(totals).flatMap(([k, v]) => {
    const m = /^(event|op)\.unknown\.([0-9a-f]{8})$/.exec(k);
    return m ? [{ kind: m[1] as 'event' | 'op', hash: m[2]!, length: totals[`len.${m[2]}`] ?? 0, count: v }] : [];
  });
  const selectors = Object.entries(SELECTOR_GROUPS).flatMap(([group, entries]) =>
    entries.map((e, index) => ({
      group: group as keyof typeof SELECTOR_GROUPS,
      index,
      css: e.css,
      consulted: totals[`sel.${group}.${index}.consulted`] ?? 0,
      matched: totals[`sel.${group}.${index}.matched`] ?? 0,
    })),
  );
  const version = /^\d{1,5}(?:\.\d{1,5}){0,3}$/.test(input.extensionVersion) ? input.extensionVersion : '0';
  return diagnosticsSchema.parse({
    format: DIAGNOSTICS_FORMAT,
    version: DIAGNOSTICS_VERSION,
    generatedOn: new Date(input.now).toISOString().slice(0, 10),
    extension: { version },
    browser: browserOf(input.userAgent),
    rules: input.rules.map((r) => ({
      id: r.id,
      verdict: r.verdict,
      evidence: { ...r.evidence },
      ...(r.since ? { since: r.since } : {}),
    })),
    totals,
    days: Object.keys(input.days)
      .filter((d) => DAY.test(d))
      .sort()
      .slice(-31)
      .map((d) => ({ day: d, counts: keep(input.days[d]!) })),
    unknownNames,
    selectors,
  });
}

export const diagnosticsJson = (d: Diagnostics): string => JSON.stringify(d, null, 2) + '\n';
