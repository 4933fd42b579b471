/**
 * From comparisons to the patterns a person sees: the honesty rules decide the claims, then each
 * pattern gets its rounded numbers and its sentence.
 */
import type { Comparison } from './comparison.js';
import { decideClaims, isLargeEnoughToClaim, isMeaningfulPainChange } from './honesty.js';
import { patternMessage, type Verdict } from './messages.js';
import { roundTo } from './stats.js';
import type { Pattern } from './types.js';

const round1 = (x: number) => roundTo(x, 1);
const round4 = (x: number) => roundTo(x, 4);

/** One pattern from a comparison and the claim decided for it. */
export function toPattern(c: Comparison, isClaimed: boolean): Pattern {
  const e = c.estimate;
  const isMeaningful = isClaimed && e !== null && isMeaningfulPainChange(e.estimate, c.baseline);
  return {
    code: c.code,
    ...(c.pillar ? { pillar: c.pillar } : {}),
    ...(c.parts ? { parts: c.parts } : {}),
    effect: e ? round1(e.estimate) : null,
    ci: e ? [round1(e.low), round1(e.high)] : null,
    n: c.n,
    ...(c.groups ? { groups: c.groups } : {}),
    p: e ? round4(e.p) : null,
    claimed: isClaimed,
    meaningful: isMeaningful,
    message: patternMessage(c, verdictOf(c, isClaimed), isMeaningful),
  };
}

function verdictOf(c: Comparison, isClaimed: boolean): Verdict {
  const e = c.estimate;
  if (isClaimed) return 'claimed';
  const isClearOfZero = e !== null && (e.low > 0 || e.high < 0);
  return isClearOfZero && !isLargeEnoughToClaim(e.estimate, c.baseline) ? 'too_small' : 'unclear';
}

/**
 * Claims across all comparisons. The primary family (all sessions, the next day, sleep, time of
 * day) passes the gate and BH together; the by-pillar session effects are a second family, looked
 * at only when the effect of all sessions is claimed (hierarchical gatekeeping), so they add no
 * false claims on a journal where sessions change nothing.
 */
export function claimPatterns(
  primary: readonly Comparison[],
  byPillar: readonly Comparison[],
): Pattern[] {
  const claimed = decideClaims(primary, true);
  const sessionIndex = primary.findIndex((c) => c.code === 'session_effect');
  const isSessionClaimed = sessionIndex >= 0 && claimed[sessionIndex] === true;
  const pillarClaims = isSessionClaimed ? decideClaims(byPillar, false) : byPillar.map(() => false);
  return [
    ...primary.map((c, i) => toPattern(c, claimed[i] === true)),
    ...byPillar.map((c, i) => toPattern(c, pillarClaims[i] === true)),
  ];
}
