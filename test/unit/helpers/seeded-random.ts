/** A seeded xorshift32 generator in [0, 1): the fake secrets of the redaction tests are the same on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}
