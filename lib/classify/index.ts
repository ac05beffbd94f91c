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
import type {
  Action,
  Bucket,
  Classification,
  ClassifyInput,
  ClassifyRoute,
  Confidence,
  Owner,
  ResetInfo,
} from '../domain/labels.ts';
import * as reset from '../reset/index.ts';
import type { ResetContext, TextResetPlan } from '../reset/index.ts';
import { type Family, type Kind, resolve } from './kinds.ts';
import {
  CODE_RULES,
  FEATURE_WORDS,
  LIMIT_ZERO,
  LOCK_FOR_BALANCE,
  NAMED_QUOTA,
  ORIGIN_RULES,
  QUOTA_PER_DAY,
  QUOTA_PER_MINUTE,
  RATE_BUCKET_DETAILS,
  firstWordRule,
  type WordRule,
} from './patterns.ts';
import { codesFromText, extractStructure, isImageFeature, statusFromText, type Structure } from './structure.ts';

export interface ClassifyOptions {
  /** The moment the stop was seen; relative resets count from here. Default: now. */
  now?: Date;
  /** IANA zone for clock times in the text. Default: the runtime's zone. */
  timeZone?: string;
}

/** At most this much text is scanned; the rest of a huge input is ignored. */
export const MAX_TEXT_CHARS = 64 * 1024;
const MAX_HEADERS = 64;

interface Finding {
  kind: Kind;
  confidence: Confidence;
  reason: string;
  bucket?: Bucket;
  /** The signal itself names whose service it is. */
  family?: Family;
  provider?: string;
  /** A ChatGPT stream shape: the page or words cannot make it someone else's. */
  pinned?: boolean;
  /** The exact machine code that named the kind, when one did. */
  code?: string;
}

/** Codes only the OpenAI API sends: quoted on a ChatGPT page, the error is still the API's. */
const OPENAI_API_CODES =
  /^(?:rate_limit_exceeded|insufficient_quota|billing_hard_limit_reached|token_limit_exceeded)$/i;

