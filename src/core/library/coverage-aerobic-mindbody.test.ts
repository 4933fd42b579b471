/**
 * Coverage of the built-in aerobic and mind-body exercises (PRODUCT.md pillars 2 and 4,
 * CLINICAL.md §2). Dimensions:
 * - every required kind exists, found by id, in a chain of more than one level;
 * - chains link both ways, rise in level, stay in their pillar and start seated or lying;
 * - the liked activity follows the id family; aquatic work needs a pool;
 * - doses: easy aerobic minutes, mind-body minutes or slow sets and reps;
 * - choices for a wheelchair user; cautions for forward folds, deep knee bends and falls;
 * - the shape of every entry: steps, stop signs, illustration.
 */
import { describe, expect, it } from 'vitest';
import type { Condition, LikedActivity } from '../profile.js';
import type { Exercise, Pillar } from './exercise.js';
import { AEROBIC } from './exercises/aerobic.js';
import { MIND_BODY } from './exercises/mind-body.js';
import type { Pose } from './pose.js';

const OURS: readonly Exercise[] = [...AEROBIC, ...MIND_BODY];
const BY_ID = new Map(OURS.map((e) => [e.id, e]));

function find(id: string): Exercise {
  const exercise = BY_ID.get(id);
  if (exercise === undefined) throw new Error(`no exercise with id ${id}`);
  return exercise;
}

/** The chain an exercise belongs to, easiest first (stops on a cycle rather than looping). */
function chainOf(id: string): Exercise[] {
  let first = find(id);
  for (let guard = 0; first.easier !== null && guard < OURS.length; guard += 1) {
    first = find(first.easier);
  }
  const chain = [first];
  for (let next = first.harder; next !== null && chain.length <= OURS.length;) {
    const exercise = find(next);
    chain.push(exercise);
    next = exercise.harder;
  }
  return chain;
}

const rows = (exercises: readonly Exercise[]) => exercises.map((e) => [e.id, e] as const);

describe('required kinds, each in a chain of more than one level', () => {
  it.each<[string, string, Pillar, LikedActivity | null]>([
    ['walking around the house', 'walk-home-laps', 'aerobic', 'walking'],
    ['outdoor walking', 'walk-outdoors-flat', 'aerobic', 'walking'],
    ['stationary bike', 'bike-stationary-easy', 'aerobic', 'cycling'],
    ['cycling outdoors', 'cycle-flat-short', 'aerobic', 'cycling'],
    ['swimming', 'swim-easy-lengths', 'aerobic', 'swimming'],
    ['water walking', 'water-walk-waist', 'aerobic', 'water_exercise'],
    ['water aerobics', 'water-aerobics-at-wall', 'aerobic', 'water_exercise'],
    ['chair marching', 'chair-march', 'aerobic', null],
    ['seated arm pedalling', 'chair-arm-pedalling', 'aerobic', null],
    ['seated boxing', 'chair-boxing', 'aerobic', null],
    ['seated step-touch', 'chair-step-touch', 'aerobic', null],
    ['diaphragmatic breathing', 'breathing-belly', 'mind_body', 'breathing'],
    ['paced breathing', 'breathing-paced', 'mind_body', 'breathing'],
    ['box breathing', 'breathing-box', 'mind_body', 'breathing'],
    ['chair yoga', 'yoga-chair-arm-raise', 'mind_body', 'yoga'],
    ['floor yoga', 'yoga-cat-cow', 'mind_body', 'yoga'],
    ['seated tai chi', 'tai-chi-seated-wave-hands', 'mind_body', 'tai_chi'],
    ['standing tai chi', 'tai-chi-weight-shift', 'mind_body', 'tai_chi'],
    ['pelvic tilt', 'pilates-pelvic-tilt', 'mind_body', 'pilates'],
    ['dead bug', 'pilates-dead-bug-toe-tap', 'mind_body', 'pilates'],
    ['knee folds', 'pilates-knee-fold', 'mind_body', 'pilates'],
    ['side-lying leg work', 'pilates-inner-thigh-lift', 'mind_body', 'pilates'],
  ])('%s (%s)', (_kind, id, pillar, activity) => {
    const chain = chainOf(id);
    expect(new Set(chain.map((e) => e.level)).size).toBeGreaterThan(1);
    for (const exercise of chain) {
      expect(exercise.pillar).toBe(pillar);
      expect(exercise.activity).toBe(activity);
    }
  });

  it.each<[string, string]>([
    ['body scan', 'relax-body-scan'],
    ['progressive muscle relaxation', 'relax-muscle-release'],
  ])('%s exists (%s)', (_kind, id) => {
    expect(find(id).pillar).toBe('mind_body');
  });

  it('dead bug is a chain of three levels', () => {
    expect(chainOf('pilates-dead-bug-arms').map((e) => [e.id, e.level])).toEqual([
      ['pilates-dead-bug-arms', 1],
      ['pilates-dead-bug-toe-tap', 2],
      ['pilates-dead-bug-reach', 3],
    ]);
  });

  it('has at least 24 aerobic and 26 mind-body exercises', () => {
    expect(AEROBIC.length).toBeGreaterThanOrEqual(24);
    expect(MIND_BODY.length).toBeGreaterThanOrEqual(26);
  });

  it.each<[string, (e: Exercise) => boolean, number]>([
    ['chair yoga', (e) => e.activity === 'yoga' && e.positions.includes('seated'), 4],
    ['floor yoga', (e) => e.activity === 'yoga' && e.positions.includes('floor'), 4],
    ['seated tai chi', (e) => e.activity === 'tai_chi' && e.positions.includes('seated'), 2],
    ['standing tai chi', (e) => e.activity === 'tai_chi' && e.positions.includes('standing'), 2],
  ])('offers several %s exercises', (_kind, matches, atLeast) => {
    expect(MIND_BODY.filter(matches).length).toBeGreaterThanOrEqual(atLeast);
  });
});

