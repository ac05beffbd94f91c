/**
 * What a whole session comes to: counts per owner, bucket and action, the first and last time each bucket ran
 * out, the longest stated wait, and requests per minute against the limits the headers stated. Accumulates one
 * classified unit at a time, so it costs the same for ten lines or ten million.
 */
import type { Action, Bucket, Classification, Owner } from '../domain/labels.ts';
import type { SessionRequest } from './reader.ts';

export interface BucketSpan {
  bucket: Bucket;
  owner: Owner;
  count: number;
  /** First and last time it ran out (ms), when the input has times. */
  first?: number;
  last?: number;
  /** Latest stated reset moment (ms) seen for it. */
  resetAt?: number;
  /** Each time it ran out and when it said it would reset, for the time line (the first MAX_EVENTS). */
  events: { at: number; resetAt?: number }[];
}

export interface LongestWait {
  id: string | number;
  seconds: number;
  stated: string;
  bucket: Bucket;
}

export interface SessionSummary {
  units: number;
  owners: Partial<Record<Owner, number>>;
  buckets: Partial<Record<Bucket, number>>;
  actions: Partial<Record<Action, number>>;
  spans: BucketSpan[];
  longestWait?: LongestWait;
  /** Requests per minute (minute start ms → count), from every request of a HAR. */
  perMinute: { minute: number; count: number }[];
  /** The lowest limit per kind the headers stated (requests, images, tokens). */
  limits: Record<string, number>;
}

const MAX_EVENTS = 2_000;
const MAX_MINUTES = 24 * 60;

export class SessionSummarizer {
  private units = 0;
  private owners = new Map<Owner, number>();
  private buckets = new Map<Bucket, number>();
  private actions = new Map<Action, number>();
  private spans = new Map<Bucket, BucketSpan>();
  private longest: LongestWait | undefined;
  private minutes = new Map<number, number>();
  private limits: Record<string, number> = {};

  add(id: string | number, c: Classification, time?: number): void {
    this.units++;
    this.owners.set(c.owner, (this.owners.get(c.owner) ?? 0) + 1);
    this.buckets.set(c.bucket, (this.buckets.get(c.bucket) ?? 0) + 1);
    this.actions.set(c.action, (this.actions.get(c.action) ?? 0) + 1);
    if (c.bucket !== 'unknown') {
      let span = this.spans.get(c.bucket);
      if (!span) {
        span = { bucket: c.bucket, owner: c.owner, count: 0, events: [] };
        this.spans.set(c.bucket, span);
      }
      span.count++;
      const resetAt = c.reset?.at ? Date.parse(c.reset.at) : undefined;
      if (time !== undefined) {
        if (span.first === undefined || time < span.first) span.first = time;
        if (span.last === undefined || time > span.last) span.last = time;
        if (span.events.length < MAX_EVENTS)
          span.events.push({ at: time, ...(resetAt !== undefined && Number.isFinite(resetAt) ? { resetAt } : {}) });
      }
      if (resetAt !== undefined && Number.isFinite(resetAt) && (span.resetAt === undefined || resetAt > span.resetAt))
        span.resetAt = resetAt;
    }
    const seconds = c.reset?.inSeconds;
    if (seconds !== undefined && (!this.longest || seconds > this.longest.seconds)) {
      this.longest = { id, seconds, stated: c.reset!.stated.slice(0, 120), bucket: c.bucket };
    }
  }

  /** Every request of a HAR, error or not. */
  addRequest(r: SessionRequest): void {
    if (r.time !== undefined) {
      const minute = Math.floor(r.time / 60_000) * 60_000;
      if (this.minutes.has(minute) || this.minutes.size < MAX_MINUTES)
        this.minutes.set(minute, (this.minutes.get(minute) ?? 0) + 1);
    }
    for (const [kind, n] of Object.entries(r.limits ?? {})) {
      if (this.limits[kind] === undefined || n < this.limits[kind]!) this.limits[kind] = n;
    }
  }

  result(): SessionSummary {
    const obj = <K extends string>(m: Map<K, number>) =>
      Object.fromEntries([...m].sort((a, b) => b[1] - a[1])) as Partial<Record<K, number>>;
    return {
      units: this.units,
      owners: obj(this.owners),
      buckets: obj(this.buckets),
      actions: obj(this.actions),
      spans: [...this.spans.values()].sort(
        (a, b) => (a.first ?? Infinity) - (b.first ?? Infinity) || b.count - a.count,
      ),
      ...(this.longest ? { longestWait: this.longest } : {}),
      perMinute: [...this.minutes].sort((a, b) => a[0] - b[0]).map(([minute, count]) => ({ minute, count })),
      limits: { ...this.limits },
    };
  }
}

const iso = (ms: number | undefined) => (ms === undefined ? '–' : new Date(ms).toISOString());

function humanSeconds(s: number): string {
  if (s < 120) return `${Math.round(s * 10) / 10} s`;
  if (s < 7_200) return `${Math.round(s / 6) / 10} min`;
  return `${Math.round(s / 360) / 10} h`;
}

/** The summary as plain text for a terminal. */
export function renderSummaryText(s: SessionSummary): string {
  const out: string[] = [`${s.units} classified`];
  const block = (title: string, counts: Partial<Record<string, number>>) => {
    out.push(`${title}:`);
    for (const [k, n] of Object.entries(counts)) out.push(`  ${String(n).padStart(8)}  ${k}`);
  };
  block('owners', s.owners);
  block('buckets', s.buckets);
  block('actions', s.actions);
  out.push('buckets that ran out (first, last):');
  if (s.spans.length === 0) out.push('  none');
  for (const span of s.spans) {
    out.push(
      `  ${span.bucket} (${span.owner}): ${span.count}× ${iso(span.first)} … ` +
        `${iso(span.last)}${span.resetAt ? `, resets ${iso(span.resetAt)}` : ''}`,
    );
  }
  out.push(
    s.longestWait
      ? `longest stated wait: ${humanSeconds(s.longestWait.seconds)} (${s.longestWait.bucket}, id ` +
          `${s.longestWait.id}: "${s.longestWait.stated}")`
      : 'longest stated wait: none stated',
  );
  if (s.perMinute.length) {
    const peak = s.perMinute.reduce((a, b) => (b.count > a.count ? b : a));
    const limits = Object.entries(s.limits)
      .map(([k, n]) => `${k} ${n}/min`)
      .join(', ');
    out.push(`requests: peak ${peak.count}/min at ${iso(peak.minute)}${limits ? `; stated limits: ${limits}` : ''}`);
  }
  return out.join('\n');
}
