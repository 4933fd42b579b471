// Covers "make it easier" (issue 15): which step a press takes (variant, seated or bed version,
// each dose field, a rest at the bottom), the floors, that every press changes something until
// the rest, a seated or bed version found in the library, and the player carrying on mid-step
// with what was done, saying what changed, and logging the choice — never into the next item.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES as EXERCISE_LIBRARY } from '../library/catalog.js';
import { classifyDose } from './dose.js';
import { EASE_FLOORS, decideEasier, findGentlerVersion, stepDoseDown } from './ease.js';
import { currentItem, reduceSession } from './player.js';
import { buildSessionLog } from './record.js';
import { EXERCISES, STRENGTH, STRETCH, WALK, at, play, started } from './session-player.fixtures.js';
import type { ItemDose } from './types.js';

describe('decideEasier', () => {
  const easier = EXERCISES.get('sit-to-stand-hands')!;
  const gentler = EXERCISES.get('breathing-belly')!;
  it.each<[string, ItemDose, Parameters<typeof decideEasier>[2], string]>([
    ['an easier variant first', { sets: 2, reps: 8 }, { easier, gentler }, 'variant'],
    ['a seated or bed version next', { sets: 2, reps: 8 }, { gentler }, 'position'],
    ['then the dose', { sets: 2, reps: 8 }, {}, 'dose'],
    ['a rest at the bottom', { sets: 1, reps: 3 }, {}, 'rest'],
  ])('%s', (_, dose, options, kind) => {
    expect(decideEasier('sit-to-stand', dose, options).kind).toBe(kind);
  });

  it('never "swaps" to the exercise being done', () => {
    expect(decideEasier(easier.id, { sets: 1, reps: 8 }, { easier }).kind).toBe('dose');
  });
});

describe('stepDoseDown', () => {
  it.each<[string, ItemDose, { field: string; from: number; to: number } | null]>([
    ['a 30 s hold by 10 s', { holdSeconds: 30, reps: 3 }, { field: 'holdSeconds', from: 30, to: 20 }],
    ['a 15 s hold to the 10 s floor', { holdSeconds: 15, reps: 3 }, { field: 'holdSeconds', from: 15, to: 10 }],
    ['at 10 s, one hold fewer', { holdSeconds: 10, reps: 3 }, { field: 'holds', from: 3, to: 2 }],
    ['a hold already under the floor: fewer holds', { holdSeconds: 5, reps: 2 }, { field: 'holds', from: 2, to: 1 }],
    ['one 10 s hold: nothing left to take', { holdSeconds: 10, reps: 1 }, null],
    ['one set fewer first', { sets: 3, reps: 10 }, { field: 'sets', from: 3, to: 2 }],
    ['then two reps fewer', { sets: 1, reps: 10 }, { field: 'reps', from: 10, to: 8 }],
    ['reps stop at 3', { sets: 1, reps: 4 }, { field: 'reps', from: 4, to: 3 }],
    ['3 reps: nothing left to take', { sets: 1, reps: 3 }, null],
    ['a third fewer minutes', { minutes: 10 }, { field: 'minutes', from: 10, to: 7 }],
    ['2 minutes to 1', { minutes: 2 }, { field: 'minutes', from: 2, to: 1 }],
    ['1 minute: nothing left to take', { minutes: 1 }, null],
  ])('%s', (_, dose, expected) => {
    const step = stepDoseDown(dose);
    if (expected === null) expect(step).toBeNull();
    else expect(step).toMatchObject(expected);
  });

  const doses = fc.oneof(
    fc.record({ holdSeconds: fc.integer({ min: 1, max: 90 }), reps: fc.integer({ min: 1, max: 6 }) }),
    fc.record({ sets: fc.integer({ min: 1, max: 4 }), reps: fc.integer({ min: 1, max: 20 }) }),
    fc.record({ minutes: fc.integer({ min: 1, max: 60 }) }),
  );

  it('every press lowers one field, never below its floor, and reaches the rest in a few presses', () => {
    fc.assert(
      fc.property(doses, (start) => {
        let dose: ItemDose = start;
        for (let press = 0; press < 40; press += 1) {
          const step = stepDoseDown(dose);
          if (step === null) return;
          expect(step.to).toBeLessThan(step.from);
          const floor = EASE_FLOORS[step.field];
          expect(step.to).toBeGreaterThanOrEqual(Math.min(floor, step.from));
          expect(classifyDose(step.dose)).toBe(classifyDose(dose));
          dose = step.dose;
        }
        throw new Error(`no rest after 40 presses from ${JSON.stringify(start)}`);
      }),
    );
  });
});

