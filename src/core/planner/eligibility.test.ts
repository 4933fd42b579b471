// Covers: who can do which exercise — positions (wheelchair: seated or lying; floor only with
// floor transfers; water only with a pool; one allowed position is enough), equipment (body
// weight always), conditions (avoidWith), and which conditions actually left something out.
import { describe, expect, it } from 'vitest';
import type { Exercise, Position } from '../library/exercise.js';
import type { Profile } from '../profile.js';
import { eligibilityFor, findRespectedConditions } from './eligibility.js';
import { ALL_NO, makeExercise } from './testing.js';

const base: Profile = {
  painAreas: [], conditions: [], mobility: 'walks_unaided', floorTransfers: true, minutesPerDay: 20, daysPerWeek: 3,
  preferredTimes: [], equipment: [], likes: [], painToday: 2, safety: ALL_NO,
};
const at = (...positions: Position[]) => makeExercise({ id: positions.join('+'), pillar: 'stretching', positions });

describe('eligibilityFor', () => {
  it.each<[string, Exercise, Partial<Profile>, boolean]>([
    ['standing, walking person', at('standing'), {}, true],
    ['standing, wheelchair', at('standing'), { mobility: 'wheelchair' }, false],
    ['standing or seated, wheelchair', at('standing', 'seated'), { mobility: 'wheelchair' }, true],
    ['lying, wheelchair', at('lying'), { mobility: 'wheelchair' }, true],
    ['floor, with floor transfers', at('floor'), {}, true],
    ['floor, without floor transfers', at('floor'), { floorTransfers: false }, false],
    ['floor, wheelchair with floor transfers', at('floor'), { mobility: 'wheelchair' }, false],
    ['floor or lying, without floor transfers', at('floor', 'lying'), { floorTransfers: false }, true],
    ['in water, no pool', at('aquatic'), {}, false],
    ['in water, a pool', at('aquatic'), { equipment: ['pool'] }, true],
    ['in water, a pool, wheelchair', at('aquatic'), { mobility: 'wheelchair', equipment: ['pool'] }, false],
    ['body weight, nothing at hand', makeExercise({ id: 'bw', pillar: 'strengthening' }), {}, true],
    ['a band, none at hand', makeExercise({ id: 'b', pillar: 'strengthening', equipment: ['resistance_band'] }), {}, false],
    ['a band and a chair, both at hand', makeExercise({ id: 'bc', pillar: 'strengthening', equipment: ['resistance_band', 'chair'] }), { equipment: ['chair', 'resistance_band'] }, true],
    ['a band and a chair, only the chair', makeExercise({ id: 'bc', pillar: 'strengthening', equipment: ['resistance_band', 'chair'] }), { equipment: ['chair'] }, false],
    ['unsuitable for osteoporosis, which they have', makeExercise({ id: 'o', pillar: 'stretching', avoidWith: ['osteoporosis'] }), { conditions: ['fibromyalgia', 'osteoporosis'] }, false],
    ['unsuitable for osteoporosis, which they do not have', makeExercise({ id: 'o', pillar: 'stretching', avoidWith: ['osteoporosis'] }), { conditions: ['fibromyalgia'] }, true],
  ])('%s → %s', (_label, exercise, profile, expected) => {
    expect(eligibilityFor({ ...base, ...profile })(exercise)).toBe(expected);
  });
});

describe('findRespectedConditions', () => {
  it('names only the conditions that left out something the person could otherwise do', () => {
    const library = [
      makeExercise({ id: 'twist', pillar: 'stretching', avoidWith: ['osteoporosis'] }),
      makeExercise({ id: 'floor', pillar: 'mind_body', positions: ['floor'], avoidWith: ['knee_osteoarthritis'] }),
    ];
    const profile = { ...base, floorTransfers: false, conditions: ['osteoporosis', 'knee_osteoarthritis', 'crps'] } satisfies Profile;
    expect(findRespectedConditions(library, profile)).toEqual(['osteoporosis']);
  });
});
