// Covers: who can do which exercise — positions (wheelchair: seated, lying only after a yes to
// moving to a bed; floor only with
// floor transfers; water only with a pool; one allowed position is enough), equipment (body
// weight always), conditions (avoidWith), limbs (no leg work without legs), CRPS (no stretch or
// strength work of the affected limb), and which conditions actually left something out.
import { describe, expect, it } from 'vitest';
import type { Exercise, Position } from '../library/exercise.js';
import type { Limb, PainArea, Profile } from '../profile.js';
import { eligibilityFor, findCrpsAreas, findRespectedConditions } from './eligibility.js';
import { ALL_NO, makeExercise } from './testing.js';

const base: Profile = {
  painAreas: [], conditions: [], mobility: 'walks_unaided', floorTransfers: true, minutesPerDay: 20, daysPerWeek: 3,
  preferredTimes: [], equipment: [], likes: [], painToday: 2, safety: ALL_NO,
};
const at = (...positions: Position[]) => makeExercise({ id: positions.join('+'), pillar: 'stretching', positions });

const limbs = (...used: Limb[]) => makeExercise({ id: `limbs-${used.join('+')}`, pillar: 'strengthening', limbs: used });
const crps = (pillar: Exercise['pillar'], regions: PainArea[], used: Limb[], gentleActive?: boolean) =>
  makeExercise({ id: `${pillar}-${regions.join('+')}`, pillar, regions, limbs: used, ...(gentleActive ? { gentleActive } : {}) });
const crpsFoot: Partial<Profile> = { conditions: ['crps'], painAreas: ['ankle_foot', 'lower_back'] };

describe('eligibilityFor', () => {
  it.each<[string, Exercise, Partial<Profile>, boolean]>([
    ['standing, walking person', at('standing'), {}, true],
    ['standing, wheelchair', at('standing'), { mobility: 'wheelchair' }, false],
    ['standing or seated, wheelchair', at('standing', 'seated'), { mobility: 'wheelchair' }, true],
    ['lying, wheelchair, can move to a bed', at('lying'), { mobility: 'wheelchair', bedTransfers: true }, true],
    ['lying, wheelchair, cannot move to a bed', at('lying'), { mobility: 'wheelchair', bedTransfers: false }, false],
    ['lying, wheelchair, bed not asked (a profile stored before)', at('lying'), { mobility: 'wheelchair' }, false],
    ['lying or seated, wheelchair, cannot move to a bed', at('lying', 'seated'), { mobility: 'wheelchair', bedTransfers: false }, true],
    ['lying, walking person who never answered the bed question', at('lying'), {}, true],
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
    ['leg work, wheelchair, uses arms only', limbs('legs'), { mobility: 'wheelchair', limbsUsed: ['arms'] }, false],
    ['leg work, wheelchair, limbs not asked (a profile stored before)', limbs('legs'), { mobility: 'wheelchair' }, false],
    ['leg work, wheelchair, uses legs', limbs('legs'), { mobility: 'wheelchair', limbsUsed: ['arms', 'legs'] }, true],
    ['arm and leg work, wheelchair, uses arms only', limbs('arms', 'legs'), { mobility: 'wheelchair', limbsUsed: ['arms'] }, false],
    ['arm work, wheelchair, limbs not asked', limbs('arms'), { mobility: 'wheelchair' }, true],
    ['arm work, wheelchair, uses legs only', limbs('arms'), { mobility: 'wheelchair', limbsUsed: ['legs'] }, false],
    ['trunk work, wheelchair, uses no limbs', limbs(), { mobility: 'wheelchair', limbsUsed: [] }, true],
    ['leg work, walking person', limbs('legs'), { limbsUsed: [] }, true],
    ['CRPS foot: a foot stretch', crps('stretching', ['ankle_foot'], ['legs']), crpsFoot, false],
    ['CRPS foot: a strength exercise that loads the leg', crps('strengthening', ['knee'], ['legs']), crpsFoot, false],
    ['CRPS foot: gentle active foot movement', crps('stretching', ['ankle_foot'], ['legs'], true), crpsFoot, true],
    ['CRPS foot: an arm strength exercise', crps('strengthening', ['shoulder'], ['arms']), crpsFoot, true],
    ['CRPS foot: a walk (graded exposure)', crps('aerobic', ['ankle_foot'], ['legs']), crpsFoot, true],
    ['CRPS hand: a wrist stretch', crps('stretching', ['wrist_hand'], ['arms']), { conditions: ['crps'], painAreas: ['wrist_hand'] }, false],
    ['a foot stretch, foot pain without CRPS', crps('stretching', ['ankle_foot'], ['legs']), { painAreas: ['ankle_foot'] }, true],
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

describe('findCrpsAreas', () => {
  it.each<[string, Partial<Profile>, PainArea[]]>([
    ['CRPS with a painful foot and back', crpsFoot, ['ankle_foot']],
    ['CRPS with pain all over only', { conditions: ['crps'], painAreas: ['widespread'] }, []],
    ['a painful foot without CRPS', { painAreas: ['ankle_foot'] }, []],
  ])('%s → %j', (_label, profile, expected) => {
    expect(findCrpsAreas({ ...base, ...profile })).toEqual(expected);
  });
});
