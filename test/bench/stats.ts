/** Small statistics for noisy samples: medians, percentiles, spread, and a bootstrap interval for a ratio of medians. */

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

export interface Summary {
  n: number;
  median: number;
  p25: number;
  p75: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(xs: readonly number[]): Summary {
  return {
    n: xs.length,
    median: median(xs),
    p25: quantile(xs, 0.25),
    p75: quantile(xs, 0.75),
    p95: quantile(xs, 0.95),
    min: xs.length ? Math.min(...xs) : NaN,
    max: xs.length ? Math.max(...xs) : NaN,
  };
}

/** Deterministic PRNG (mulberry32), so a report's intervals do not change between re-renders of the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RatioEstimate {
  ratio: number;
  /** 95% bootstrap interval of median(a)/median(b), each sample resampled independently. */
  lo: number;
  hi: number;
}

export function ratioOfMedians(a: readonly number[], b: readonly number[], iterations = 2000): RatioEstimate {
  const ratio = median(a) / median(b);
  if (a.length < 2 || b.length < 2) return { ratio, lo: NaN, hi: NaN };
  const rand = rng(a.length * 7919 + b.length);
  const pick = (xs: readonly number[]) => Array.from({ length: xs.length }, () => xs[Math.floor(rand() * xs.length)]!);
  const rs: number[] = [];
  for (let i = 0; i < iterations; i++) rs.push(median(pick(a)) / median(pick(b)));
  return { ratio, lo: quantile(rs, 0.025), hi: quantile(rs, 0.975) };
}
