/**
 * How many well-formed signals a page may push to the background per minute. Applied only after a message has
 * passed its shape check, so a flood of garbage cannot crowd out a real signal that follows it.
 */
export function createMinuteBudget(perMinute: number, now: () => number): () => boolean {
  let windowStart = -Infinity;
  let used = 0;
  return function take(): boolean {
    const t = now();
    if (t - windowStart > 60_000) {
      windowStart = t;
      used = 0;
    }
    return ++used <= perMinute;
  };
}
