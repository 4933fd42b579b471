// Covers the optional details of the built-in library that screens and pictures rely on:
// `dose.perSide` (set exactly where the steps work one side and then the other), `breathPattern`
// (every breathing practice has a sensible rhythm), beds (lying but not on the floor is drawn on a
// bed, never on a mat), hold cues (a still picture says "hold") and the props the pictures need.
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES, indexExercises } from './catalog.js';
import type { Exercise } from './exercise.js';
import type { Pose } from './pose.js';

const library = BUILTIN_EXERCISES;
const byId = indexExercises(library);
const rows = (exercises: readonly Exercise[]) => exercises.map((e) => [e.id, e] as const);
const find = (id: string): Exercise => {
  const exercise = byId.get(id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  return exercise;
};
const poses = (e: Exercise): Pose[] => [e.illustration.start, e.illustration.end];

/** Words in the steps that say the work is done on one side, then the other. */
const SIDE_WORDS =
  /\b(each (side|leg|arm)|other (side|leg|arm)|switch (sides|legs|arms)|change (sides|legs|hands|to the left)|swap feet|(on|with|to|onto) the left|left (leg|arm|ankle|foot|knee|thigh|hand|wrist|ear|heel|side))\b/iu;
/** Where the side words do not mean "each side": an optional other arm, a round of four directions. */
const NOT_PER_SIDE = new Set(['wall-finger-walk', 'neck-hold-against-hand']);
const counted = library.filter(
  (e) => e.dose.reps !== undefined || e.dose.holdSeconds !== undefined,
);

describe('dose.perSide', () => {
  it.each(rows(counted.filter((e) => !NOT_PER_SIDE.has(e.id))))(
    '%s says "each side" exactly when its steps work one side and then the other',
    (_id, e) => {
      expect(e.dose.perSide === true).toBe(e.steps.some((step) => SIDE_WORDS.test(step)));
    },
  );

  it('is only set on reps or holds, never on minutes', () => {
    const minutesOnly = library.filter((e) => e.dose.perSide === true && !counted.includes(e));
    expect(minutesOnly.map((e) => e.id)).toEqual([]);
  });

  it.each([
    ['neck-side-stretch', true],
    ['clamshell', true],
    ['bird-dog', true],
    ['pilates-dead-bug-reach', true],
    ['bridge', false],
    ['wall-finger-walk', false],
    ['neck-hold-against-hand', false],
  ] as const)('%s per side: %s', (id, perSide) => {
    expect(find(id).dose.perSide === true).toBe(perSide);
  });
});

describe('breathPattern', () => {
  const breathing = library.filter((e) => e.id.startsWith('breathing-'));

  it('covers the three breathing practices', () => {
    expect(breathing.map((e) => e.id).sort()).toEqual([
      'breathing-belly',
      'breathing-box',
      'breathing-paced',
    ]);
  });

  it.each(rows(breathing))('%s has a rhythm for the pacer', (_id, e) => {
    expect(e.breathPattern).toBeDefined();
  });

  it.each(rows(library.filter((e) => e.breathPattern !== undefined)))(
    '%s breathes in whole seconds of 1 to 8, in a mind-body practice',
    (_id, e) => {
      expect(e.pillar).toBe('mind_body');
      const { inSeconds, holdInSeconds, outSeconds, holdOutSeconds } = e.breathPattern ?? {};
      for (const seconds of [inSeconds, outSeconds, holdInSeconds ?? 1, holdOutSeconds ?? 1]) {
        expect(Number.isInteger(seconds)).toBe(true);
        expect(seconds).toBeGreaterThanOrEqual(1);
        expect(seconds).toBeLessThanOrEqual(8);
      }
    },
  );

  it.each([
    ['breathing-belly', { inSeconds: 4, outSeconds: 6 }],
    ['breathing-paced', { inSeconds: 4, outSeconds: 6 }],
    ['breathing-box', { inSeconds: 4, holdInSeconds: 4, outSeconds: 4, holdOutSeconds: 4 }],
  ] as const)('%s follows the rhythm its steps give', (id, pattern) => {
    expect(find(id).breathPattern).toEqual(pattern);
  });
});

describe('pictures', () => {
  const isLyingPose = (pose: Pose): boolean => Math.abs(pose.torso ?? 0) >= 60;
  const hasProp = (pose: Pose, prop: NonNullable<Pose['props']>[number]): boolean =>
    pose.props?.includes(prop) === true;

  it.each(
    rows(library.filter((e) => e.positions.includes('lying') && !e.positions.includes('floor'))),
  )('%s, done lying but not on the floor, lies on a bed in its picture', (_id, e) => {
    for (const pose of poses(e).filter(isLyingPose)) {
      expect(hasProp(pose, 'bed')).toBe(true);
      expect(hasProp(pose, 'mat')).toBe(false);
    }
  });

  it.each(rows(library.filter((e) => poses(e).some((pose) => hasProp(pose, 'bed')))))(
    '%s, drawn on a bed, can be done lying',
    (_id, e) => {
      expect(e.positions).toContain('lying');
    },
  );

  it.each(
    rows(
      library.filter((e) => {
        const { cue: _start, ...start } = e.illustration.start;
        const { cue: _end, ...end } = e.illustration.end;
        return JSON.stringify(start) === JSON.stringify(end);
      }),
    ),
  )('%s, whose two pictures look alike, says hold or breathe', (_id, e) => {
    expect(e.illustration.end.cue).toMatch(/^(hold|breath_in|breath_out)$/u);
  });

  it.each(rows(library.filter((e) => e.pillar === 'stretching')))(
    'stretch %s ends with a hold',
    (_id, e) => {
      expect(e.illustration.end.cue).toBe('hold');
    },
  );

  it.each([
    ['yoga-legs-on-chair', 'chair'],
    ['table-wrist-stretch', 'table'],
    ['counter-push-up', 'table'],
    ['seated-knee-straightening-weight', 'ankle_weight'],
    ['lying-thigh-stretch', 'band'],
  ] as const)('%s shows a %s', (id, prop) => {
    for (const pose of poses(find(id))) expect(hasProp(pose, prop)).toBe(true);
  });

  it('shows an ankle weight, not hand weights, for the knee straightening with a weight', () => {
    for (const pose of poses(find('seated-knee-straightening-weight')))
      expect(hasProp(pose, 'weights')).toBe(false);
  });

  it.each([
    ['neck-turn-stretch', 'headTurn'],
    ['seated-twist', 'torsoTwist'],
    ['tai-chi-wave-hands', 'torsoTwist'],
  ] as const)('%s turns in its end picture (%s)', (id, field) => {
    expect(Math.abs(find(id).illustration.end[field] ?? 0)).toBeGreaterThanOrEqual(15);
  });
});
