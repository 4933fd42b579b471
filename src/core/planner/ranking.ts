/**
 * Ranking exercises for a person: the easiest level first, then the ones for their pain areas,
 * spreading over areas not yet covered; the seeded generator only breaks near-ties.
 */
import type { PainArea } from '../profile.js';
import type { Random } from './random.js';

/** What ranking needs to know of a candidate. */
export interface Fit {
  regions: readonly PainArea[];
  level: number;
  /** Candidates with the same family (e.g. variants of one chain) are never both chosen. */
  family: string;
}

interface Candidate<T> extends Fit {
  value: T;
  jitter: number;
}

// Level dominates: a level-2 exercise only comes after every level-1 one.
const LEVEL_WEIGHT = 10;
const NEW_PAIN_AREA = 2;
const COVERED_PAIN_AREA = 1;
const NEW_OTHER_REGION = 0.25;
const MAX_OTHER_BONUS = 0.5;
const WIDESPREAD_BONUS = 0.5;
const JITTER = 0.3;

/** Picks up to `limit` candidates, best first, one per family. */
export function rankByFit<T>(
  values: readonly T[],
  describe: (value: T) => Fit,
  painAreas: readonly PainArea[],
  random: Random,
  limit: number,
): T[] {
  const pool: Candidate<T>[] = values.map((value) => ({ value, ...describe(value), jitter: random() }));
  const chosen: T[] = [];
  const covered = new Set<PainArea>();
  while (chosen.length < limit && pool.length > 0) {
    const best = findBestIndex(pool, painAreas, covered);
    const [pick] = pool.splice(best, 1);
    if (!pick) break;
    chosen.push(pick.value);
    for (const region of pick.regions) covered.add(region);
    removeFamily(pool, pick.family);
  }
  return chosen;
}

function findBestIndex<T>(pool: readonly Candidate<T>[], painAreas: readonly PainArea[], covered: ReadonlySet<PainArea>): number {
  let bestIndex = 0;
  let bestScore = -Infinity;
  pool.forEach((candidate, index) => {
    const score = scoreFit(candidate, painAreas, covered) + candidate.jitter * JITTER;
    if (score > bestScore) {
      bestScore = score;
      bestIndex = index;
    }
  });
  return bestIndex;
}

/** How well a candidate fits, given the areas already covered by earlier picks. */
export function scoreFit(fit: Fit, painAreas: readonly PainArea[], covered: ReadonlySet<PainArea>): number {
  let score = -LEVEL_WEIGHT * (fit.level - 1);
  let otherBonus = 0;
  for (const region of fit.regions) {
    if (painAreas.includes(region)) score += covered.has(region) ? COVERED_PAIN_AREA : NEW_PAIN_AREA;
    else if (!covered.has(region)) otherBonus += NEW_OTHER_REGION;
  }
  if (fit.regions.includes('widespread') && !painAreas.includes('widespread')) score += WIDESPREAD_BONUS;
  return score + Math.min(otherBonus, MAX_OTHER_BONUS);
}

function removeFamily<T>(pool: Candidate<T>[], family: string): void {
  for (let i = pool.length - 1; i >= 0; i -= 1) {
    if (pool[i]?.family === family) pool.splice(i, 1);
  }
}
