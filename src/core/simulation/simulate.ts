/**
 * Simulated people in the loop (issue 9): a person lives weeks of the real planner, the real
 * guided player and real pacing, day by day, so what a person who follows their plan meets can
 * be checked and shown. Pure and deterministic: no clock, no I/O, randomness only from the seed.
 */
import { addDays } from '../calendar.js';
import { indexExercises } from '../library/catalog.js';
import { initialPacing, type PacingChange, type PacingState } from '../pacing/index.js';
import { hashSeed } from '../planner/random.js';
import type { PacingEvent } from '../pacing/types.js';
import { liveDay, type Person, type StoredWeek } from './day.js';
import { initialSafety } from './safety.js';
import type { LivedChanges } from './week-changes.js';
import type { SimulatedDay, SimulatedWeek, Simulation, SimulationInput } from './types.js';

/** The most weeks one simulation runs (the API allows 1-26). */
export const MAX_SIMULATED_WEEKS = 26;

/** Lives `input.weeks` weeks of the person's plan with their behaviour. */
export function simulatePlan(input: SimulationInput): Simulation {
  const person = personOf(input);
  const weeks = Math.max(1, Math.min(MAX_SIMULATED_WEEKS, Math.floor(input.weeks)));
  let pacing = initialPacing();
  let stored: StoredWeek | null = null;
  let safety = initialSafety(input.weekStart);
  let chosen: PacingEvent[] = [];
  let changes: LivedChanges | null = null;
  const lived: { weekStart: string; plan: StoredWeek['plan']; days: SimulatedDay[] }[] = [];
  for (let w = 0; w < weeks; w += 1) {
    const weekStart = addDays(input.weekStart, 7 * w);
    const days: SimulatedDay[] = [];
    let firstPlan: StoredWeek['plan'] | null = null;
    for (let d = 0; d < 7; d += 1) {
      const n = 7 * w + d;
      const outcome = liveDay(person, { n, date: addDays(weekStart, d), weekStart, pacing, stored, safety, chosen, changes });
      if (outcome.status === 'refer') return outcome;
      ({ pacing, stored, safety, chosen, changes } = outcome);
      firstPlan ??= outcome.stored.plan;
      days.push(outcome.day);
    }
    if (firstPlan) lived.push({ weekStart, plan: firstPlan, days });
  }
  return { status: 'ok', weeks: withChanges(lived, allChangesOf(pacing)), pacing };
}

/** Every change pacing recorded, settled and open, oldest first. */
export function allChangesOf(state: PacingState): PacingChange[] {
  return [...state.changes, ...state.current.changes];
}

function personOf(input: SimulationInput): Person {
  return {
    profile: input.profile,
    exercises: input.exercises,
    byId: indexExercises(input.exercises),
    behaviour: input.behaviour,
    seed: input.seed,
    prescription: input.prescription ?? [],
    repMode: hashSeed(input.seed, 'reps') % 2 === 0 ? 'tap' : 'paced',
  };
}

function withChanges(
  lived: readonly Omit<SimulatedWeek, 'changes'>[],
  changes: readonly PacingChange[],
): SimulatedWeek[] {
  return lived.map((week) => {
    const end = addDays(week.weekStart, 7);
    return { ...week, changes: changes.filter((c) => c.at >= week.weekStart && c.at < end) };
  });
}
