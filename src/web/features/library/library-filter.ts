/**
 * The library's filters, kept in the URL so a filtered view is deep-linkable and survives a
 * reload: read from a query string, written back to one, and turned into the API's query.
 */
import { PILLARS, POSITIONS, type Pillar, type Position } from '../../../core/library/exercise.js';
import { EQUIPMENT, PAIN_AREAS, type Equipment, type PainArea } from '../../../core/profile.js';
import type { ExerciseQuery } from '../../../contract/exercise.js';

export const LEVELS = [1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

/** The API's level (an integer from 1 to 3) as a Level. */
export function asLevel(level: number): Level {
  return level <= 1 ? 1 : level >= 3 ? 3 : 2;
}

/** The longest search the API accepts. */
const MAX_SEARCH_LENGTH = 100;

/**
 * What the person chose. `equipment` is `'none'` for body weight only, or the equipment they
 * have (an empty list while they are still ticking boxes); absent means any equipment.
 */
export interface LibraryFilter {
  pillar?: Pillar;
  position?: Position;
  region?: PainArea;
  equipment?: 'none' | readonly Equipment[];
  level?: Level;
  /** The words as typed, spaces and all; trimmed only when sent. */
  q?: string;
}

function oneOf<T extends string | number>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((value) => String(value) === raw);
}

function readEquipment(raw: string | null): LibraryFilter['equipment'] {
  if (raw === null) return undefined;
  if (raw === 'none') return 'none';
  const chosen = raw.split(',').map((item) => item.trim());
  return EQUIPMENT.filter((item) => chosen.includes(item));
}

/** The filters in a query string; unknown keys and values are left out. */
export function readLibraryFilter(search: string): LibraryFilter {
  const params = new URLSearchParams(search);
  const filter: LibraryFilter = {};
  const pillar = oneOf(PILLARS, params.get('pillar'));
  const position = oneOf(POSITIONS, params.get('position'));
  const region = oneOf(PAIN_AREAS, params.get('region'));
  const equipment = readEquipment(params.get('equipment'));
  const level = oneOf(LEVELS, params.get('level'));
  const q = params.get('q');
  if (pillar) filter.pillar = pillar;
  if (position) filter.position = position;
  if (region) filter.region = region;
  if (equipment !== undefined) filter.equipment = equipment;
  if (level) filter.level = level;
  if (q) filter.q = q.slice(0, MAX_SEARCH_LENGTH);
  return filter;
}

function writeEquipment(equipment: LibraryFilter['equipment']): string | undefined {
  if (equipment === undefined) return undefined;
  if (equipment === 'none') return 'none';
  return EQUIPMENT.filter((item) => equipment.includes(item)).join(',');
}

/** The query string (with its `?`) of the filters, in a fixed order; empty when none is set. */
export function writeLibraryFilter(filter: LibraryFilter): string {
  const entries: [string, string | undefined][] = [
    ['pillar', filter.pillar],
    ['position', filter.position],
    ['region', filter.region],
    ['equipment', writeEquipment(filter.equipment)],
    ['level', filter.level === undefined ? undefined : String(filter.level)],
    ['q', filter.q ? filter.q : undefined],
  ];
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined) params.append(key, value);
  const text = params.toString().replace(/%2C/g, ',');
  return text.length > 0 ? `?${text}` : '';
}

/** The query of `GET /api/exercises` for the filters. */
export function toExerciseQuery(filter: LibraryFilter): ExerciseQuery {
  const query: ExerciseQuery = {};
  if (filter.pillar) query.pillar = filter.pillar;
  if (filter.position) query.position = filter.position;
  if (filter.region) query.region = filter.region;
  if (filter.equipment !== undefined) {
    const list = writeEquipment(filter.equipment);
    query.equipment = list === '' || list === undefined ? 'none' : list;
  }
  if (filter.level) query.level = filter.level;
  const words = filter.q?.trim() ?? '';
  if (words.length > 0) query.q = words;
  return query;
}

/** True when any filter is set. */
export function hasLibraryFilters(filter: LibraryFilter): boolean {
  return writeLibraryFilter(filter) !== '';
}
