/**
 * "Make it easier" always does something (issue 15). Each press takes one step, in this order:
 * 1. the exercise's easier variant, when there is one that suits the person;
 * 2. a seated or bed version of a standing or floor exercise, when the library has one that fits;
 * 3. a smaller dose of this item: a shorter hold, then fewer holds; one set fewer, then fewer reps;
 *    fewer minutes — never below the floors here;
 * 4. at the bottom, a rest: the item ends as done in an easier way.
 * Pure: the caller passes in the versions it found; nothing here reads the library or a clock.
 */
import type { Exercise, Position } from '../library/exercise.js';
import { classifyDose } from './dose.js';
import type { ItemDose, PlayerExercise } from './types.js';

/** The least an item is ever stepped down to. */
export const EASE_FLOORS = { holdSeconds: 10, holds: 1, sets: 1, reps: 3, minutes: 1 } as const;
/** How much one press takes off a hold, in seconds. */
export const HOLD_STEP_SECONDS = 10;
/** How many reps one press takes off a set. */
export const REPS_STEP = 2;

/** A dose field a press can lower. `holds` is the number of holds (the dose's `reps` for a stretch). */
export type EaseField = 'holdSeconds' | 'holds' | 'sets' | 'reps' | 'minutes';

/** What one press of "make it easier" does. */
export type EaseStep =
  | { kind: 'variant'; exercise: PlayerExercise }
  | { kind: 'position'; exercise: PlayerExercise }
  | { kind: 'dose'; field: EaseField; from: number; to: number; dose: ItemDose }
  | { kind: 'rest' };

/** The versions the caller found for the exercise being done now. */
export interface EaseOptions {
  /** Its easier variant, when there is one and it suits the person. */
  easier?: PlayerExercise | undefined;
  /** A seated or lying version that fits the person's positions. */
  gentler?: PlayerExercise | undefined;
}

/** The one step a press takes for an item of `dose` done as `exerciseId`. */
export function decideEasier(exerciseId: string, dose: ItemDose, options: EaseOptions): EaseStep {
  if (options.easier && options.easier.id !== exerciseId) return { kind: 'variant', exercise: options.easier };
  if (options.gentler && options.gentler.id !== exerciseId) return { kind: 'position', exercise: options.gentler };
  return stepDoseDown(dose) ?? { kind: 'rest' };
}

/** The dose one step smaller, or null when every field is at its floor. */
export function stepDoseDown(dose: ItemDose): Extract<EaseStep, { kind: 'dose' }> | null {
  switch (classifyDose(dose)) {
    case 'timed':
      return lower(dose, 'minutes', dose.minutes ?? 1, fewerMinutes(dose.minutes ?? 1));
    case 'holds': {
      const hold = dose.holdSeconds ?? 0;
      const shorter = Math.max(EASE_FLOORS.holdSeconds, hold - HOLD_STEP_SECONDS);
      if (shorter < hold) return lower(dose, 'holdSeconds', hold, shorter);
      const holds = dose.reps ?? 1;
      return lower(dose, 'holds', holds, Math.max(EASE_FLOORS.holds, holds - 1));
    }
    case 'reps': {
      const sets = dose.sets ?? 1;
      if (sets > EASE_FLOORS.sets) return lower(dose, 'sets', sets, sets - 1);
      const reps = dose.reps ?? 1;
      return lower(dose, 'reps', reps, Math.max(Math.min(reps, EASE_FLOORS.reps), reps - REPS_STEP));
    }
  }
}

// A third fewer minutes, in whole minutes, at least one fewer, never below the floor.
function fewerMinutes(minutes: number): number {
  const third = Math.max(1, Math.floor(minutes / 3));
  return Math.max(EASE_FLOORS.minutes, Math.floor(minutes) - third);
}

function lower(dose: ItemDose, field: EaseField, from: number, to: number): Extract<EaseStep, { kind: 'dose' }> | null {
  if (to >= from) return null;
  const key = field === 'holds' ? 'reps' : field;
  return { kind: 'dose', field, from, to, dose: { ...dose, [key]: to } };
}

/** What finding a seated or bed version reads of an exercise (a library exercise or its API view). */
export type GentlerFacts = Pick<Exercise, 'id' | 'pillar' | 'positions' | 'regions' | 'equipment' | 'avoidWith'> & { level: number };

/** True when an exercise can be done sitting or lying without standing or getting down to the floor. */
function isSeatedOrLying(positions: readonly Position[]): boolean {
  return positions.length > 0 && positions.every((p) => p === 'seated' || p === 'lying');
}

/**
 * A seated or bed version of a standing or floor exercise: the same pillar, working a region it
 * works, no harder, with no equipment it does not use, in a position the person can take. The
 * closest first: most shared regions, then the lowest level, then the id.
 */
export function findGentlerVersion<E extends GentlerFacts>(
  current: E,
  library: Iterable<E>,
  positions: Iterable<Position>,
): E | undefined {
  const allowed = [...positions];
  if (isSeatedOrLying(current.positions)) return undefined;
  const shared = (e: E) => e.regions.filter((r) => current.regions.includes(r)).length;
  const fits = (e: E) =>
    e.id !== current.id &&
    e.pillar === current.pillar &&
    isSeatedOrLying(e.positions) &&
    e.positions.some((p) => allowed.includes(p)) &&
    e.level <= current.level &&
    shared(e) > 0 &&
    e.equipment.every((q) => current.equipment.includes(q)) &&
    e.avoidWith.every((c) => current.avoidWith.includes(c));
  return [...library]
    .filter(fits)
    .sort((a, b) => shared(b) - shared(a) || a.level - b.level || (a.id < b.id ? -1 : 1))[0];
}