describe('findGentlerVersion', () => {
  const byId = new Map(EXERCISE_LIBRARY.map((e) => [e.id, e]));
  const standing = EXERCISE_LIBRARY.filter((e) => e.positions.includes('standing') && !e.positions.includes('seated'));

  it('finds a seated or bed version of the same pillar and region, no harder, for someone who sits', () => {
    const found = standing.map((e) => [e, findGentlerVersion(e, EXERCISE_LIBRARY, ['seated', 'lying'])] as const);
    const some = found.filter(([, g]) => g !== undefined);
    expect(some.length).toBeGreaterThan(0);
    for (const [from, to] of some) {
      expect(to!.pillar).toBe(from.pillar);
      expect(to!.positions.every((p) => p === 'seated' || p === 'lying')).toBe(true);
      expect(to!.level).toBeLessThanOrEqual(from.level);
      expect(to!.regions.some((r) => from.regions.includes(r))).toBe(true);
    }
  });

  it('offers none of a seated exercise, and none a person cannot take', () => {
    const seated = EXERCISE_LIBRARY.find((e) => e.positions.length === 1 && e.positions[0] === 'seated')!;
    expect(findGentlerVersion(seated, EXERCISE_LIBRARY, ['seated', 'lying'])).toBeUndefined();
    for (const e of standing) {
      const lying = findGentlerVersion(e, EXERCISE_LIBRARY, ['lying']);
      if (lying) expect(byId.get(lying.id)!.positions).toContain('lying');
    }
  });
});

describe('make it easier in the player', () => {
  it('shortens the hold under way, keeps its place, and says what changed', () => {
    const holding = play(started([STRETCH]), [
      { type: 'beginItem', nowMs: at(0) },
      { type: 'tick', nowMs: at(10) },
      { type: 'makeEasier', nowMs: at(11) },
    ]);
    expect(currentItem(holding)).toMatchObject({
      phase: 'playing',
      segment: 1,
      easier: true,
      dose: { holdSeconds: 20, reps: 2 },
      eased: { kind: 'dose', field: 'holdSeconds', from: 30, to: 20 },
    });
  });

  it('a hold already longer than the new one ends there and counts', () => {
    const held = play(started([STRETCH]), [
      { type: 'beginItem', nowMs: at(0) },
      { type: 'tick', nowMs: at(30) },
      { type: 'makeEasier', nowMs: at(30) },
    ]);
    const item = currentItem(held)!;
    expect(item.work.holds.first).toBe(1);
    expect(item.segment).toBe(2);
  });

  it('at the bottom offers a rest: the item ends as done easier and the next begins with no note', () => {
    let state = play(started([{ exerciseId: 'walk-outdoors', pillar: 'aerobic', minutes: 1 }, WALK]), [
      { type: 'beginItem', nowMs: at(0) },
      { type: 'tick', nowMs: at(20) },
      { type: 'makeEasier', nowMs: at(21) },
    ]);
    expect(state.items[0]).toMatchObject({ status: 'easier', rested: true, phase: 'feedback' });
    state = reduceSession(state, { type: 'nextItem', nowMs: at(22) });
    expect(state.current).toBe(1);
    expect(currentItem(state)).toMatchObject({ exerciseId: 'walk-outdoors', easier: false });
    expect(currentItem(state)?.eased ?? null).toBeNull();
  });

  it('logs the choice with what was planned, so the next week and pacing can keep it', () => {
    const state = play(started([STRENGTH]), [
      { type: 'beginItem', nowMs: at(0) },
      { type: 'makeEasier', nowMs: at(1) },
      { type: 'countRep', nowMs: at(2) },
      { type: 'end', why: 'left', nowMs: at(3) },
    ]);
    const item = buildSessionLog(state)!.items[0]!;
    expect(item).toMatchObject({
      exerciseId: 'sit-to-stand',
      status: 'easier',
      planned: { sets: 2, reps: 8 },
      eased: { sets: 1, reps: 8 },
    });
    expect(item.eased?.from).toBeUndefined();
  });
});
