/**
 * For the planner's tests: the people of PRODUCT.md as profiles, fast-check arbitraries for
 * valid profiles and pacing views, and a maker of small synthetic exercises.
 */
import fc from 'fast-check';
import type { Exercise, Pillar } from '../library/exercise.js';
import { BUILTIN_EXERCISES, indexExercises } from '../library/catalog.js';
import { activityKeyOf, type PacingView, type QuotaView } from '../pacing/activity.js';
import {
  CONDITIONS,
  EQUIPMENT,
  LIKED_ACTIVITIES,
  LIMBS,
  MOBILITY_LEVELS,
  PAIN_AREAS,
  TIMES_OF_DAY,
  type Profile,
} from '../profile.js';
import { SAFETY_QUESTION_IDS, type SafetyAnswers } from '../safety.js';
import { buildWeeklyPlan } from './index.js';
import type { PlanItem, PlannerInput, WeekPlan } from './plan.js';

/** Every safety question answered "no". */
export const ALL_NO: SafetyAnswers = Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false]));

/** A new person with no pacing history yet. */
export const NEW_PACING: PacingView = { mode: 'normal', quotas: [] };

/** A Monday. */
export const WEEK = '2025-03-03';

/** The people of PRODUCT.md ("Who uses it"), plus Rosa, whose osteoporosis rules exercises out. */
export const PERSONAS = {
  maya: {
    painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
    minutesPerDay: 15, daysPerWeek: 5, preferredTimes: ['morning'], equipment: ['chair', 'mat'],
    likes: ['walking', 'yoga'], painToday: 4, safety: ALL_NO, age: 44,
    goals: [{ activity: 'Gardening', score: 3 }],
  },
  walter: {
    painAreas: ['knee'], conditions: ['knee_osteoarthritis'], mobility: 'walks_with_aid', floorTransfers: false,
    minutesPerDay: 30, daysPerWeek: 5, preferredTimes: ['morning', 'midday'], equipment: ['chair', 'wall', 'pool'],
    likes: ['walking', 'water_exercise'], painToday: 5, safety: ALL_NO, age: 71,
  },
  priya: {
    painAreas: ['widespread', 'neck'], conditions: ['fibromyalgia'], mobility: 'walks_unaided', floorTransfers: true,
    minutesPerDay: 20, daysPerWeek: 4, preferredTimes: ['evening'], equipment: ['mat', 'resistance_band'],
    likes: ['walking', 'tai_chi', 'breathing'], painToday: 6, safety: ALL_NO, age: 33,
  },
  dan: {
    painAreas: ['lower_back', 'shoulder'], conditions: ['neuropathic_pain'], mobility: 'wheelchair', floorTransfers: false,
    minutesPerDay: 20, daysPerWeek: 6, preferredTimes: ['morning', 'evening'], equipment: ['resistance_band', 'light_weights'],
    likes: ['breathing', 'cycling'], painToday: 5, safety: ALL_NO, age: 52, bedTransfers: false, limbsUsed: ['arms'],
  },
  rosa: {
    painAreas: ['upper_back', 'hip'], conditions: ['osteoporosis', 'hip_osteoarthritis'], mobility: 'walks_unaided',
    floorTransfers: true, minutesPerDay: 25, daysPerWeek: 3, preferredTimes: [], equipment: ['mat', 'chair', 'bicycle'],
    likes: ['yoga', 'cycling'], painToday: 3, safety: ALL_NO, age: 68,
  },
} satisfies Record<string, Profile>;

/** The personas as `[name, profile]` rows for `it.each`. */
export const PERSONA_ROWS = Object.entries(PERSONAS) as [string, Profile][];

const safetyAnswers = fc
  .tuple(
    fc.constantFrom(...SAFETY_QUESTION_IDS),
    fc.constantFrom('none', 'one', 'one', 'none', 'none', 'none'),
    fc.boolean(),
  )
  .map(([id, how, cleared]): SafetyAnswers => (how === 'none' ? ALL_NO : { ...ALL_NO, [id]: true, cleared_by_clinician: cleared }));

