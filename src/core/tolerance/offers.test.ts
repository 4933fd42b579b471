// Which tests are offered. Dimensions: where the activity comes from (the week, a pacing quota,
// both), whether it has a baseline, pacing's mode, and which exercise the log names (the gentlest
// planned one, else the library's gentlest).
import { describe, expect, it } from 'vitest';
import { offerOfKind, toleranceOffers, type OfferExercise, type OfferInput } from './offers.js';

const EXERCISES: OfferExercise[] = [
  { id: 'walk-outdoors-flat', pillar: 'aerobic', activity: 'walking', level: 2, positions: ['standing'] },
  { id: 'walk-home-laps', pillar: 'aerobic', activity: 'walking', level: 1, positions: ['standing'] },
  { id: 'bike-stationary-steady', pillar: 'aerobic', activity: 'cycling', level: 2, positions: ['seated'] },
  { id: 'cycle-flat-short', pillar: 'aerobic', activity: 'cycling', level: 1, positions: ['standing'] },
  { id: 'chair-arm-pedalling', pillar: 'aerobic', activity: null, level: 1, positions: ['seated'] },
  { id: 'chair-march', pillar: 'aerobic', activity: 'walking', level: 1, positions: ['seated'] },
  { id: 'cat-cow', pillar: 'stretching', activity: null, level: 1, positions: ['floor'] },
];
const input = (over: Partial<OfferInput>): OfferInput => ({
  mode: 'normal',
  awaitingClinician: false,
  quotas: [],
  plannedExerciseIds: [],
  exercises: EXERCISES,
  ...over,
});

describe('tolerance test offers', () => {
  it('offers each aerobic activity of the week, with the gentlest planned exercise', () => {
    const offers = toleranceOffers(
      input({ plannedExerciseIds: ['cat-cow', 'walk-outdoors-flat', 'bike-stationary-steady', 'walk-outdoors-flat'] }),
    );
    expect(offers).toEqual([
      { activity: 'aerobic:walking', kind: 'walking', label: null, exerciseId: 'walk-outdoors-flat', seated: false },
      { activity: 'aerobic:cycling', kind: 'cycling', label: null, exerciseId: 'bike-stationary-steady', seated: true },
    ]);
  });

  it('offers an activity pacing knows but the week does not, with the library’s gentlest exercise and pacing’s name', () => {
    const quotas = [{ activity: 'aerobic:cycling', label: 'Cycling' }];
    expect(toleranceOffers(input({ quotas }))).toEqual([
      { activity: 'aerobic:cycling', kind: 'cycling', label: 'Cycling', exerciseId: 'cycle-flat-short', seated: false },
    ]);
  });

  it('leaves out activities that already have a baseline, and quotas that are not aerobic', () => {
    const quotas = [
      { activity: 'aerobic:walking', label: 'Walking', baseline: 10 },
      { activity: 'session', label: 'Session time' },
      { activity: 'strength:wall-push-up', label: 'Wall push-up' },
    ];
    expect(toleranceOffers(input({ quotas, plannedExerciseIds: ['walk-home-laps'] }))).toEqual([]);
  });

  it('names aerobic work without a liked activity as pacing does, aerobic:other', () => {
    const [offer] = toleranceOffers(input({ plannedExerciseIds: ['chair-arm-pedalling'] }));
    expect(offer).toMatchObject({ activity: 'aerobic:other', kind: 'other' });
  });

  it.each(['flare', 'rebuild'] as const)('offers nothing in %s mode, where pacing would not take a test', (mode) => {
    expect(toleranceOffers(input({ mode, plannedExerciseIds: ['walk-home-laps'] }))).toEqual([]);
  });

  it('offers nothing while the plan waits for a clinician, even for a quota without a baseline', () => {
    const quotas = [{ activity: 'aerobic:walking', label: 'Walking' }];
    expect(toleranceOffers(input({ awaitingClinician: true, quotas }))).toEqual([]);
  });

  it('skips an activity with no exercise in the library', () => {
    const quotas = [{ activity: 'aerobic:swimming', label: 'Swimming' }];
    expect(toleranceOffers(input({ quotas }))).toEqual([]);
  });

  it('says when the walking a person does is seated (chair marching), so the words can fit it', () => {
    const [offer] = toleranceOffers(input({ plannedExerciseIds: ['chair-march'] }));
    expect(offer).toMatchObject({ activity: 'aerobic:walking', exerciseId: 'chair-march', seated: true });
  });

  it('finds an offer by its kind', () => {
    const offers = toleranceOffers(input({ plannedExerciseIds: ['walk-home-laps'] }));
    expect(offerOfKind(offers, 'walking')?.exerciseId).toBe('walk-home-laps');
    expect(offerOfKind(offers, 'cycling')).toBeNull();
  });
});
