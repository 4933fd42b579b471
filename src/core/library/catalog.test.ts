// Covers the whole built-in library: per-exercise schema (ids, names, text, levels, cautions, closed value sets, poses), pillar doses, easier/harder chains (reciprocal, acyclic, same pillar, levels rising), distinct text, coverage per pain area × position × pillar, pillar sizes, and filterExercises (pillar, position, region, equipment, level, conditions, q).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONDITIONS, EQUIPMENT, LIKED_ACTIVITIES, PAIN_AREAS, type PainArea } from '../profile.js';
import {
  BUILTIN_EXERCISES,
  filterExercises,
  indexExercises,
  type ExerciseFilter,
} from './catalog.js';
import { PILLARS, POSITIONS, type Exercise, type Pillar } from './exercise.js';
import { POSE_PROPS, type Pose } from './pose.js';

const library = BUILTIN_EXERCISES;
const byId = indexExercises(library);
const rows = library.map((e) => [e.id, e] as const);
const inPillar = (pillar: Pillar): Exercise[] => library.filter((e) => e.pillar === pillar);
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const ANGLES = [
  'torso',
  'head',
  'upperArmL',
  'forearmL',
  'upperArmR',
  'forearmR',
  'thighL',
  'shinL',
  'thighR',
  'shinR',
] as const;

/** Walks `harder` links from an exercise; the ids visited, easiest first. */
function chainFrom(start: Exercise): string[] {
  const ids = [start.id];
  let next = start.harder;
  while (next !== null && ids.length <= library.length) {
    ids.push(next);
    next = byId.get(next)?.harder ?? null;
  }
  return ids;
}

function expectValidPose(pose: Pose): void {
  expect(['side', 'front']).toContain(pose.view);
  for (const key of ANGLES) {
    const angle = pose[key];
    if (angle !== undefined) {
      expect(Number.isFinite(angle), key).toBe(true);
      expect(Math.abs(angle), key).toBeLessThanOrEqual(360);
    }
  }
  for (const prop of pose.props ?? []) expect(POSE_PROPS).toContain(prop);
}