describe('chains', () => {
  it.each(rows(OURS))('%s links both ways, rises in level and stays in its pillar', (_id, e) => {
    if (e.harder !== null) {
      const harder = find(e.harder);
      expect(harder.easier).toBe(e.id);
      expect(harder.pillar).toBe(e.pillar);
      expect(harder.level).toBeGreaterThan(e.level);
    }
    if (e.easier !== null) expect(find(e.easier).harder).toBe(e.id);
  });

  it.each(rows(MIND_BODY.filter((e) => e.easier === null && e.harder !== null)))(
    'the mind-body chain from %s starts seated or lying',
    (_id, e) => {
      expect(e.positions.some((p) => p === 'seated' || p === 'lying')).toBe(true);
    },
  );
});

describe('activity and setting', () => {
  /** First matching id prefix wins: each family of ids belongs to one liked activity. */
  const FAMILIES: readonly [string, LikedActivity | null][] = [
    ['walk-', 'walking'],
    ['bike-', 'cycling'],
    ['cycle-', 'cycling'],
    ['swim-', 'swimming'],
    ['water-', 'water_exercise'],
    ['chair-', null],
    ['breathing-', 'breathing'],
    ['pool-', 'breathing'],
    ['relax-', 'breathing'],
    ['yoga-', 'yoga'],
    ['tai-chi-', 'tai_chi'],
    ['pilates-', 'pilates'],
  ];

  it.each(rows(OURS))('%s has the activity of its id family', (id, e) => {
    const family = FAMILIES.find(([prefix]) => id.startsWith(prefix));
    expect(family, `no id family for ${id}`).toBeDefined();
    expect(e.activity).toBe(family?.[1]);
  });

  it.each(rows(OURS))('%s is in a pool exactly when it needs one', (_id, e) => {
    expect(e.positions.includes('aquatic')).toBe(e.equipment.includes('pool'));
    if (e.positions.includes('aquatic')) expect(e.positions).toEqual(['aquatic']);
  });

  it('gives a wheelchair user seated or lying choices in every mind-body practice', () => {
    const sitOrLie = MIND_BODY.filter((e) =>
      e.positions.some((p) => p === 'seated' || p === 'lying'),
    );
    expect(sitOrLie.length).toBeGreaterThanOrEqual(4);
    for (const activity of ['breathing', 'yoga', 'tai_chi', 'pilates'] as const) {
      expect(sitOrLie.some((e) => e.activity === activity && e.positions.includes('seated'))).toBe(
        true,
      );
    }
  });

  it('gives a wheelchair user seated aerobic work at every level', () => {
    const levels = AEROBIC.filter((e) => e.positions.includes('seated')).map((e) => e.level);
    expect(new Set(levels)).toEqual(new Set([1, 2, 3]));
  });
});

