/** Built-in mind-body exercises, written for Pacewise: breathing, yoga, tai chi and Pilates, and breathing in the pool. */
import type { Exercise } from '../exercise.js';
import { BREATHING } from './mind-body/breathing.js';
import { CHAIR_YOGA } from './mind-body/chair-yoga.js';
import { FLOOR_YOGA } from './mind-body/floor-yoga.js';
import { PILATES } from './mind-body/pilates.js';
import { TAI_CHI } from './mind-body/tai-chi.js';
import { WATER_MIND_BODY } from './mind-body/water.js';

/** Every built-in mind-body exercise, grouped by practice. */
export const MIND_BODY: Exercise[] = [
  ...BREATHING,
  ...CHAIR_YOGA,
  ...FLOOR_YOGA,
  ...TAI_CHI,
  ...PILATES,
  ...WATER_MIND_BODY,
];
