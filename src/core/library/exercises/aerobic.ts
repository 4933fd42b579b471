/** Built-in aerobic exercises, written for Pacewise: easy-pace walking, cycling, water and seated work. */
import type { Exercise } from '../exercise.js';
import { CYCLING } from './aerobic/cycling.js';
import { SEATED_AEROBIC } from './aerobic/seated.js';
import { WALKING } from './aerobic/walking.js';
import { WATER } from './aerobic/water.js';

/** Every built-in aerobic exercise, grouped by activity. */
export const AEROBIC: Exercise[] = [...WALKING, ...CYCLING, ...WATER, ...SEATED_AEROBIC];
