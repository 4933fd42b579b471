/**
 * The planner's only source of variety: a tiny seeded generator (mulberry32), so the same seed
 * always gives the same plan. Never Math.random, never the clock.
 */

/** A generator of numbers in [0, 1). */
export type Random = () => number;

/** Creates mulberry32, a small fast 32-bit generator, from a seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes text and numbers into one 32-bit seed (FNV-1a), e.g. a person's seed and the week. */
export function hashSeed(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
