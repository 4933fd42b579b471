// The landing page's look at the library: every exercise it names is in the built-in library,
// one of each pillar, and gentle enough for a first look (level 1).
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../../../core/library/catalog.js';
import { PILLARS } from '../../../core/library/exercise.js';
import { LANDING_EXERCISE_IDS } from './landing-exercises.js';

describe('the landing page’s exercises', () => {
  const shown = LANDING_EXERCISE_IDS.map((id) => BUILTIN_EXERCISES.find((e) => e.id === id));

  it('are all in the built-in library', () => {
    expect(shown.every((e) => e !== undefined)).toBe(true);
  });

  it('show one of each kind of exercise, each at the gentlest level', () => {
    expect(shown.map((e) => e?.pillar).sort()).toEqual([...PILLARS].sort());
    expect(shown.every((e) => e?.level === 1)).toBe(true);
  });
});
