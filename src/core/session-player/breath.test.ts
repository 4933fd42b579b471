// Covers: the default rhythm and the exercise's own; phases of a plain and a box breath over time;
// seconds within a phase; breaths counted; adjusting within 2-10 s.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BREATH, adjustBreath, breathAt, chooseBreath } from './breath.js';

const BOX = { inSeconds: 4, holdInSeconds: 4, outSeconds: 4, holdOutSeconds: 4 };

describe('breathAt', () => {
  it.each([
    [DEFAULT_BREATH, 0, { phase: 'in', second: 1, seconds: 4, breath: 0 }],
    [DEFAULT_BREATH, 3_999, { phase: 'in', second: 4 }],
    [DEFAULT_BREATH, 4_000, { phase: 'out', second: 1, seconds: 6 }],
    [DEFAULT_BREATH, 9_999, { phase: 'out', second: 6 }],
    [DEFAULT_BREATH, 10_000, { phase: 'in', second: 1, breath: 1 }],
    [BOX, 5_000, { phase: 'holdIn', second: 2 }],
    [BOX, 13_000, { phase: 'holdOut', second: 2 }],
    [BOX, -50, { phase: 'in', second: 1 }],
  ])('%j at %i ms', (pattern, ms, expected) => {
    expect(breathAt(pattern, ms)).toMatchObject(expected);
  });
});

describe('chooseBreath and adjustBreath', () => {
  it('prefers the person’s rhythm, then the exercise’s, then 4 in and 6 out', () => {
    expect(chooseBreath({ inSeconds: 3, outSeconds: 5 }, BOX)).toEqual({
      inSeconds: 3,
      outSeconds: 5,
    });
    expect(chooseBreath(null, BOX)).toBe(BOX);
    expect(chooseBreath(null, null)).toEqual({ inSeconds: 4, outSeconds: 6 });
  });

  it.each([
    ['in', 1, { inSeconds: 5, outSeconds: 6 }],
    ['out', -1, { inSeconds: 4, outSeconds: 5 }],
    ['in', -5, { inSeconds: 2, outSeconds: 6 }],
    ['out', 9, { inSeconds: 4, outSeconds: 10 }],
  ] as const)('%s %i', (part, delta, expected) => {
    expect(adjustBreath(DEFAULT_BREATH, part, delta)).toEqual(expected);
  });
});
