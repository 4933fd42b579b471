// The honesty of "before pain went up" on simulated journals (docs/insights.md, "What your journal
// shows"): 90 days (the page's range) of the insights' simulated people (pain carries over,
// ρ = 0.6), detail on about two days in three, four triggers each noted on a quarter of them.
// With triggers unrelated to pain, a journal shows any claimed trigger at most 5 % of the time,
// also among journals with enough rises to compare (seen: 1.0 % and 1.4 %); with pain 2 points
// higher the day after sitting, sitting is claimed in most journals (seen: 56 %) and another
// trigger in at most 10 % (seen: 4.6 %). Fixed seeds: the run is repeatable.
import { describe, expect, it } from 'vitest';
import { EMPTY_DETAIL, type Trigger } from '../journal/detail.js';
import { createRandom } from '../planner/random.js';
import { dayNumber } from '../pacing/days.js';
import { buildInsights } from './build-insights.js';
import { generateJournal, NO_EFFECTS } from './testing/journal-generator.js';
import type { InsightsCheckin } from './types.js';

const NOTED: readonly Trigger[] = ['sitting', 'stress', 'weather', 'poor_sleep'];

function withTriggers(seed: number, sittingRaises: number) {
  const input = generateJournal({ seed, effects: NO_EFFECTS, days: 90 });
  const random = createRandom(seed + 7);
  const sittingDays = new Set<number>();
  const checkins = input.checkins.map((c): InsightsCheckin => {
    if (random() > 0.65) return c;
    const triggers = NOTED.filter(() => random() < 0.25);
    if (triggers.includes('sitting')) sittingDays.add(dayNumber(c.localDate));
    return { ...c, detail: { ...EMPTY_DETAIL, triggers } };
  });
  const raised = checkins.map((c) =>
    sittingDays.has(dayNumber(c.localDate) - 1) ? { ...c, pain: Math.min(10, c.pain + sittingRaises) } : c,
  );
  return buildInsights({ ...input, checkins: raised }).journal.triggers;
}

describe('triggers on simulated journals: 500 without a link and 500 with one', () => {
  const runs = (sittingRaises: number, first: number) =>
    Array.from({ length: 500 }, (_, i) => withTriggers(first + i, sittingRaises));

  it('claims a trigger in at most 5 % of journals where triggers and pain are unrelated', () => {
    const nulls = runs(0, 1);
    const rate = nulls.filter((t) => t?.triggers.some((l) => l.claimed)).length / nulls.length;
    const tested = nulls.filter((t) => t?.status === 'tested');
    const testedRate = tested.filter((t) => t?.triggers.some((l) => l.claimed)).length / tested.length;
    expect(tested.length).toBeGreaterThan(250);
    expect(testedRate).toBeLessThanOrEqual(0.05);
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it('finds sitting in most journals where it raises the next day by 2 points', () => {
    const planted = runs(2, 100_001);
    const found = planted.filter((t) => t?.triggers.some((l) => l.trigger === 'sitting' && l.claimed)).length / planted.length;
    const others = planted.filter((t) => t?.triggers.some((l) => l.trigger !== 'sitting' && l.claimed)).length / planted.length;
    expect(found).toBeGreaterThan(0.5);
    expect(others).toBeLessThanOrEqual(0.1);
  });
});
