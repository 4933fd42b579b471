/** Searching the library's drawings by the words of an exercise's name, purpose, positions and equipment. */
import type { ExerciseView } from '../../../contract/exercise.js';

/** The drawings matching `search`, the chosen one first. */
export function matchPoses(library: readonly ExerciseView[], search: string, chosen: string): ExerciseView[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const builtin = library.filter((e) => e.source === 'builtin');
  const matches = builtin.filter((e) => words.every((w) => `${e.name} ${e.purpose} ${e.positions.join(' ')} ${e.equipment.join(' ')}`.toLowerCase().includes(w)));
  const first = builtin.find((e) => e.id === chosen);
  return first ? [first, ...matches.filter((e) => e.id !== chosen)] : matches;
}
