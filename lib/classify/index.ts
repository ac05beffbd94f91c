/**
 * The classifier: which owner stopped an image generation, which bucket ran out, and the next action.
 * Pure (no browser APIs), never throws, bounded on huge input.
 *
 * Precedence (docs/chatgpt-protocol.md §8):
 *   0. a moderation block wins over everything;
 *   1. structural signals: ChatGPT tool refusals, blocked_features, limits_progress; exact error codes in the body;
 *   2. words (patterns.ts), on everything but what the assistant or the user wrote;
 *   3. the bare HTTP status, last: a 429 is also how billing (insufficient_quota) arrives, so the number alone
 *      never outranks what the body says.
 * Then the origin (the page, or words and shapes that name a service) decides the owner of shared wording.
 */
import type { Action, Bucket, Classification, ClassifyInput, Owner, ResetInfo } from '../domain/labels.ts';
import * as reset from '../reset/index.ts';
import type { ResetContext, TextResetPlan } from '../reset/index.ts';
import { collectResets, safely } from './collect-resets.ts';
import { clip, codeFinding, type Finding, statusFinding, structuralFinding, wordFinding } from './findings.ts';
import { MAX_TEXT_CHARS, type NormalInput, normalizeInput } from './input.ts';
import { type Kind, resolve } from './kinds.ts';
import { bucketFits, decideOrigin } from './origin.ts';
import {
  FEATURE_WORDS,
  LIMIT_ZERO,
  LOCK_FOR_BALANCE,
  NAMED_QUOTA,
  QUOTA_PER_DAY,
  QUOTA_PER_MINUTE,
  RATE_BUCKET_DETAILS,
} from './patterns.ts';
import { codesFromText, extractStructure, statusFromText, type Structure } from './structure.ts';

export { MAX_TEXT_CHARS, type NormalInput, normalizeInput } from './input.ts';

export interface ClassifyOptions {
  /** The moment the stop was seen; relative resets count from here. Default: now. */
  now?: Date;
  /** IANA zone for clock times in the text. Default: the runtime's zone. */
  timeZone?: string;
}

export function classify(input: ClassifyInput, options: ClassifyOptions = {}): Classification {
  try {
    const normal = normalizeInput(input);
    return finishAnalysis(analyzeInput(normal), normal.headers, options);
  } catch (error) {
    return classifierError(error);
  }
}

/** What classify returns when something inside it threw: never an exception to the caller. */
export function classifierError(error: unknown): Classification {
  const message = error instanceof Error ? error.message : String(error);
  return {
    owner: 'unknown',
    action: 'retry-later',
    bucket: 'unknown',
    confidence: 'low',
    reasons: [`classifier error: ${message.slice(0, 120)}`],
  };
}

/**
 * Everything classify concludes from the input before the moment it was seen and the response headers matter: the
 * signal, the origin, owner, bucket and action, and the resets the body states (not yet placed in time). It reads
 * the text, status, URL and route only (headers only ever give resets, read in finishAnalysis), so the same four
 * always give the same analysis: memo.ts may keep it for inputs a log repeats. finishAnalysis never changes it.
 */
export interface Analysis {
  /** What it was read from (the headers left out: they are not read here). */
  readonly input: Omit<NormalInput, 'headers'>;
  readonly s: Structure;
  readonly finding: Finding;
  /** A stop signal was found (a structural shape, a code, words or the status); without one there are no resets. */
  readonly signal: boolean;
  readonly kind: Kind;
  readonly owner: Owner;
  readonly bucket: Bucket;
  readonly action: Action;
  readonly provider?: string;
  readonly reasons: readonly string[];
  /** The durations and clock times the words state, when there is a signal. */
  readonly textResets?: TextResetPlan;
  /** The same, read from each structured reset's stated words (resets_after_text…), by those words. */
  readonly statedResets?: ReadonlyMap<string, TextResetPlan>;
}

