/** Built-in mind body exercises, written for Pacewise. */
import type { Exercise } from '../exercise.js';

export const MIND_BODY: Exercise[] = [];
