/**
 * The health rules: each looks at the counters of the last days and says OK, degraded or broken, with the counts
 * behind it. They judge what the extension recognised on this device, never what was said; the wording of each
 * verdict lives in the locale folders (lib/i18n/en/settings.ts, ko/settings.ts).
 *
 * Verdicts look at the last {@link RECENT_DAYS} days (a change is news, an old one fixed since is not); the
 * image-tool and allowance rules look at the whole {@link KEEP_DAYS} days, since they are about silence.
 */
import type { Counters } from './counters.ts';
import { daysBefore, dayOf, sumDays, type HealthDays } from './days.ts';

export const RECENT_DAYS = 7;
export type Verdict = 'ok' | 'degraded' | 'broken';
export type RuleId = 'stream-format' | 'transport' | 'selectors' | 'image-tool' | 'allowance' | 'bridge';
export const RULE_IDS: readonly RuleId[] = [
  'stream-format',
  'transport',
  'selectors',
  'image-tool',
  'allowance',
  'bridge',
];

export interface RuleResult {
  id: RuleId;
  verdict: Verdict;
  /** The counts behind the verdict, by name (whole numbers). */
  evidence: Record<string, number>;
  /** A day the verdict refers to (`YYYY-MM-DD`): the last day something was seen. */
  since?: string;
}

/** One count behind a verdict, 0 when absent (the locale files' verdict sentences read them). */
export function evidenceCount(r: RuleResult, key: string): number {
  return r.evidence[key] ?? 0;
}

/** Image-tool silence: this many days and turns without one, after having seen one, is worth saying. */
export const IMAGE_QUIET_DAYS = 14;
export const IMAGE_QUIET_TURNS = 50;
/** Allowance silence: days and turns since ChatGPT last reported blocked_features / limits_progress. */
export const ALLOWANCE_QUIET_DAYS = 7;
export const ALLOWANCE_QUIET_TURNS = 20;
/** Never having seen the allowance is worth saying after this many turns. */
export const ALLOWANCE_NEVER_TURNS = 50;
/** Bridge rejections: a few are a page's noise; this many, and more than the turns, are not. */
export const REJECTED_MIN = 10;

const n = (c: Counters, key: string): number => c[key] ?? 0;
const sumPrefix = (c: Counters, prefix: string): number =>
  Object.entries(c).reduce((s, [k, v]) => (k.startsWith(prefix) ? s + v : s), 0);
/** Turns of every path (a re-read and a queued task's report are not turns). */
export const turnsOf = (c: Counters): number =>
  n(c, 'turn.fetch') + n(c, 'turn.resume') + n(c, 'turn.socket') + n(c, 'turn.handoff');

export function evaluateHealth(days: HealthDays, now: number): RuleResult[] {
  const today = dayOf(now);
  const recent = sumDays(days, daysBefore(today, RECENT_DAYS - 1), today);
  return [
    streamFormat(recent),
    transport(recent),
    selectors(recent),
    imageTool(days, today),
    allowance(days, today),
    bridge(recent),
  ];
}

/** "Turns streamed but none in a stream format we know." */
export function streamFormat(c: Counters): RuleResult {
  const known = n(c, 'format.known');
  const unknown = n(c, 'format.unknown');
  const evidence = {
    known,
    unknown,
    unknownEvents: sumPrefix(c, 'event.unknown.'),
    unknownOps: sumPrefix(c, 'op.unknown.'),
  };
  return { id: 'stream-format', verdict: unknown === 0 ? 'ok' : known === 0 ? 'broken' : 'degraded', evidence };
}

/** "Socket frames in an envelope we do not know." */
export function transport(c: Counters): RuleResult {
  const unknownEnvelopes = n(c, 'socket.unknown');
  const socketTurns = n(c, 'turn.socket') + n(c, 'turn.handoff');
  const verdict: Verdict = unknownEnvelopes === 0 ? 'ok' : socketTurns === 0 ? 'broken' : 'degraded';
  return {
    id: 'transport',
    verdict,
    evidence: { unknownEnvelopes, socketTurns, fetchTurns: n(c, 'turn.fetch') + n(c, 'turn.resume') },
  };
}

/** "Assistant replies matched by none of our selectors." */
export function selectors(c: Counters): RuleResult {
  const checks = n(c, 'check.turns');
  const matched = Math.min(checks, n(c, 'check.assistant'));
  const missed = checks - matched;
  const verdict: Verdict =
    missed === 0 || matched * 2 >= checks ? 'ok' : matched === 0 && checks >= 5 ? 'broken' : 'degraded';
  return { id: 'selectors', verdict, evidence: { checks, matched, missed } };
}

/** "Image-tool messages were recognised until …, none since over N turns." */
export function imageTool(days: HealthDays, today: string): RuleResult {
  const sorted = Object.keys(days).sort();
  const last = sorted.filter((d) => n(days[d]!, 'image.message') > 0).pop();
  const all = sumDays(days);
  const evidence = {
    messages: n(all, 'image.message'),
    images: n(all, 'image.image'),
    refusals: n(all, 'image.refusal'),
    cooldowns: n(all, 'image.cooldown'),
    errors: n(all, 'image.error'),
    turnsSince: 0,
    daysSince: 0,
  };
  if (!last) return { id: 'image-tool', verdict: 'ok', evidence };
  evidence.turnsSince = turnsOf(sumDays(days, daysBefore(last, -1), today));
  evidence.daysSince = Math.round((Date.parse(today) - Date.parse(last)) / 86_400_000);
  const quiet = evidence.daysSince >= IMAGE_QUIET_DAYS && evidence.turnsSince >= IMAGE_QUIET_TURNS;
  return { id: 'image-tool', verdict: quiet ? 'degraded' : 'ok', evidence, since: last };
}

/** "ChatGPT reported no image allowance since …" (blocked_features / limits_progress). */
export function allowance(days: HealthDays, today: string): RuleResult {
  const reported = (c: Counters) => n(c, 'meta.blocked') + n(c, 'meta.progress');
  const last = Object.keys(days)
    .sort()
    .filter((d) => reported(days[d]!) > 0)
    .pop();
  const all = sumDays(days);
  const evidence = {
    reports: reported(all),
    imageGen: n(all, 'meta.blocked.image_gen') + n(all, 'meta.progress.image_gen'),
    turns: turnsOf(all),
    turnsSince: 0,
    daysSince: 0,
  };
  if (!last) return { id: 'allowance', verdict: evidence.turns >= ALLOWANCE_NEVER_TURNS ? 'degraded' : 'ok', evidence };
  evidence.turnsSince = turnsOf(sumDays(days, daysBefore(last, -1), today));
  evidence.daysSince = Math.round((Date.parse(today) - Date.parse(last)) / 86_400_000);
  const quiet = evidence.daysSince >= ALLOWANCE_QUIET_DAYS && evidence.turnsSince >= ALLOWANCE_QUIET_TURNS;
  return { id: 'allowance', verdict: quiet ? 'degraded' : 'ok', evidence, since: last };
}

/** "Messages from the page we could not read." */
export function bridge(c: Counters): RuleResult {
  const rejected = n(c, 'reject.bridge');
  const turns = turnsOf(c);
  return {
    id: 'bridge',
    verdict: rejected >= REJECTED_MIN && rejected > turns ? 'degraded' : 'ok',
    evidence: { rejected, turns },
  };
}

/** The worst verdict of all rules. */
export function overall(results: readonly RuleResult[]): Verdict {
  return results.some((r) => r.verdict === 'broken')
    ? 'broken'
    : results.some((r) => r.verdict === 'degraded')
      ? 'degraded'
      : 'ok';
}