describe('every built-in exercise', () => {
  it('has a unique kebab-case id and a unique name', () => {
    const ids = library.map((e) => e.id);
    const names = library.map((e) => e.name.toLowerCase());
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it.each(rows)('%s fills every field', (_id, e) => {
    for (const text of [e.name, e.purpose, e.breathing, e.feel, e.stopIf, e.illustration.alt]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
    expect(e.steps.length).toBeGreaterThanOrEqual(3);
    expect(e.steps.length).toBeLessThanOrEqual(7);
    for (const step of e.steps) expect(step.trim().length).toBeGreaterThan(0);
    expect([1, 2, 3]).toContain(e.level);
    expect(PILLARS).toContain(e.pillar);
    expect(e.positions.length).toBeGreaterThan(0);
    expect(e.regions.length).toBeGreaterThan(0);
    for (const p of e.positions) expect(POSITIONS).toContain(p);
    for (const r of e.regions) expect(PAIN_AREAS).toContain(r);
    for (const q of e.equipment) expect(EQUIPMENT).toContain(q);
    for (const c of e.avoidWith) expect(CONDITIONS).toContain(c);
    if (e.activity !== null) expect(LIKED_ACTIVITIES).toContain(e.activity);
    expect(new Set(e.positions).size).toBe(e.positions.length);
    expect(new Set(e.regions).size).toBe(e.regions.length);
  });

  it.each(rows)('%s has a caution note exactly when it lists conditions to avoid', (_id, e) => {
    if (e.avoidWith.length > 0) expect(e.cautionNote?.trim().length ?? 0).toBeGreaterThan(0);
    else expect(e.cautionNote).toBeNull();
  });

  it.each(rows)('%s has a start and an end pose the renderer can draw', (_id, e) => {
    expectValidPose(e.illustration.start);
    expectValidPose(e.illustration.end);
  });
});

describe('doses by pillar (CLINICAL.md §2)', () => {
  it.each(inPillar('stretching').map((e) => [e.id, e] as const))(
    'stretch %s holds 20-30 s, 2-4 times',
    (_id, e) => {
      expect(e.dose.holdSeconds).toBeGreaterThanOrEqual(20);
      expect(e.dose.holdSeconds).toBeLessThanOrEqual(30);
      expect(e.dose.reps).toBeGreaterThanOrEqual(2);
      expect(e.dose.reps).toBeLessThanOrEqual(4);
    },
  );

  it.each(inPillar('strengthening').map((e) => [e.id, e] as const))(
    'strength %s is 1-2 sets of 10-15 reps, with 5-10 s holds when it does not move',
    (_id, e) => {
      expect(e.dose.sets).toBeGreaterThanOrEqual(1);
      expect(e.dose.sets).toBeLessThanOrEqual(2);
      expect(e.dose.reps).toBeGreaterThanOrEqual(10);
      expect(e.dose.reps).toBeLessThanOrEqual(15);
      if (e.dose.holdSeconds !== undefined) {
        expect(e.dose.holdSeconds).toBeGreaterThanOrEqual(5);
        expect(e.dose.holdSeconds).toBeLessThanOrEqual(10);
      }
    },
  );

  it.each(inPillar('aerobic').map((e) => [e.id, e] as const))(
    'aerobic %s has minutes',
    (_id, e) => {
      expect(e.dose.minutes).toBeGreaterThan(0);
    },
  );

  it.each(inPillar('mind_body').map((e) => [e.id, e] as const))(
    'mind-body %s has minutes or reps',
    (_id, e) => {
      expect((e.dose.minutes ?? 0) > 0 || (e.dose.reps ?? 0) > 0).toBe(true);
    },
  );

  it('stretching and strengthening tell the person to stop on sharp, shooting or spreading pain', () => {
    const missing = [...inPillar('stretching'), ...inPillar('strengthening')].filter(
      (e) => !/sharp, shooting or spreading pain/iu.test(e.stopIf),
    );
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('stretching and strengthening belong to no liked activity', () => {
    const tagged = [...inPillar('stretching'), ...inPillar('strengthening')].filter(
      (e) => e.activity !== null,
    );
    expect(tagged.map((e) => e.id)).toEqual([]);
  });

  it('strength steps or breathing say to move slowly, over two or three seconds', () => {
    const moving = inPillar('strengthening').filter((e) => e.dose.holdSeconds === undefined);
    const unpaced = moving.filter(
      (e) =>
        !/two or three|count of (two|three)|three seconds|two seconds/iu.test(
          [...e.steps, e.breathing].join(' '),
        ),
    );
    expect(unpaced.map((e) => e.id)).toEqual([]);
  });
});

describe('easier/harder chains', () => {
  it.each(rows)('%s links only to existing exercises of its own pillar, both ways', (_id, e) => {
    if (e.harder !== null) {
      const harder = byId.get(e.harder);
      expect(harder, `${e.id}.harder → ${e.harder}`).toBeDefined();
      expect(harder?.easier).toBe(e.id);
      expect(harder?.pillar).toBe(e.pillar);
    }
    if (e.easier !== null) {
      const easier = byId.get(e.easier);
      expect(easier, `${e.id}.easier → ${e.easier}`).toBeDefined();
      expect(easier?.harder).toBe(e.id);
      expect(easier?.pillar).toBe(e.pillar);
    }
    expect(e.harder).not.toBe(e.id);
    expect(e.easier).not.toBe(e.id);
  });

  it('has no cycles and levels never drop on the way up a chain', () => {
    for (const e of library) {
      const ids = chainFrom(e);
      expect(new Set(ids).size, `cycle from ${e.id}: ${ids.join(' → ')}`).toBe(ids.length);
      const levels = ids.map((id) => byId.get(id)?.level ?? 0);
      expect(levels, ids.join(' → ')).toEqual([...levels].sort((a, b) => a - b));
    }
  });

  it('starts every strengthening chain seated or lying', () => {
    const starts = inPillar('strengthening').filter((e) => e.easier === null && e.harder !== null);
    expect(starts.length).toBeGreaterThanOrEqual(5);
    const standingStarts = starts.filter(
      (e) => !e.positions.some((p) => p === 'seated' || p === 'lying'),
    );
    expect(standingStarts.map((e) => e.id)).toEqual([]);
  });
});

describe('distinct text', () => {
  it('never repeats a whole list of steps', () => {
    const keys = library.map((e) => JSON.stringify(e.steps.map((s) => s.trim().toLowerCase())));
    expect(library.filter((_e, i) => keys.indexOf(keys[i] ?? '') !== i).map((e) => e.id)).toEqual(
      [],
    );
  });

  it('uses any one step sentence in at most two exercises', () => {
    const users = new Map<string, Set<string>>();
    for (const e of library) {
      for (const step of e.steps) {
        const key = step.trim().toLowerCase();
        users.set(key, (users.get(key) ?? new Set()).add(e.id));
      }
    }
    const overused = [...users]
      .filter(([, ids]) => ids.size > 2)
      .map(([step, ids]) => `${step} (${[...ids].join(', ')})`);
    expect(overused).toEqual([]);
  });
});

describe('coverage per pain area', () => {
  const cases = (['stretching', 'strengthening'] as const).flatMap((pillar) =>
    PAIN_AREAS.map((area) => [pillar, area] as const),
  );
  const serves = (e: Exercise, area: PainArea): boolean => e.regions.includes(area);

  it.each(cases)('%s for %s: at least 2 seated or lying and 2 standing', (pillar, area) => {
    const forArea = inPillar(pillar).filter((e) => serves(e, area));
    const sittingOrLying = forArea.filter(
      (e) => e.positions.includes('seated') || e.positions.includes('lying'),
    );
    const standing = forArea.filter((e) => e.positions.includes('standing'));
    expect(sittingOrLying.length).toBeGreaterThanOrEqual(2);
    expect(standing.length).toBeGreaterThanOrEqual(2);
  });

  it.each(cases)('%s for %s: at least 1 with body weight only', (pillar, area) => {
    expect(inPillar(pillar).some((e) => serves(e, area) && e.equipment.length === 0)).toBe(true);
  });
});

describe('library size', () => {
  it.each([['stretching'], ['strengthening']] as const)(
    'has at least 26 %s exercises',
    (pillar) => {
      expect(inPillar(pillar).length).toBeGreaterThanOrEqual(26);
    },
  );

  // aerobic and mind_body are written in parallel: until those files are filled, this fails for them.
  it.each(PILLARS.map((p) => [p]))(
    'has at least 20 %s exercises (all four pillars filled)',
    (pillar) => {
      expect(inPillar(pillar).length).toBeGreaterThanOrEqual(20);
    },
  );

  it('offers band and light-weight strengthening', () => {
    const strength = inPillar('strengthening');
    expect(
      strength.filter((e) => e.equipment.includes('resistance_band')).length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      strength.filter((e) => e.equipment.includes('light_weights')).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('indexes every exercise by id', () => {
    expect(byId.size).toBe(library.length);
    for (const e of library) expect(byId.get(e.id)).toBe(e);
  });
});

describe('filterExercises', () => {
  const matches = (e: Exercise, f: ExerciseFilter): boolean =>
    (f.pillar === undefined || e.pillar === f.pillar) &&
    (f.position === undefined || e.positions.includes(f.position)) &&
    (f.region === undefined || e.regions.includes(f.region)) &&
    (f.level === undefined || e.level === f.level) &&
    (f.equipment === undefined || e.equipment.every((q) => f.equipment?.includes(q))) &&
    (f.conditions === undefined || e.avoidWith.every((c) => !f.conditions?.includes(c)));

  it.each<[string, ExerciseFilter]>([
    ['seated, body weight only, knee', { position: 'seated', equipment: [], region: 'knee' }],
    [
      'lying stretches for the low back',
      { pillar: 'stretching', position: 'lying', region: 'lower_back' },
    ],
    [
      'standing strength with a band or a chair',
      { pillar: 'strengthening', position: 'standing', equipment: ['resistance_band', 'chair'] },
    ],
    ['level-1 neck work', { region: 'neck', level: 1 }],
    ['osteoporosis-safe upper back', { region: 'upper_back', conditions: ['osteoporosis'] }],
  ])('%s returns exactly the matching items, in library order', (_name, filter) => {
    const found = filterExercises(library, filter);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(library.filter((e) => matches(e, filter)));
  });

  it('keeps only body-weight exercises for someone with no equipment', () => {
    const found = filterExercises(library, { equipment: [] });
    expect(found.every((e) => e.equipment.length === 0)).toBe(true);
    expect(found.some((e) => e.id === 'wall-push-up')).toBe(false);
  });

  it('leaves out exercises a condition rules out', () => {
    const unsafe = library.filter((e) => e.avoidWith.includes('osteoporosis'));
    expect(unsafe.length).toBeGreaterThan(0);
    const found = filterExercises(library, { conditions: ['osteoporosis', 'neck_pain'] });
    expect(
      found.some((e) => e.avoidWith.includes('osteoporosis') || e.avoidWith.includes('neck_pain')),
    ).toBe(false);
    expect(found.length).toBe(
      library.filter((e) => matches(e, { conditions: ['osteoporosis', 'neck_pain'] })).length,
    );
  });

  it.each([
    ['a word only in the steps', 'handrail', 'bottom-stair-step-up'],
    ['words in any case and order', 'KNEE straightening', 'seated-knee-straightening'],
    ['a word in the purpose', 'wheelchair', 'chair-push-up'],
  ])('q finds %s', (_name, q, id) => {
    expect(filterExercises(library, { q }).map((e) => e.id)).toContain(id);
  });

  it('q needs every word and ignores extra spaces', () => {
    expect(filterExercises(library, { q: '  wall   push-up ' }).map((e) => e.id)).toContain(
      'wall-push-up',
    );
    expect(filterExercises(library, { q: 'wall zzzunlikelyword' })).toEqual([]);
  });

  it('returns a subset in library order that matches every filter (property)', () => {
    const filterArb = fc.record(
      {
        pillar: fc.constantFrom(...PILLARS),
        position: fc.constantFrom(...POSITIONS),
        region: fc.constantFrom(...PAIN_AREAS),
        equipment: fc.subarray([...EQUIPMENT]),
        level: fc.constantFrom(1 as const, 2 as const, 3 as const),
        conditions: fc.subarray([...CONDITIONS]),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filterArb, (filter) => {
        const found = filterExercises(library, filter);
        const positions = found.map((e) => library.indexOf(e));
        return (
          positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? -1))) &&
          found.length === library.filter((e) => matches(e, filter)).length
        );
      }),
    );
  });
});
