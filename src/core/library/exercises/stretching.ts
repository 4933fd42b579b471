/**
 * Built-in stretching exercises, written for Pacewise: slow holds within a comfortable range
 * (CLINICAL.md §2: 20-30 s, 2-4 times; the planner lengthens holds at 65 and over).
 * Short chains run from a supported position to a standing one.
 */
import type { Exercise } from '../exercise.js';
import { NECK_AND_SHOULDER_STRETCHES } from './stretching/neck-and-shoulders.js';
import { BACK_STRETCHES } from './stretching/back.js';
import { HIP_STRETCHES } from './stretching/hips.js';
import { THIGH_STRETCHES } from './stretching/thighs.js';
import { CALF_AND_FOOT_STRETCHES } from './stretching/calves-and-feet.js';
import { ARM_AND_WRIST_STRETCHES } from './stretching/arms-and-wrists.js';
import { GENTLE_MOVEMENT } from './stretching/gentle-movement.js';
import { WATER_STRETCHES } from './stretching/water.js';

/** Every built-in stretch, grouped roughly from the head down. */
export const STRETCHING: Exercise[] = [
  ...NECK_AND_SHOULDER_STRETCHES,
  ...BACK_STRETCHES,
  ...HIP_STRETCHES,
  ...THIGH_STRETCHES,
  ...CALF_AND_FOOT_STRETCHES,
  ...ARM_AND_WRIST_STRETCHES,
  ...GENTLE_MOVEMENT,
  ...WATER_STRETCHES,
];