export function analyzeInput({ headers: _unread, ...input }: NormalInput): Analysis {
  const reasons: string[] = [];
  if (input.truncated) reasons.push(`only the first ${MAX_TEXT_CHARS / 1024} KB of text were read`);

  const s = extractStructure(input.text);
  const codes = s.parsed ? s.codes : codesFromText(input.text);
  const status = input.status ?? s.statusCodes[0] ?? statusFromText(s.wordText);

  const signal = structuralFinding(s) ?? codeFinding(codes, status) ?? wordFinding(s.wordText) ?? statusFinding(status);
  const finding: Finding = signal ?? {
    kind: 'generic-error',
    confidence: 'low',
    reason: s.chatgpt
      ? 'no limit signal in the stream (assistant prose alone never names a limit)'
      : 'no limit signal found',
  };
  let kind = finding.kind;
  reasons.push(finding.reason);

  const origin = decideOrigin(input.url, s, finding, input.route);
  if (origin.reason && signal) reasons.push(origin.reason);

  // "Limit: 0" in an API rate or quota message: the tier has no access at all; waiting never helps.
  const rateOrQuota = kind === 'rate' || kind === 'billing-quota' || kind === 'quota';
  if (rateOrQuota && origin.family !== 'chatgpt' && (s.quotaZero || LIMIT_ZERO.test(s.wordText))) {
    kind = 'tier-zero';
    reasons.push('limit is 0: this tier has no access to the model; waiting never helps');
  }
  let [owner, bucket, action] = resolve(kind, origin.family);

  // Finer buckets from details the message states.
  if (finding.bucket && bucketFits(finding.bucket, owner)) bucket = finding.bucket;
  if (kind === 'rate') {
    const detail = RATE_BUCKET_DETAILS[owner]?.find((d) => d.pattern.test(s.wordText));
    if (detail) bucket = detail.bucket;
  }
  if (owner === 'provider' && (kind === 'quota' || kind === 'billing-quota')) {
    // Google's quotaId ("…PerDayPerProjectPerModel-FreeTier") says it best; else the words.
    const quotaText = s.quotaIds.length > 0 ? s.quotaIds.join(' ') : s.wordText;
    if (QUOTA_PER_DAY.test(quotaText)) {
      [bucket, action] = ['provider-quota', 'wait'];
      reasons.push('the quota is per day: it resets on its own');
    } else if (QUOTA_PER_MINUTE.test(quotaText)) {
      [bucket, action] = ['provider-rate', 'reduce-throughput'];
      reasons.push('the quota is a per-minute rate: slow down');
    } else if (codes.includes('RESOURCE_EXHAUSTED') && !NAMED_QUOTA.test(s.wordText)) {
      [bucket, action] = ['provider-rate', 'retry-later'];
      reasons.push('RESOURCE_EXHAUSTED names no quota: shared capacity, retry later with backoff');
    }
  }
  if (owner === 'provider' && kind === 'account-locked' && LOCK_FOR_BALANCE.test(s.wordText)) {
    action = 'fix-billing';
    reasons.push('locked for balance: top up');
  }
  if (owner === 'chatgpt-app' && bucket === 'unknown') {
    const feature = FEATURE_WORDS.find((f) => f.pattern.test(s.wordText));
    if (feature) bucket = feature.bucket;
  }

  const provider = origin.family === 'provider' ? origin.provider : undefined;
  // Without any stop signal, a duration in ordinary words is not a reset.
  const textResets = signal ? safely(() => reset.planResetsFromText(s.wordText), undefined) : undefined;
  let statedResets: Map<string, TextResetPlan> | undefined;
  if (signal) {
    const stated = [
      ...s.blockedFeatures.filter((b) => b.resetsAfter).map((b) => b.resetsAfterText ?? b.resetsAfter ?? ''),
      ...s.limitsProgress.map((l) => l.resetAfter ?? ''),
    ];
    for (const words of stated) {
      if (!words || statedResets?.has(words)) continue;
      (statedResets ??= new Map()).set(words, reset.planResetsFromText(words));
    }
  }
  return {
    input,
    s,
    finding,
    signal: signal !== undefined,
    kind,
    owner,
    bucket,
    action,
    ...(provider ? { provider } : {}),
    reasons,
    ...(textResets ? { textResets } : {}),
    ...(statedResets ? { statedResets } : {}),
  };
}

/**
 * The classification of an analysis with the response headers of this input, seen at options.now (default: now):
 * resets placed in time, the last rules.
 */
export function finishAnalysis(a: Analysis, headers: NormalInput['headers'], options: ClassifyOptions): Classification {
  const now = options.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date();
  const ctx: ResetContext = { now, ...(options.timeZone ? { timeZone: options.timeZone } : {}) };
  const { owner, action, kind, s, provider } = a;
  let bucket = a.bucket;
  const reasons = [...a.reasons];

  // Resets: structured fields first, then response headers, then words.
  let resets = a.signal ? collectResets(s, headers, ctx, a.finding, a) : [];
  if (owner === 'azure' && resets.some((r) => (r.inSeconds ?? 0) >= 86400)) {
    bucket = 'azure-daily-quota';
    reasons.push('retry after a full day: the daily quota is spent');
  }
  let primary: ResetInfo | undefined = resets[0];
  if (owner === 'content-policy' || action === 'fix-billing' || action === 'get-access' || action === 'simplify') {
    // No countdown: waiting never helps here. A rate rationed for low credit still states when its next window
    // opens; that stays as information, never as the reset to wait for.
    primary = undefined;
    if (kind !== 'credit-throttle') resets = [];
  }
  if (primary) reasons.push(`reset from ${primary.source} (${clip(primary.stated, 40)})`);
  else if (resets[0]) {
    reasons.push(`rationed window from ${resets[0].source} (${clip(resets[0].stated, 40)}), for information`);
  }

  return {
    owner,
    action,
    bucket,
    ...(provider ? { provider } : {}),
    ...(primary ? { reset: primary } : {}),
    ...(resets.length > 0 ? { resets } : {}),
    confidence: a.finding.confidence,
    reasons,
  };
}
