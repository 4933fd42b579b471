// Covers: ranking for a person — level first, pain areas next, spreading over areas not yet
// covered, one per family; the seeded generator only breaks near-ties; mulberry32 and the
// seed mixer are deterministic.
import { describe, expect, it } from 'vitest';
import type { PainArea } from '../profile.js';
import { createRandom, hashSeed } from './random.js';
import { rankByFit, type Fit } from './ranking.js';

type Row = Fit & { id: string };
const row = (id: string, regions: PainArea[], level = 1, family = id): Row => ({ id, regions, level, family });
const rank = (rows: Row[], painAreas: PainArea[], limit = rows.length, seed = 1) =>
  rankByFit(rows, (r) => r, painAreas, createRandom(seed), limit).map((r) => r.id);

describe('rankByFit', () => {
  it.each<[string, Row[], PainArea[], string[]]>([
    ['pain areas first', [row('neck', ['neck']), row('back', ['lower_back'])], ['lower_back'], ['back', 'neck']],
    ['level 1 before a better-fitting level 2', [row('easy', ['neck']), row('hard', ['lower_back'], 2)], ['lower_back'], ['easy', 'hard']],
    ['an area not yet covered next', [row('b1', ['lower_back']), row('b2', ['lower_back']), row('k', ['knee'])], ['lower_back', 'knee'], ['b1', 'k', 'b2']],
    ['widespread counts for a person in pain all over', [row('n', ['neck']), row('w', ['widespread'])], ['widespread'], ['w', 'n']],
    ['one per family', [row('a', ['knee'], 1, 'chain'), row('b', ['knee'], 2, 'chain'), row('c', ['hip'])], ['knee'], ['a', 'c']],
  ])('%s', (_label, rows, painAreas, expected) => {
    expect(rank(rows, painAreas)).toEqual(expected);
  });

  it('stops at the limit', () => {
    expect(rank([row('a', []), row('b', []), row('c', [])], [], 2)).toHaveLength(2);
  });

  it('the seed breaks ties, and only ties', () => {
    const ties = ['a', 'b', 'c', 'd', 'e'].map((id) => row(id, []));
    const firsts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => rank(ties, [], 1, seed)[0]));
    expect(firsts.size).toBeGreaterThan(1);
    for (const seed of [1, 2, 3, 4, 5]) expect(rank([...ties, row('fit', ['hip'])], ['hip'], 1, seed)).toEqual(['fit']);
  });
});

describe('random', () => {
  it('gives the same numbers for the same seed, in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const numbers = Array.from({ length: 1000 }, () => a());
    expect(numbers).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(numbers.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(new Set(numbers).size).toBeGreaterThan(990);
  });

  it('mixes seeds: the same parts give the same seed, others another', () => {
    expect(hashSeed(7, '2025-03-03')).toBe(hashSeed(7, '2025-03-03'));
    expect(hashSeed(7, '2025-03-03')).not.toBe(hashSeed(7, '2025-03-10'));
    expect(hashSeed(7, '2025-03-03')).not.toBe(hashSeed(8, '2025-03-03'));
  });
});