interface Origin {
  family: Family;
  provider?: string;
  reason?: string;
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

// ─── Input ──────────────────────────────────────────────────────────────────────────────────────────────────────

export interface NormalInput {
  text: string;
  truncated: boolean;
  status?: number;
  headers?: Record<string, string>;
  url?: string;
  route?: ClassifyRoute;
}

const ROUTE_FAMILIES: ReadonlySet<string> = new Set(['chatgpt', 'openai', 'azure', 'provider']);

export function normalizeInput(raw: unknown): NormalInput {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const full = typeof r.text === 'string' ? r.text : '';
  const text = full.length > MAX_TEXT_CHARS ? full.slice(0, MAX_TEXT_CHARS) : full;
  const out: NormalInput = { text, truncated: full.length > MAX_TEXT_CHARS };
  const status = r.status;
  if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599) out.status = status;
  if (typeof r.url === 'string' && r.url) out.url = r.url.slice(0, 2048);
  const route = r.route as Partial<ClassifyRoute> | undefined;
  if (route && typeof route.family === 'string' && ROUTE_FAMILIES.has(route.family)) {
    out.route = {
      family: route.family,
      ...(typeof route.provider === 'string' ? { provider: route.provider.slice(0, 64) } : {}),
    };
  }
  if (typeof r.headers === 'object' && r.headers !== null && !Array.isArray(r.headers)) {
    const headers: Record<string, string> = {};
    let n = 0;
    for (const [name, value] of Object.entries(r.headers as Record<string, unknown>)) {
      if (n++ >= MAX_HEADERS) break;
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      headers[name.slice(0, 128)] = String(value).slice(0, 1024);
    }
    out.headers = headers;
  }
  return out;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

// ─── Findings, in precedence order ──────────────────────────────────────────────────────────────────────────────

/** A ChatGPT stream shape names its owner: neither the page nor other words can make it someone else's. */
const chatgptShape = (kind: Kind, confidence: Confidence, reason: string): Finding => ({
  kind,
  confidence,
  reason,
  family: 'chatgpt',
  pinned: true,
});

function structuralFinding(s: Structure): Finding | undefined {
  if (s.moderationBlocked)
    return chatgptShape('content-policy', 'high', 'moderation event: blocked (wins over any limit)');

  const imageException = s.tools.find((t) => t.image && t.rateLimitException);
  if (imageException) return chatgptShape('image-quota', 'high', `image tool returned ${imageException.exceptionName}`);

  const blockedImage = s.blockedFeatures.find((b) => isImageFeature(b.name));
  if (blockedImage) return chatgptShape('image-quota', 'high', `blocked_features lists ${blockedImage.name}`);

  const imageError = s.tools.find((t) => t.image && t.isError);
  if (imageError) {
    const rule = firstRule(imageError.text);
    if (rule) return chatgptShape(rule.kind, 'high', `image tool error: ${rule.reason}`);
    return chatgptShape('tool-failure', 'medium', 'image tool reported an error without naming a limit');
  }

  const other = s.tools.find((t) => !t.image && t.rateLimitException);
  if (other) {
    const reason = `${other.tool} tool returned ${other.exceptionName}: not the image tool, so not the image quota`;
    return chatgptShape('feature-cap', 'high', reason);
  }

  if (s.blockedFeatures.length > 0) {
    const names = clip(s.blockedFeatures.map((b) => b.name).join(', '), 60);
    return chatgptShape('feature-cap', 'medium', `blocked_features lists ${names} (not image_gen)`);
  }

  const exhausted = s.limitsProgress.find((l) => isImageFeature(l.feature) && l.remaining === 0);
  if (exhausted) return chatgptShape('image-quota', 'medium', 'limits_progress shows image_gen with 0 remaining');

  if (s.imageQueued) return chatgptShape('overload', 'medium', 'image queued under high demand (informational card)');
  return undefined;
}

function codeFinding(codes: string[], status: number | undefined): Finding | undefined {
  for (const rule of CODE_RULES) {
    const code = codes.find((c) => rule.codes.test(c));
    if (!code) continue;
    return {
      kind: rule.kind,
      confidence: 'high',
      reason: `${status ? `HTTP ${status} with ` : ''}code ${code}: ${rule.reason}`,
      code,
      ...(rule.bucket ? { bucket: rule.bucket } : {}),
      ...(rule.family ? { family: rule.family } : {}),
      ...(rule.provider ? { provider: rule.provider } : {}),
    };
  }
  return undefined;
}

function firstRule(text: string): WordRule | undefined {
  if (!text) return undefined;
  return firstWordRule(text);
}

function wordFinding(text: string): Finding | undefined {
  const rule = firstRule(text);
  if (!rule) return undefined;
  return {
    kind: rule.kind,
    confidence: rule.strength === 'strong' ? 'medium' : 'low',
    reason: `${rule.reason} [${rule.id}]`,
    ...(rule.bucket ? { bucket: rule.bucket } : {}),
  };
}

const STATUS_KINDS: Record<number, Kind> = {
  401: 'access',
  402: 'credits',
  403: 'access',
  404: 'access',
  413: 'too-long',
  429: 'rate',
  500: 'overload',
  502: 'overload',
  503: 'overload',
  504: 'overload',
  529: 'overload',
};

function statusFinding(status: number | undefined): Finding | undefined {
  const kind = status ? STATUS_KINDS[status] : undefined;
  if (!status || !kind) return undefined;
  return {
    kind,
    confidence: 'low',
    reason: `HTTP ${status} alone (no code or known wording)`,
    ...(status === 401 ? { bucket: 'login' as const } : {}),
  };
}

// ─── Origin ─────────────────────────────────────────────────────────────────────────────────────────────────────

function parseUrl(url: string): URL | undefined {
  for (const candidate of [url, `https://${url}`]) {
    try {
      return new URL(candidate);
    } catch {
      // try the next form
    }
  }
  return undefined;
}

const originOf = (family: Family, provider: string | undefined, reason: string): Origin => ({
  family,
  ...(provider ? { provider } : {}),
  reason,
});

function decideOrigin(url: string | undefined, s: Structure, finding: Finding, route?: ClassifyRoute): Origin {
  if (finding.pinned && finding.family) return { family: finding.family };
  if (route?.family === 'chatgpt') {
    // Like ChatGPT's page, the ChatGPT route decides ChatGPT's own wording, not an API error quoted there.
    const quoted = quotedOrigin(s, finding);
    if (quoted)
      return originOf(
        quoted.family,
        quoted.provider,
        `the route given (chatgpt) only shows a quoted ${quoted.provider ?? quoted.family} error`,
      );
  }
  if (route) {
    // The user named the route: it decides, keeping a third party's id when the page or words name the same family.
    const found = originFromEvidence(url, s, finding);
    if (found.family === route.family && (found.provider || !route.provider)) return found;
    return originOf(
      route.family,
      route.provider,
      `the route given (${route.provider ?? route.family}) decides the owner`,
    );
  }
  return originFromEvidence(url, s, finding);
}

function originFromEvidence(url: string | undefined, s: Structure, finding: Finding): Origin {
  const page = url ? parseUrl(url) : undefined;
  if (page) {
    const host = page.hostname.toLowerCase();
    const rule = ORIGIN_RULES.find((r) => r.hosts?.test(host) && (!r.path || r.path.test(page.pathname)));
    if (rule?.family === 'chatgpt') {
      // ChatGPT's page decides its own wording, not an API error quoted on it (pasted into a chat, shown by a GPT).
      const quoted = quotedOrigin(s, finding);
      if (quoted)
        return originOf(
          quoted.family,
          quoted.provider,
          `the page (${host}) only shows a quoted ${quoted.provider ?? quoted.family} error`,
        );
    }
    if (rule) return originOf(rule.family, rule.provider, `origin ${host} decides the owner`);
  }
  for (const rule of ORIGIN_RULES) {
    const m = rule.words?.exec(s.wordText);
    if (m) {
      const name = rule.provider ?? rule.family;
      return originOf(rule.family, rule.provider, `the text names ${name} ("${clip(m[0], 40)}")`);
    }
  }
  if (finding.family) {
    return originOf(finding.family, finding.provider, `the code names ${finding.provider ?? finding.family}`);
  }
  if (s.chatgpt) return { family: 'chatgpt', reason: 'ChatGPT stream shapes' };
  return { family: 'none' };
}

/** Another service an error on a ChatGPT page names: by its words, or by a code only the OpenAI API sends. */
function quotedOrigin(s: Structure, finding: Finding): { family: Family; provider?: string } | undefined {
  for (const rule of ORIGIN_RULES) {
    if (rule.family === 'chatgpt') continue;
    const words = rule.quotedWords ?? rule.words;
    if (words?.test(s.wordText)) return { family: rule.family, ...(rule.provider ? { provider: rule.provider } : {}) };
  }
  if (finding.code && OPENAI_API_CODES.test(finding.code)) return { family: 'openai' };
  return undefined;
}

/** A bucket a rule names only applies to the owner it belongs to. */
function bucketFits(bucket: Bucket, owner: Owner): boolean {
  if (bucket.startsWith('azure-')) return owner === 'azure';
  if (bucket.startsWith('api-')) return owner === 'openai-api' || owner === 'provider';
  if (bucket.startsWith('app-')) return owner === 'chatgpt-app';
  return true;
}

// ─── Resets ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Reset parsing lives in lib/reset; a failure there must never break classification. */
function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function collectResets(
  s: Structure,
  headers: Record<string, string> | undefined,
  ctx: ResetContext,
  finding: Finding,
  { textResets, statedResets }: Pick<Analysis, 'textResets' | 'statedResets'>,
): ResetInfo[] {
  const found: ResetInfo[] = [];
  const add = (r: ResetInfo | undefined) => {
    if (r) found.push(r);
  };

  const imageBlocked = s.blockedFeatures.length > 0 ? s.blockedFeatures.filter((b) => isImageFeature(b.name)) : [];
  const blocked = imageBlocked.length > 0 || finding.kind === 'image-quota' ? imageBlocked : s.blockedFeatures;
  for (const b of blocked) {
    // resets_after_text ("in 5 hours", "9小时 内") is the stated duration the user was told.
    const stated = b.resetsAfterText ?? b.resetsAfter ?? '';
    const iso = b.resetsAfter;
    if (iso)
      add(
        safely(
          () => reset.resetFromIso(iso, 'blocked_features.resets_after', stated, ctx, statedResets?.get(stated)),
          undefined,
        ),
      );
  }
  // limits_progress counts what is left; its reset matters only when the image quota is what ran out.
  for (const l of finding.kind === 'image-quota' ? s.limitsProgress : []) {
    const iso = l.resetAfter;
    if (!iso || !isImageFeature(l.feature)) continue;
    add(
      safely(() => reset.resetFromIso(iso, 'limits_progress.reset_after', iso, ctx, statedResets?.get(iso)), undefined),
    );
  }
  if (s.clearsIn) {
    const { seconds, stated } = s.clearsIn;
    add(safely(() => reset.resetFromSeconds(seconds, 'clears_in', stated, ctx), undefined));
  }
  for (const d of s.retryDelays) {
    add(safely(() => reset.resetFromSeconds(d.seconds, 'body:retry-delay', d.stated, ctx), undefined));
  }
  if (s.innerHeaders) for (const r of safely(() => reset.resetsFromHeaders(s.innerHeaders, ctx), [])) add(r);
  if (headers) for (const r of safely(() => reset.resetsFromHeaders(headers, ctx), [])) add(r);
  if (textResets) for (const r of safely(() => reset.resolveTextResets(textResets, ctx), [])) add(r);

  if (found.length === 0) return found;
  const seen = new Set<string>();
  return found.filter((r) => {
    if (!r || typeof r !== 'object') return false;
    const key = `${r.source}|${r.at ?? ''}|${r.inSeconds ?? ''}|${r.stated}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
