/**
 * What sessions do: pain after minus pain before, paired within each session. A session's
 * change is independent of the person's slow ups and downs, so sessions are close to independent;
 * any lag-1 autocorrelation left in the changes still widens the interval (n_eff).
 */
import type { Pillar } from '../library/exercise.js';
import { MIN_PER_GROUP, type Comparison } from './comparison.js';
import { ar1Inflation, correctRho } from './regression.js';
import { lag1Autocorrelation, mean, meanInterval } from './stats.js';
import type { InsightsSession } from './types.js';

/**
 * Pain after against before, over every session or those of one pillar (sessions in day order).
 * Sessions left partway without a pain-after answer are left out: "no answer" is not "no change".
 */
export function compareSessions(sessions: readonly InsightsSession[], pillar?: Pillar): Comparison {
  const answered = sessions.filter((s): s is InsightsSession & { painAfter: number } => s.painAfter !== null);
  const chosen = pillar ? answered.filter((s) => s.pillars.includes(pillar)) : answered;
  const n = chosen.length;
  const head = {
    code: pillar ? 'session_effect_pillar' : 'session_effect',
    ...(pillar ? { pillar } : {}),
    n,
  } as const;
  if (n < MIN_PER_GROUP) {
    return { ...head, estimate: null, baseline: 0, need: { kind: 'sessions', have: n } };
  }
  const changes = chosen.map((s) => s.painAfter - s.painBefore);
  const rho = correctRho(lag1Autocorrelation(changes), n);
  return {
    ...head,
    estimate: meanInterval(changes, ar1Inflation(rho)),
    baseline: mean(chosen.map((s) => s.painBefore)),
  };
}