/** Any profile the contract accepts; safety screens are mostly clear, as at a real intake. */
export const arbitraryProfile: fc.Arbitrary<Profile> = fc.record(
  {
    painAreas: fc.subarray([...PAIN_AREAS]),
    conditions: fc.subarray([...CONDITIONS]),
    mobility: fc.constantFrom(...MOBILITY_LEVELS),
    floorTransfers: fc.boolean(),
    minutesPerDay: fc.integer({ min: 5, max: 90 }),
    daysPerWeek: fc.integer({ min: 1, max: 7 }),
    preferredTimes: fc.subarray([...TIMES_OF_DAY]),
    equipment: fc.subarray([...EQUIPMENT]),
    likes: fc.subarray([...LIKED_ACTIVITIES]),
    painToday: fc.integer({ min: 0, max: 10 }),
    safety: safetyAnswers,
    age: fc.integer({ min: 18, max: 110 }),
    bedTransfers: fc.boolean(),
    limbsUsed: fc.subarray([...LIMBS]),
  },
  { requiredKeys: ['painAreas', 'conditions', 'mobility', 'floorTransfers', 'minutesPerDay', 'daysPerWeek', 'preferredTimes', 'equipment', 'likes', 'painToday', 'safety'] },
);

const byId = indexExercises(BUILTIN_EXERCISES);
const aerobicKeys = [...new Set(BUILTIN_EXERCISES.filter((e) => e.pillar === 'aerobic').map((e) => activityKeyOf(e, byId) ?? 'aerobic:other'))];
const strengthExercises = BUILTIN_EXERCISES.filter((e) => e.pillar === 'strengthening');

const aerobicQuota: fc.Arbitrary<QuotaView> = fc
  .record({ key: fc.constantFrom(...aerobicKeys), value: fc.integer({ min: 2, max: 40 }) })
  .map(({ key, value }) => ({ activity: key, unit: 'minutes', value }));

const strengthQuota: fc.Arbitrary<QuotaView> = fc
  .record({ exercise: fc.constantFrom(...strengthExercises), reps: fc.integer({ min: 3, max: 15 }), sets: fc.integer({ min: 1, max: 2 }) })
  .map(({ exercise, reps, sets }) => ({
    activity: activityKeyOf(exercise, byId) ?? 'session',
    unit: 'reps',
    value: reps,
    sets,
    exerciseId: exercise.id,
  }));

/** Pacing as the pacing engine could hand it over: a mode and quotas for real activities. */
export const arbitraryPacing: fc.Arbitrary<PacingView> = fc.record({
  mode: fc.constantFrom('normal', 'normal', 'flare', 'rebuild'),
  quotas: fc.array(fc.oneof(aerobicQuota, strengthQuota), { maxLength: 6 }).map(dedupeQuotas),
});

function dedupeQuotas(quotas: QuotaView[]): QuotaView[] {
  const seen = new Set<string>();
  return quotas.filter((quota) => !seen.has(quota.activity) && seen.add(quota.activity));
}

/** A small synthetic exercise; only what the planner reads matters. */
export function makeExercise(fields: Partial<Exercise> & Pick<Exercise, 'id' | 'pillar'>): Exercise {
  const pose = { view: 'front' as const };
  return {
    name: fields.id, purpose: 'For tests.', positions: ['seated'], equipment: [], regions: [], level: 1,
    avoidWith: [], cautionNote: null, dose: {}, easier: null, harder: null, steps: ['Move.'], breathing: 'Breathe.',
    feel: 'Easy.', stopIf: 'Pain: stop.', activity: null, illustration: { start: pose, end: pose, alt: '' },
    ...fields,
  };
}

