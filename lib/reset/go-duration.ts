/**
 * Go's time.Duration text ("1s", "6m0s", "26.604s", "12ms", "1h2m3s"), which OpenAI uses in x-ratelimit-reset-*.
 * Follows time.ParseDuration except that negative durations are refused: a reset is never in the past by design.
 */
const GO_UNITS: Readonly<Record<string, number>> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6, // U+00B5 micro sign
  μs: 1e-6, // U+03BC greek mu
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
};

const COMPONENT_RE = /^(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/;

/** Seconds, or undefined when `s` is not a (non-negative) Go duration. "0" alone is valid, as in Go. */
export function parseGoDuration(s: string): number | undefined {
  if (typeof s !== 'string') return undefined;
  let rest = s.trim();
  if (rest.length === 0 || rest.length > 128) return undefined;
  if (rest.startsWith('+')) rest = rest.slice(1);
  if (rest === '0') return 0;
  let total = 0;
  let parsed = 0;
  while (rest.length > 0) {
    const m = COMPONENT_RE.exec(rest);
    if (!m) return undefined;
    const [whole, num, unit] = m;
    total += Number(num) * (GO_UNITS[unit ?? ''] ?? Number.NaN);
    rest = rest.slice((whole ?? '').length);
    parsed++;
  }
  if (parsed === 0 || !Number.isFinite(total)) return undefined;
  // Binary fractions: 0.001 * 12 is 0.012000000000000002; nanoseconds are the finest unit anyway.
  return Math.round(total * 1e9) / 1e9;
}
