/**
 * Pain by time of day, from the check-ins' local hours. Description first; the lowest and highest
 * parts are then compared with a Bonferroni correction for having picked them out of every pair,
 * and with the full autocorrelation correction n_eff = n (1 − ρ)/(1 + ρ) (for groups whose
 * membership persists), because which part of the day a check-in falls in runs in habits.
 */
import { MIN_PER_GROUP, type Comparison } from './comparison.js';
import { byDayAndHour, inTimeOrder } from './daily.js';
import { ar1Inflation, correctRho } from './regression.js';
import { lag1Autocorrelation, mean, roundTo, welchInterval } from './stats.js';
import { PARTS_OF_DAY, type InsightsCheckin, type PartOfDay, type TimeOfDay } from './types.js';

/** The part of the day of a local hour: morning 5-10, midday 11-16, evening 17-21, night 22-4. */
export function partOfDay(localHour: number): PartOfDay {
  if (localHour >= 5 && localHour <= 10) return 'morning';
  if (localHour >= 11 && localHour <= 16) return 'midday';
  if (localHour >= 17 && localHour <= 21) return 'evening';
  return 'night';
}

function painsByPart(checkins: readonly InsightsCheckin[]): Record<PartOfDay, number[]> {
  const byPart: Record<PartOfDay, number[]> = { morning: [], midday: [], evening: [], night: [] };
  for (const c of checkins) byPart[partOfDay(c.localHour)].push(c.pain);
  return byPart;
}

const round1 = (x: number) => roundTo(x, 1);

/** Mean pain per part of the day, and the lowest among parts with 5 check-ins or more. */
export function summarizeTimeOfDay(checkins: readonly InsightsCheckin[]): TimeOfDay {
  const byPart = painsByPart(checkins);
  const parts = PARTS_OF_DAY.map((part) => {
    const pains = byPart[part];
    return { part, meanPain: pains.length > 0 ? round1(mean(pains)) : null, n: pains.length };
  });
  const eligible = PARTS_OF_DAY.filter((part) => byPart[part].length >= MIN_PER_GROUP);
  const lowest = eligible.reduce<PartOfDay | null>(
    (best, part) => (best === null || mean(byPart[part]) < mean(byPart[best]) ? part : best),
    null,
  );
  return { parts, lowest };
}

/** Compares the parts of the day with the lowest and the highest mean pain. */
export function compareTimeOfDay(checkins: readonly InsightsCheckin[]): Comparison {
  const byPart = painsByPart(checkins);
  const eligible = PARTS_OF_DAY.filter((part) => byPart[part].length >= MIN_PER_GROUP).sort(
    (a, b) => mean(byPart[a]) - mean(byPart[b]),
  );
  if (eligible.length < 2) {
    const counts = Object.fromEntries(
      PARTS_OF_DAY.filter((p) => byPart[p].length > 0).map((p) => [p, byPart[p].length]),
    );
    return {
      code: 'time_of_day',
      n: checkins.length,
      estimate: null,
      baseline: 0,
      need: { kind: 'parts', counts },
    };
  }
  const low = eligible[0]!;
  const high = eligible[eligible.length - 1]!;
  const pairs = (eligible.length * (eligible.length - 1)) / 2;
  const estimate = welchInterval(
    byPart[low],
    byPart[high],
    inflationOf(checkins),
    1 - 0.05 / pairs,
  );
  return {
    code: 'time_of_day',
    parts: [low, high],
    n: byPart[low].length + byPart[high].length,
    groups: { a: byPart[low].length, b: byPart[high].length },
    estimate: { ...estimate, p: Math.min(1, estimate.p * pairs) },
    baseline: mean(byPart[high]),
  };
}

/**
 * (1 + ρ)/(1 − ρ), with ρ the lag-1 autocorrelation of check-ins around their part's mean, in
 * time order, bias-corrected and then taken one standard error higher: as for the day links, a
 * claim must hold for a carry-over a little stronger than estimated.
 */
function inflationOf(checkins: readonly InsightsCheckin[]): number {
  const ordered = inTimeOrder([...checkins], byDayAndHour);
  const byPart = painsByPart(ordered);
  const means = Object.fromEntries(PARTS_OF_DAY.map((p) => [p, mean(byPart[p])])) as Record<
    PartOfDay,
    number
  >;
  const residuals = ordered.map((c) => c.pain - means[partOfDay(c.localHour)]);
  const rho = correctRho(lag1Autocorrelation(residuals), residuals.length);
  return ar1Inflation(Math.min(0.9, rho + Math.sqrt((1 - rho * rho) / residuals.length)));
}
