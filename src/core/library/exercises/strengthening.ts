/** Built-in strengthening exercises, written for Pacewise. */
import type { Exercise } from '../exercise.js';

export const STRENGTHENING: Exercise[] = [];