/** A small synthetic library with exact answers: chains, a pool activity, levels 1-3. */
export const SYNTHETIC: Exercise[] = [
  makeExercise({ id: 's-back', pillar: 'stretching', regions: ['lower_back'], dose: { holdSeconds: 20, reps: 3 } }),
  makeExercise({ id: 's-neck', pillar: 'stretching', regions: ['neck'], dose: { holdSeconds: 20, reps: 3 } }),
  makeExercise({ id: 's-knee', pillar: 'stretching', positions: ['standing'], regions: ['knee'], dose: { holdSeconds: 30, reps: 2 } }),
  makeExercise({ id: 's-hard', pillar: 'stretching', positions: ['standing'], regions: ['lower_back'], level: 2 }),
  makeExercise({ id: 's-water', pillar: 'stretching', positions: ['aquatic'], equipment: ['pool'], regions: ['shoulder'], dose: { holdSeconds: 20, reps: 2 } }),
  makeExercise({ id: 'walk-1', name: 'Walking laps at home', pillar: 'aerobic', positions: ['standing'], activity: 'walking', dose: { minutes: 5 }, harder: 'walk-2' }),
  makeExercise({ id: 'walk-2', pillar: 'aerobic', positions: ['standing'], activity: 'walking', level: 2, dose: { minutes: 10 }, easier: 'walk-1', harder: 'walk-3' }),
  makeExercise({ id: 'walk-3', pillar: 'aerobic', positions: ['standing'], activity: 'walking', level: 3, dose: { minutes: 15 }, easier: 'walk-2' }),
  makeExercise({ id: 'march-1', pillar: 'aerobic', positions: ['seated'], activity: 'walking', dose: { minutes: 5 } }),
  makeExercise({ id: 'swim-1', pillar: 'aerobic', positions: ['aquatic'], equipment: ['pool'], activity: 'swimming', dose: { minutes: 5 } }),
  makeExercise({ id: 'a1', pillar: 'strengthening', regions: ['knee'], dose: { sets: 1, reps: 10 }, harder: 'a2' }),
  makeExercise({ id: 'a2', pillar: 'strengthening', positions: ['standing'], regions: ['knee'], level: 2, easier: 'a1', harder: 'a3' }),
  makeExercise({ id: 'a3', pillar: 'strengthening', positions: ['standing'], equipment: ['light_weights'], regions: ['knee'], level: 3, easier: 'a2' }),
  makeExercise({ id: 'b1', pillar: 'strengthening', regions: ['shoulder'], dose: { sets: 1, reps: 10 } }),
  makeExercise({ id: 'breath-1', pillar: 'mind_body', activity: 'breathing', regions: ['widespread'], dose: { minutes: 5 } }),
  makeExercise({ id: 'yoga-1', pillar: 'mind_body', activity: 'yoga', dose: { minutes: 5 } }),
  makeExercise({ id: 'yoga-2', pillar: 'mind_body', positions: ['floor'], equipment: ['mat'], activity: 'yoga', level: 2, dose: { minutes: 5 } }),
];

/** A person with time to spare, for the synthetic library. */
export const SYNTHETIC_PERSON: Profile = {
  painAreas: ['lower_back'], conditions: [], mobility: 'walks_unaided', floorTransfers: true, minutesPerDay: 40,
  daysPerWeek: 7, preferredTimes: ['morning'], equipment: [], likes: ['walking'], painToday: 2, safety: ALL_NO, age: 50,
};

/** Changes to the synthetic person's input. */
export type Overrides = Omit<Partial<PlannerInput>, 'profile'> & { profile?: Partial<Profile> };

/** Builds a plan on the synthetic library; throws on a referral. */
export function build(overrides: Overrides = {}): WeekPlan {
  const plan = buildWeeklyPlan({
    exercises: SYNTHETIC, pacing: NEW_PACING, weekStart: WEEK, seed: 3, ...overrides,
    profile: { ...SYNTHETIC_PERSON, ...overrides.profile },
  });
  if (plan.status !== 'ok') throw new Error('expected a plan');
  return plan;
}

/** The items of a day, of one pillar or all. */
export const itemsOn = (plan: WeekPlan, day: number, pillar?: Pillar): PlanItem[] =>
  (plan.days[day - 1]?.sessions ?? []).flatMap((s) => s.items).filter((i) => !pillar || i.pillar === pillar);
/** The items of the week, of one pillar or all. */
export const allItems = (plan: WeekPlan, pillar?: Pillar) => plan.days.flatMap((d) => itemsOn(plan, d.day, pillar));
/** The reason codes of a plan. */
export const codes = (plan: WeekPlan) => plan.reasons.map((r) => r.code);
/** The days with strength. */
export const strengthDays = (plan: WeekPlan) => plan.days.filter((d) => itemsOn(plan, d.day, 'strengthening').length > 0).map((d) => d.day);
/** A pacing view. */
export const pacing = (quotas: QuotaView[], mode: PacingView['mode'] = 'normal'): PacingView => ({ mode, quotas });
/** A walking quota in minutes. */
export const walkingQuota = (value: number): QuotaView => ({ activity: 'aerobic:walking', unit: 'minutes', value });
