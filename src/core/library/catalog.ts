/** The built-in exercise library and the ways to find things in it. */
import type { Condition, Equipment, PainArea } from '../profile.js';
import { AEROBIC } from './exercises/aerobic.js';
import { MIND_BODY } from './exercises/mind-body.js';
import { STRENGTHENING } from './exercises/strengthening.js';
import { STRETCHING } from './exercises/stretching.js';
import type { Exercise, Pillar, Position } from './exercise.js';

/** Every built-in exercise, in pillar order. */
export const BUILTIN_EXERCISES: readonly Exercise[] = [
  ...STRETCHING,
  ...AEROBIC,
  ...STRENGTHENING,
  ...MIND_BODY,
];

/** A lookup of exercises by id. */
export type ExerciseIndex = ReadonlyMap<string, Exercise>;

/** Indexes a list of exercises by id. */
export function indexExercises(exercises: readonly Exercise[]): ExerciseIndex {
  return new Map(exercises.map((exercise) => [exercise.id, exercise]));
}

/** The filters of `GET /api/exercises`; every one given must match. */
export interface ExerciseFilter {
  pillar?: Pillar;
  position?: Position;
  region?: PainArea;
  /** Equipment the person has: an exercise matches when it needs nothing else. */
  equipment?: readonly Equipment[];
  level?: 1 | 2 | 3;
  /** Leave out exercises unsuitable for any of these conditions. */
  conditions?: readonly Condition[];
  /** Words to find in the name, purpose or steps. */
  q?: string;
}

/** Returns the exercises that match every given filter, in library order. */
export function filterExercises(exercises: readonly Exercise[], filter: ExerciseFilter): Exercise[] {
  const words = normalizeWords(filter.q ?? '');
  return exercises.filter(
    (e) =>
      (filter.pillar === undefined || e.pillar === filter.pillar) &&
      (filter.position === undefined || e.positions.includes(filter.position)) &&
      (filter.region === undefined || e.regions.includes(filter.region)) &&
      (filter.level === undefined || e.level === filter.level) &&
      (filter.equipment === undefined || e.equipment.every((item) => filter.equipment?.includes(item))) &&
      (filter.conditions === undefined || !e.avoidWith.some((c) => filter.conditions?.includes(c))) &&
      matchesWords(e, words),
  );
}

function normalizeWords(q: string): string[] {
  return q.toLowerCase().split(/\s+/u).filter((word) => word.length > 0);
}

function matchesWords(exercise: Exercise, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = [exercise.name, exercise.purpose, ...exercise.steps].join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
}
