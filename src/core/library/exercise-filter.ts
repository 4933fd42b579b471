/**
 * How the library is searched: every given filter must match. Pure and free of the library's
 * data, so the web app filters the list kept on the device with the server's own rule.
 */
import type { Condition, Equipment, PainArea } from '../profile.js';
import type { Pillar, Position } from './exercise.js';

/** The filters of `GET /api/exercises`; every one given must match. */
export interface ExerciseFilter {
  pillar?: Pillar;
  position?: Position;
  region?: PainArea;
  /** Equipment the person has: an exercise matches when it needs nothing else. */
  equipment?: readonly Equipment[];
  level?: number;
  /** Leave out exercises unsuitable for any of these conditions. */
  conditions?: readonly Condition[];
  /** Words to find in the name, purpose or steps. */
  q?: string;
}

/** What of an exercise the filters read (a built-in exercise and the API's view both have it). */
export interface FilterableExercise {
  name: string;
  purpose: string;
  steps: readonly string[];
  pillar: Pillar;
  positions: readonly Position[];
  regions: readonly PainArea[];
  level: number;
  equipment: readonly Equipment[];
  avoidWith: readonly Condition[];
}

/** Returns the exercises that match every given filter, in library order. */
export function filterExercises<T extends FilterableExercise>(exercises: readonly T[], filter: ExerciseFilter): T[] {
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

function matchesWords(exercise: FilterableExercise, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = [exercise.name, exercise.purpose, ...exercise.steps].join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
}
