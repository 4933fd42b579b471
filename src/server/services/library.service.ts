/**
 * The exercise library: the built-in catalog, filtered and searched (ranked), and its illustrations. Illustrations
 * are rendered once and addressed by a hash of their content, so they can be cached for a year.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors.js';
import { BUILTIN_EXERCISES, indexExercises } from '../../core/library/catalog.js';
import type { ExerciseSearch } from '../../core/library/exercise-search.js';
import type { Exercise } from '../../core/library/exercise.js';
import { renderExerciseIllustration } from '../../core/library/illustration.js';
import type { z } from 'zod';
import type { ExerciseQuery, ExerciseView } from '../../contract/exercise.js';
import { searchOver } from './library-search-cache.js';

type ParsedQuery = z.output<typeof ExerciseQuery>;

/** Where a clinician's exercise photo is served (only to those allowed to see it). */
export function photoUrlOf(photoId: string): string {
  return `/api/exercise-photos/${photoId}`;
}

interface Illustration {
  svg: string;
  version: string;
}

/** The library with its rendered illustrations, built on first use. */
export class Library {
  private readonly byId: ReadonlyMap<string, Exercise>;
  private readonly illustrations = new Map<string, Illustration>();
  private search: ExerciseSearch<Exercise> | null = null;

  constructor(private readonly exercises: readonly Exercise[] = BUILTIN_EXERCISES) {
    this.byId = indexExercises(exercises);
  }

  /** The exercises that match the filters: best first for words searched, else in library order. */
  list(query: ParsedQuery): ExerciseView[] {
    const level = query.level as 1 | 2 | 3 | undefined;
    // The index is built on the first search and kept (library-search-cache.ts).
    this.search ??= searchOver(this.exercises);
    return this.search.find({ ...query, level }).map((e) => this.present(e));
  }

  /** Every exercise, in library order. */
  all(): readonly Exercise[] {
    return this.exercises;
  }

  /** The exercises by id. */
  index(): ReadonlyMap<string, Exercise> {
    return this.byId;
  }

  /** True when the library has an exercise with this id. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** One exercise, or not found. */
  get(id: string): ExerciseView {
    return this.present(this.find(id));
  }

  /** The SVG of an exercise's illustration. */
  illustration(id: string): Illustration {
    const exercise = this.find(id);
    let illustration = this.illustrations.get(id);
    if (!illustration) {
      const svg = renderExerciseIllustration(exercise);
      illustration = { svg, version: createHash('sha256').update(svg).digest('hex').slice(0, 12) };
      this.illustrations.set(id, illustration);
    }
    return illustration;
  }

  private find(id: string): Exercise {
    const exercise = this.byId.get(id);
    if (!exercise) throw new AppError('not_found', 'There is no exercise with that id.');
    return exercise;
  }

  private present(e: Exercise): ExerciseView {
    return {
      id: e.id,
      source: e.source?.kind ?? 'builtin',
      name: e.name,
      purpose: e.purpose,
      pillar: e.pillar,
      positions: e.positions,
      equipment: e.equipment,
      regions: e.regions,
      level: e.level,
      avoidWith: e.avoidWith,
      cautionNote: e.cautionNote,
      dose: e.dose,
      easier: e.easier,
      harder: e.harder,
      steps: e.steps,
      breathing: e.breathing,
      feel: e.feel,
      stopIf: e.stopIf,
      ...(e.morning ? { morning: e.morning } : {}),
      activity: e.activity,
      breathPattern: e.breathPattern ?? null,
      // A clinician's photo shows in place of the drawing, with the words they gave it.
      illustration: e.photo ? photoUrlOf(e.photo.id) : `/illustrations/${e.id}.svg?v=${this.illustration(e.id).version}`,
      illustrationAlt: e.photo?.alt ?? e.illustration.alt,
    };
  }
}