describe('doses', () => {
  it.each(rows(AEROBIC))('%s is an easy number of minutes', (_id, e) => {
    expect(e.dose.minutes).toBeGreaterThanOrEqual(3);
    expect(e.dose.minutes).toBeLessThanOrEqual(30);
    if (e.level === 1) expect(e.dose.minutes).toBeLessThanOrEqual(5);
  });

  it.each(rows(MIND_BODY))('%s is 5-30 minutes, or 1-2 sets of 8-12 reps', (_id, e) => {
    if (e.dose.minutes === undefined) {
      expect(e.dose.sets).toBeGreaterThanOrEqual(1);
      expect(e.dose.sets).toBeLessThanOrEqual(2);
      expect(e.dose.reps).toBeGreaterThanOrEqual(8);
      expect(e.dose.reps).toBeLessThanOrEqual(12);
    } else {
      const max = e.activity === 'breathing' ? 10 : 30;
      expect(e.dose.minutes).toBeGreaterThanOrEqual(5);
      expect(e.dose.minutes).toBeLessThanOrEqual(max);
    }
  });
});

describe('cautions', () => {
  it.each<[string, Condition]>([
    ['yoga-chair-cat-cow', 'osteoporosis'],
    ['yoga-chair-sun-salute', 'osteoporosis'],
    ['yoga-cat-cow', 'osteoporosis'],
    ['yoga-childs-pose', 'osteoporosis'],
    ['yoga-childs-pose', 'knee_osteoarthritis'],
    ['yoga-floor-flow', 'osteoporosis'],
    ['yoga-floor-flow', 'knee_osteoarthritis'],
    ['pilates-pelvic-curl', 'osteoporosis'],
    ['cycle-flat-short', 'osteoporosis'],
  ])('%s is avoided with %s', (id, condition) => {
    expect(find(id).avoidWith).toContain(condition);
  });

  it.each(rows(OURS))('%s explains its cautions, and only then', (_id, e) => {
    expect(e.cautionNote === null).toBe(e.avoidWith.length === 0);
  });
});

describe('every entry', () => {
  const angles = (pose: Pose) =>
    Object.entries(pose).filter((entry): entry is [string, number] => typeof entry[1] === 'number');

  it.each(rows(OURS))('%s has 3-7 steps, stop signs and a sensible illustration', (id, e) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
    expect(e.steps.length).toBeGreaterThanOrEqual(3);
    expect(e.steps.length).toBeLessThanOrEqual(7);
    expect(e.stopIf).toContain('Sharp, shooting or spreading pain: stop and rest.');
    if (e.pillar === 'aerobic') expect(e.stopIf).toMatch(/chest pain.*breathlessness.*dizziness/iu);
    for (const pose of [e.illustration.start, e.illustration.end]) {
      for (const [, angle] of angles(pose)) expect(Math.abs(angle)).toBeLessThanOrEqual(180);
    }
    expect(e.illustration.alt).toMatch(/^A person .+\.$/u);
  });

  it.each(
    rows(MIND_BODY.filter((e) => e.activity === 'breathing' && e.id.startsWith('breathing-'))),
  )('%s shows the breath in its pictures', (_id, e) => {
    expect(e.illustration.start.cue).toBe('breath_in');
    expect(e.illustration.end.cue).toMatch(/^(breath_out|hold)$/u);
  });

  it('uses every id and name once', () => {
    expect(new Set(OURS.map((e) => e.id)).size).toBe(OURS.length);
    expect(new Set(OURS.map((e) => e.name)).size).toBe(OURS.length);
  });
});
