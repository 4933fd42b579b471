// Covers: sections for every code, the three standings (a claim only from the server), effects
// in words-ready numbers (lower, higher, about the same, negative zero), what n counts, the shared
// scale (at least 2 points, whole points, capped at 10) and positions on it (clamped).
import { describe, expect, it } from 'vitest';
import type { Pattern } from '../../../core/insights/index.js';
import {
  countUnitOf,
  effectView,
  groupPatterns,
  intervalScale,
  positionOf,
  standingOf,
} from './pattern-view.js';

function pattern(overrides: Partial<Pattern>): Pattern {
  return {
    code: 'session_effect',
    effect: -1,
    ci: [-1.4, -0.6],
    n: 30,
    p: 0.001,
    claimed: true,
    meaningful: false,
    message: 'A sentence.',
    ...overrides,
  };
}

describe('groupPatterns', () => {
  it('puts each code in its section, keeping the order', () => {
    const patterns = [
      pattern({ code: 'session_effect' }),
      pattern({ code: 'session_effect_pillar', pillar: 'aerobic' }),
      pattern({ code: 'next_day_activity' }),
      pattern({ code: 'next_day_over_quota' }),
      pattern({ code: 'sleep_pain' }),
      pattern({ code: 'time_of_day', parts: ['morning', 'evening'] }),
    ];
    const groups = groupPatterns(patterns);
    expect(groups.sessions.map((p) => p.code)).toEqual(['session_effect', 'session_effect_pillar']);
    expect(groups.nextDay.map((p) => p.code)).toEqual(['next_day_activity', 'next_day_over_quota']);
    expect(groups.sleep).toHaveLength(1);
    expect(groups.timeOfDay).toHaveLength(1);
  });
});

describe('standingOf', () => {
  it.each([
    [{ claimed: true }, 'claimed'],
    [{ claimed: false }, 'unclear'],
    [{ claimed: false, effect: null, ci: null }, 'waiting'],
    [{ claimed: false, effect: 0.2, ci: null }, 'waiting'],
  ] as const)('%j → %s', (overrides, standing) => {
    expect(standingOf(pattern(overrides))).toBe(standing);
  });
});

describe('effectView', () => {
  it.each([
    [-1, [-1.44, -0.56], { direction: 'lower', size: 1, low: -1.4, high: -0.6 }],
    [1.26, [0.7, 2.0], { direction: 'higher', size: 1.3, low: 0.7, high: 2 }],
    [0.04, [-0.3, 0.4], { direction: 'same', size: 0, low: -0.3, high: 0.4 }],
    [-0.04, [-0.44, 0.36], { direction: 'same', size: 0, low: -0.4, high: 0.4 }],
  ] as const)('%d with %j', (effect, ci, view) => {
    expect(effectView(pattern({ effect, ci: [ci[0], ci[1]] }))).toEqual(view);
  });

  it('has nothing to show before the data are enough', () => {
    expect(effectView(pattern({ effect: null, ci: null }))).toBeNull();
  });
});

describe('countUnitOf', () => {
  it.each([
    ['session_effect', 'sessions'],
    ['session_effect_pillar', 'sessions'],
    ['time_of_day', 'checkins'],
    ['sleep_pain', 'days'],
    ['next_day_activity', 'days'],
    ['next_day_over_quota', 'days'],
  ] as const)('%s counts %s', (code, unit) => {
    expect(countUnitOf(code)).toBe(unit);
  });
});

describe('the shared scale', () => {
  it.each([
    [[], 2],
    [[[-1.4, -0.6]], 2],
    [[[-0.2, 2.3]], 3],
    [
      [
        [-3.1, -1.2],
        [0.1, 0.9],
      ],
      4,
    ],
    [[[-14, 12]], 10],
  ] as const)('intervals %j → ±%i points', (cis, half) => {
    expect(intervalScale(cis.map((ci) => pattern({ ci: [ci[0], ci[1]] })))).toBe(half);
  });

  it('ignores patterns without an interval', () => {
    expect(intervalScale([pattern({ effect: null, ci: null })])).toBe(2);
  });

  it.each([
    [0, 2, 50],
    [-2, 2, 0],
    [2, 2, 100],
    [-1, 2, 25],
    [5, 2, 100],
    [-0.3, 3, 45],
  ])('%d on ±%i sits at %d %%', (value, half, percent) => {
    expect(positionOf(value, half)).toBe(percent);
  });
});
