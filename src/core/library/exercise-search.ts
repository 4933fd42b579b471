/**
 * The library's ranked search (MiniSearch): a name counts most, then what an exercise is known
 * by (its activity, equipment), then the body region, pillar and position, then what it is for
 * and its steps. Typing a word's start finds it, a slip on a longer word is forgiven, every word
 * must match (unless no exercise has them all), and weak matches far below the best are left out,
 * so "back" lists back exercises, not every exercise whose steps say "lie on your back". The
 * filters (pillar, position, region, equipment, level) still apply as before. Pure: the server
 * answers with it, and a device with no network searches the library it kept with it.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { LikedActivity } from '../profile.js';
import { filterExercises, type ExerciseFilter, type FilterableExercise } from './exercise-filter.js';
import {
  ACTIVITY_WORDS,
  EQUIPMENT_WORDS,
  PILLAR_WORDS,
  POSITION_WORDS,
  REGION_WORDS,
  foldWord,
  splitWords,
} from './search-words.js';

/** What of an exercise the search reads. */
export interface SearchableExercise extends FilterableExercise {
  id: string;
  activity: LikedActivity | null;
}

/**
 * How much each field counts: name ≫ what it is known by ≫ main region, pillar, position ≫ the
 * other regions it helps, what it is for, its steps.
 */
export const FIELD_WEIGHTS = { name: 10, tags: 4, body: 2, otherRegions: 1, purpose: 1, steps: 0.5 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

/** The fields that say what an exercise is; a word found only elsewhere is a weak match. */
export const STRONG_FIELDS: readonly Field[] = ['name', 'tags', 'body'];

/** When only some words match, results scoring below this share of the best are left out. */
export const RELATIVE_FLOOR = 0.3;

/** The typos forgiven: one edit from 5 letters, two from 8. */
export function typosForgiven(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 5 ? 1 : 0;
}

/** A searchable copy of an exercise: its place in the list and the text of each field. */
type Indexed = Record<Field, string> & { key: number };

function indexedOf(exercise: SearchableExercise, key: number): Indexed {
  const tags = [
    exercise.activity ? ACTIVITY_WORDS[exercise.activity] : '',
    ...exercise.equipment.map((item) => EQUIPMENT_WORDS[item]),
  ];
  // The first region is the one the exercise is for; the others it helps too.
  const [main, ...others] = exercise.regions;
  const body = [
    PILLAR_WORDS[exercise.pillar],
    main ? REGION_WORDS[main] : '',
    ...exercise.positions.map((position) => POSITION_WORDS[position]),
  ];
  return {
    key,
    name: exercise.name,
    tags: tags.join(' '),
    body: body.join(' '),
    otherRegions: others.map((region) => REGION_WORDS[region]).join(' '),
    purpose: exercise.purpose,
    steps: exercise.steps.join(' '),
  };
}

/** The words of a search, folded as the index folds them, stop words left out. */
export function searchWords(q: string): string[] {
  return splitWords(q).flatMap((word) => foldWord(word) ?? []);
}

function sameName(a: string, b: string): boolean {
  return searchWords(a).join(' ') === searchWords(b).join(' ');
}

/** A library made searchable once; `find` answers each search. */
export interface ExerciseSearch<T> {
  /** The exercises matching every filter: best first when there are words, else in library order. */
  find(filter: ExerciseFilter): T[];
}

/** Builds the index over `exercises` (their order is the order of a search without words). */
export function buildExerciseSearch<T extends SearchableExercise>(exercises: readonly T[]): ExerciseSearch<T> {
  const index = new MiniSearch<Indexed>({
    idField: 'key',
    fields: Object.keys(FIELD_WEIGHTS),
    tokenize: splitWords,
    processTerm: (term) => foldWord(term) ?? null,
  });
  index.addAll(exercises.map((exercise, key) => indexedOf(exercise, key)));
  const keyOf = new Map(exercises.map((exercise, key) => [exercise, key]));
  return {
    find(filter) {
      const allowed = filterExercises(exercises, { ...filter, q: undefined });
      const words = searchWords(filter.q ?? '');
      if (words.length === 0) return allowed;
      const keys = new Set(allowed.map((exercise) => keyOf.get(exercise)));
      const ranked = rank(index, words, (key) => keys.has(key));
      return orderResults(ranked, exercises, filter.q ?? '');
    },
  };
}

type Combine = 'AND' | 'OR';

/**
 * The matches of `words` among the allowed, best first, in three tiers: every word found in what
 * an exercise is (name, tags, main region, pillar, position); else every word found anywhere;
 * else any word, the weakest left out. Within a tier every field counts towards the rank.
 */
function rank(index: MiniSearch<Indexed>, words: readonly string[], isAllowed: (key: number) => boolean): SearchResult[] {
  const ask = (combineWith: Combine, fields: readonly Field[], only: (key: number) => boolean) =>
    index.search(words.join(' '), {
      fields: [...fields],
      boost: { ...FIELD_WEIGHTS },
      // Every word may be a start still being typed: "h" already narrows the list.
      prefix: true,
      fuzzy: (term) => typosForgiven(term),
      combineWith,
      tokenize: splitWords,
      processTerm: (term) => foldWord(term) ?? null,
      filter: (result) => only(Number(result.id)),
    });
  const allFields = Object.keys(FIELD_WEIGHTS) as Field[];
  const strong = new Set(ask('AND', STRONG_FIELDS, isAllowed).map((result) => Number(result.id)));
  if (strong.size > 0) return ask('AND', allFields, (key) => strong.has(key));
  const every = ask('AND', allFields, isAllowed);
  if (every.length > 0) return every;
  const some = ask('OR', allFields, isAllowed);
  const best = some[0]?.score ?? 0;
  return some.filter((result) => result.score >= best * RELATIVE_FLOOR);
}

/** The results as exercises in rank order, an exercise named exactly as typed first. */
function orderResults<T extends SearchableExercise>(ranked: readonly SearchResult[], exercises: readonly T[], q: string): T[] {
  const found = ranked.flatMap((result) => exercises[Number(result.id)] ?? []);
  const exact = found.findIndex((exercise) => sameName(exercise.name, q));
  if (exact <= 0) return found;
  return [found[exact] as T, ...found.slice(0, exact), ...found.slice(exact + 1)];
}
