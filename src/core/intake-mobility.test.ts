// Covers the mobility step: a wheelchair user is asked about moving to a bed and the limbs they
// use instead of the floor; everyone else about the floor; the answers kept are the ones that
// apply; the limb choice and the profile's limbs convert both ways; a whole profile carries them.
import { describe, expect, it } from 'vitest';
import { completeProfile, withStepDefaults } from './intake.js';
import { LIMB_CHOICES, choiceOfLimbs, findMobilityProblems, limbsOfChoice, tidyMobilityAnswers } from './intake-mobility.js';
import type { Profile } from './profile.js';

describe('findMobilityProblems', () => {
  it.each<[string, Partial<Profile>, string[]]>([
    ['nothing yet', {}, ['mobility', 'floorTransfers']],
    ['a walker, floor unanswered', { mobility: 'walks_unaided' }, ['floorTransfers']],
    ['a walker who answered the floor question', { mobility: 'walks_unaided', floorTransfers: false }, []],
    ['a wheelchair user was asked about the floor: now about a bed and limbs', { mobility: 'wheelchair', floorTransfers: true }, ['bedTransfers', 'limbsUsed']],
    ['a wheelchair user who answered both', { mobility: 'wheelchair', bedTransfers: false, limbsUsed: [] }, []],
  ])('%s', (_label, answers, expected) => {
    expect(findMobilityProblems(answers)).toEqual(expected);
  });
});

describe('tidyMobilityAnswers', () => {
  it('a wheelchair user has no floor transfers, whatever was answered before', () => {
    expect(tidyMobilityAnswers({ mobility: 'wheelchair', floorTransfers: true })).toEqual({ mobility: 'wheelchair', floorTransfers: false });
  });

  it('someone who walks keeps no bed or limb answers from an earlier choice', () => {
    expect(tidyMobilityAnswers({ mobility: 'walks_unaided', floorTransfers: true, bedTransfers: false, limbsUsed: ['arms'] })).toEqual({
      mobility: 'walks_unaided',
      floorTransfers: true,
    });
  });
});

describe('limb choices', () => {
  it.each(LIMB_CHOICES)('%s converts to limbs and back', (choice) => {
    expect(choiceOfLimbs(limbsOfChoice(choice))).toBe(choice);
  });

  it('no answer is no choice', () => {
    expect(choiceOfLimbs(undefined)).toBeUndefined();
  });
});

describe('a whole profile', () => {
  const rest: Partial<Profile> = {
    painAreas: [], conditions: [], minutesPerDay: 20, daysPerWeek: 6, preferredTimes: [], equipment: [], likes: [],
    painToday: 5, safety: { bladder_bowel_change: false, saddle_numbness: false, both_legs_weakness: false, neck_dizziness_speech: false, chest_pain_rest: false, progressive_weakness: false, cancer_or_weight_loss: false, fever_unwell: false, recent_trauma: false, hand_clumsiness_gait: false, heart_condition: false, chest_pain_activity: false, dizzy_fainting: false, supervised_only: false },
  };

  it('Dan: wheelchair, no bed transfer, arms only', () => {
    const answers = withStepDefaults('mobility', { ...rest, mobility: 'wheelchair', bedTransfers: false, limbsUsed: ['arms'] });
    expect(completeProfile(answers)).toMatchObject({ mobility: 'wheelchair', floorTransfers: false, bedTransfers: false, limbsUsed: ['arms'] });
  });

  it('someone who walks has no wheelchair answers in their profile', () => {
    const profile = completeProfile({ ...rest, mobility: 'walks_unaided', floorTransfers: true, bedTransfers: false });
    expect(profile).not.toBeNull();
    expect(profile && 'bedTransfers' in profile).toBe(false);
  });
});
