// Swapping and moving in the loop (issue 15): simulated people, calm and adherent for 6 weeks,
// swap an exercise on some days and move a session on others, as on the week's page, with the
// real planner, player and pacing, the changes laid over every week as the server lays them.
// Over many seeded profiles: every exercise of every week as shown suits the person, the person
// is never paced down nor told of a boom and bust, and the changes really happened.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eligibilityFor } from '../planner/eligibility.js';
import { calmPain, daysOf, expectNoQuotaFalls, LIBRARY, liveOk, plannableProfile, PROPERTY_RUNS, type Life } from './simulation.testing.js';
import type { SimulatedDay } from './types.js';

const TIMEOUT = 120_000;
const RUNS = 60;
const byId = new Map(LIBRARY.map((e) => [e.id, e]));
const days = (count: number) => fc.uniqueArray(fc.integer({ min: 0, max: 41 }), { minLength: 1, maxLength: count });

/** Calm and adherent for 6 weeks, with swaps and moves on some days. */
const changingLife: fc.Arbitrary<Life> = fc
  .record({ profile: plannableProfile, pain: calmPain, seed: fc.nat(), swapOnDays: days(6), moveOnDays: days(4) })
  .map(({ profile, pain, seed, swapOnDays, moveOnDays }) => ({ profile, behaviour: { adherence: 1, ...pain, swapOnDays, moveOnDays }, weeks: 6, seed }));

const idsOf = (day: SimulatedDay) => day.plan.days.flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => i.exerciseId)));

describe('swap and move, closing the loop', () => {
  it(
    'every exercise shown suits the person; a calm person who swaps and moves is never paced down nor told of a boom',
    () => {
      let swapped = 0;
      let moved = 0;
      fc.assert(
        fc.property(changingLife, (life) => {
          const simulation = liveOk(life);
          const lived = daysOf(simulation);
          const suits = eligibilityFor(life.profile);
          for (const day of lived) {
            for (const id of idsOf(day)) expect(suits(byId.get(id) ?? LIBRARY[0]!), `${id} on ${day.date}`).toBe(byId.has(id));
          }
          expectNoQuotaFalls(lived);
          const notices = simulation.weeks.flatMap((w) => w.changes).filter((c) => c.code === 'boom_bust_noticed');
          expect(notices.map((c) => `${c.at} ${c.message}`)).toEqual([]);
          // The week as first built against the week as shown: a swap changed an exercise, a move the days' sessions.
          for (const week of simulation.weeks) {
            const last = week.days.at(-1);
            if (!last) continue;
            const built = week.plan.days.map((d) => d.sessions.flatMap((s) => s.items.map((i) => i.exerciseId)).join(','));
            const shown = last.plan.days.map((d) => d.sessions.flatMap((s) => s.items.map((i) => i.exerciseId)).join(','));
            if (built.join('|') !== shown.join('|')) swapped += 1;
            if (week.plan.days.some((d, k) => d.sessions.map((s) => s.slot).join() !== last.plan.days[k]?.sessions.map((s) => s.slot).join())) moved += 1;
          }
        }),
        PROPERTY_RUNS(1915, RUNS),
      );
      // The properties read weeks the person really changed, not untouched ones.
      expect(swapped).toBeGreaterThan(RUNS / 2);
      expect(moved).toBeGreaterThan(RUNS / 4);
    },
    TIMEOUT,
  );
});
