/** Built-in stretching exercises, written for Pacewise. */
import type { Exercise } from '../exercise.js';

export const STRETCHING: Exercise[] = [];
