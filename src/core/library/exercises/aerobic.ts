/** Built-in aerobic exercises, written for Pacewise. */
import type { Exercise } from '../exercise.js';

export const AEROBIC: Exercise[] = [];
