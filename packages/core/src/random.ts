// Seeded PRNG (mulberry32) for reproducible demo data and benchmarks. Not for anything that must be
// unpredictable: 32 bits of state can be recovered from a few outputs.

export type Random = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform integer in [min, maxInclusive]. */
  int: (min: number, maxInclusive: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** Picks a value with probability proportional to its weight. */
  weighted: <T>(pairs: readonly (readonly [value: T, weight: number])[]) => T;
};

/** The seed is reduced to an unsigned 32-bit integer, so seeds equal modulo 2^32 give the same sequence. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  function int(min: number, maxInclusive: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(maxInclusive) || maxInclusive < min) {
      throw new RangeError(`invalid integer range [${min}, ${maxInclusive}]`);
    }
    return min + Math.floor(next() * (maxInclusive - min + 1));
  }

  function pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[int(0, items.length - 1)]!;
  }

  function weighted<T>(pairs: readonly (readonly [value: T, weight: number])[]): T {
    let total = 0;
    for (const [, weight] of pairs) {
      if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`invalid weight ${weight}`);
      total += weight;
    }
    if (total <= 0) throw new RangeError('weights must have a positive sum');
    let remaining = next() * total;
    for (const [value, weight] of pairs) {
      remaining -= weight;
      if (remaining < 0) return value;
    }
    // Floating-point rounding can leave a sliver: fall back to the last pair with positive weight.
    for (let i = pairs.length - 1; ; i--) {
      const pair = pairs[i]!;
      if (pair[1] > 0) return pair[0];
    }
  }

  return { next, int, pick, weighted };
}
