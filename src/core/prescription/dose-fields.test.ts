// Which dose fields each pillar takes: the rule the server applies to a clinician's dose.
import { describe, expect, it } from 'vitest';
import { findFieldNotTaken } from './dose-fields.js';

describe('findFieldNotTaken', () => {
  it.each([
    ['aerobic', { minutes: 10 }, undefined],
    ['aerobic', { minutes: 10, reps: 8 }, 'reps'],
    ['strengthening', { sets: 2, reps: 10, holdSeconds: 3 }, undefined],
    ['strengthening', { minutes: 5 }, 'minutes'],
    ['stretching', { reps: 3, holdSeconds: 30 }, undefined],
    ['stretching', { sets: 2 }, 'sets'],
    ['mind_body', { minutes: 10 }, undefined],
    ['mind_body', { holdSeconds: 10 }, 'holdSeconds'],
  ] as const)('%s with %o: %s', (pillar, dose, expected) => {
    expect(findFieldNotTaken(pillar, dose)).toBe(expected);
  });
});
