/**
 * An item's dose turned into the segments a person goes through: holds with rests between them,
 * sets of reps with a rest between sets, or one timed stretch. Rhythms follow CLINICAL.md §2:
 * stretches held 20-60 s a few times, slow reps of 2-3 s up and 2-3 s down, rest between sets.
 */
import type { ItemDose, PlayerExercise, Segment, Side } from './types.js';

/** A short count-in before the first hold, or before paced reps. */
export const READY_MS = 5_000;
/** Rest between two holds (as the planner estimates, planner/dosing.ts). */
export const REST_BETWEEN_HOLDS_MS = 10_000;
/** A moment to change sides. */
export const SWITCH_SIDE_MS = 5_000;
/** Rest between sets of reps. */
export const REST_BETWEEN_SETS_MS = 60_000;
/** A paced rep: 3 s up, the exercise's own hold at the top, 3 s down (CLINICAL.md §2). */
export const PACED_UP_MS = 3_000;
export const PACED_DOWN_MS = 3_000;

/** How an item is done: for some minutes, as holds, or as counted reps. */
export type DoseKind = 'timed' | 'holds' | 'reps';

/** The kind of work a dose describes. A dose with nothing in it is one minute of practice. */
export function classifyDose(dose: ItemDose): DoseKind {
  if (dose.minutes !== undefined) return 'timed';
  if (dose.sets !== undefined) return 'reps';
  if (dose.holdSeconds !== undefined) return 'holds';
  return dose.reps !== undefined ? 'reps' : 'timed';
}

/** The segments of a dose, in the order a person does them. */
export function buildSegments(dose: ItemDose): Segment[] {
  switch (classifyDose(dose)) {
    case 'timed':
      return [{ kind: 'timed', ms: Math.round((dose.minutes ?? 1) * 60_000) }];
    case 'holds':
      return buildHolds(dose);
    case 'reps':
      return buildSets(dose);
  }
}

function sidesOf(dose: ItemDose): Side[] {
  return dose.perSide ? ['first', 'second'] : ['both'];
}

function buildHolds(dose: ItemDose): Segment[] {
  const rounds = Math.max(1, dose.reps ?? 1);
  const ms = (dose.holdSeconds ?? 0) * 1000;
  const segments: Segment[] = [{ kind: 'ready', ms: READY_MS }];
  for (let round = 1; round <= rounds; round += 1) {
    for (const side of sidesOf(dose)) {
      if (segments.length > 1) {
        segments.push(
          side === 'second'
            ? { kind: 'rest', ms: SWITCH_SIDE_MS, after: 'side' }
            : { kind: 'rest', ms: REST_BETWEEN_HOLDS_MS, after: 'hold' },
        );
      }
      segments.push({ kind: 'hold', ms, round, rounds, side });
    }
  }
  return segments;
}

function buildSets(dose: ItemDose): Segment[] {
  const sets = Math.max(1, dose.sets ?? 1);
  const target = Math.max(1, dose.reps ?? 1);
  const holdMs = (dose.holdSeconds ?? 0) * 1000;
  const segments: Segment[] = [{ kind: 'ready', ms: READY_MS }];
  for (let set = 1; set <= sets; set += 1) {
    for (const side of sidesOf(dose)) {
      if (segments.length > 1) {
        segments.push(
          side === 'second'
            ? { kind: 'rest', ms: SWITCH_SIDE_MS, after: 'side' }
            : { kind: 'rest', ms: REST_BETWEEN_SETS_MS, after: 'set' },
        );
      }
      segments.push({ kind: 'reps', target, set, sets, side, holdMs });
    }
  }
  return segments;
}

/** How long one paced rep takes: up, the hold at the top, and down. */
export function pacedRepMs(holdMs: number): number {
  return PACED_UP_MS + holdMs + PACED_DOWN_MS;
}

/** How long a segment lasts when it runs on its own; reps only when paced. */
export function segmentMs(segment: Segment): number {
  return segment.kind === 'reps' ? segment.target * pacedRepMs(segment.holdMs) : segment.ms;
}

/**
 * The dose of an easier variant: the planned amount where it fits the easier exercise (the same
 * minutes, holds or sets of reps), with the easier exercise's own hold per rep and sides;
 * otherwise the easier exercise's default dose.
 */
export function easierDose(planned: ItemDose, easier: PlayerExercise): ItemDose {
  const own = easier.dose;
  const perSide = own.perSide === true;
  if (classifyDose(own) !== classifyDose(planned)) return { ...own, perSide };
  switch (classifyDose(own)) {
    case 'timed':
      return { minutes: planned.minutes ?? own.minutes ?? 1, perSide };
    case 'holds':
      return { holdSeconds: planned.holdSeconds, reps: planned.reps, perSide };
    case 'reps': {
      const dose: ItemDose = {
        sets: planned.sets ?? own.sets,
        reps: planned.reps ?? own.reps,
        perSide,
      };
      if (own.holdSeconds !== undefined) dose.holdSeconds = own.holdSeconds;
      return dose;
    }
  }
}
