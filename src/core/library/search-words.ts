/**
 * The words the library search knows an exercise by besides its own text: what people call a
 * pillar, a region, a position, a piece of equipment or an activity ("cardio", "low back", "bed",
 * "band"), and how a typed word is folded so "Stretches" finds "stretch". English, like the
 * library's own text; a translated library brings its own table.
 */
import type { Equipment, LikedActivity, PainArea } from '../profile.js';
import type { Pillar, Position } from './exercise.js';

/** Other names for each pillar. */
export const PILLAR_WORDS: Record<Pillar, string> = {
  stretching: 'stretching stretch flexibility loosen',
  aerobic: 'aerobic cardio stamina heart',
  strengthening: 'strengthening strength strong muscle',
  mind_body: 'mind body relaxation relax calm',
};

/** What people call each body region. */
export const REGION_WORDS: Record<PainArea, string> = {
  neck: 'neck',
  shoulder: 'shoulder',
  upper_back: 'upper back',
  lower_back: 'lower back low back lumbar',
  hip: 'hip buttock',
  knee: 'knee',
  ankle_foot: 'ankle foot',
  wrist_hand: 'wrist hand',
  elbow: 'elbow arm',
  widespread: 'whole body',
};

/** Where an exercise is done. */
export const POSITION_WORDS: Record<Position, string> = {
  lying: 'lying bed',
  seated: 'seated sitting',
  standing: 'standing',
  floor: 'floor mat',
  aquatic: 'pool water',
};

/** What is needed. */
export const EQUIPMENT_WORDS: Record<Equipment, string> = {
  chair: 'chair',
  wall: 'wall',
  mat: 'mat',
  resistance_band: 'band resistance',
  light_weights: 'weights dumbbell',
  stationary_bike: 'bike exercise bike',
  bicycle: 'bike bicycle cycling',
  pool: 'pool swimming',
};

/** The activity an exercise belongs to. */
export const ACTIVITY_WORDS: Record<LikedActivity, string> = {
  walking: 'walking walk',
  cycling: 'cycling bike',
  swimming: 'swimming swim',
  water_exercise: 'water exercise aqua',
  yoga: 'yoga',
  tai_chi: 'tai chi',
  pilates: 'pilates',
  breathing: 'breathing breath breathe relaxation',
};

/**
 * Words too common to tell exercises apart: small words, and what every exercise in a library for
 * pain is about ("knee pain" is a search for the knee).
 */
const STOP_WORDS = new Set(
  [
    'a an and are as at be by for from how in into is it its my of on or so the then this to up with you your',
    'pain painful ache aching hurt hurts sore exercise exercises',
  ]
    .join(' ')
    .split(' '),
);

/**
 * A word folded for matching (lower case, accents and a plural ending dropped), or null for a
 * word too common to search by. The index and the query fold words alike.
 */
export function foldWord(word: string): string | null {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: only others need their accents taken off.
  const plain = /^[a-z0-9]*$/u.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain.length === 0 || STOP_WORDS.has(plain)) return null;
  return dropPlural(plain);
}

function dropPlural(word: string): string {
  if (word.length <= 3 || word.endsWith('ss')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/u.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** The words of a text, as the search splits them (letters and digits; apostrophes join). */
export function splitWords(text: string): string[] {
  return text.replace(/['’]/gu, '').split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}
