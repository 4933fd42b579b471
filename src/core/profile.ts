/**
 * The Profile a person gives at intake (PRODUCT.md, "Profile"). Constants are the closed sets of
 * values the public contract accepts; the contract's zod schemas are built from them.
 */
import type { SafetyAnswers } from './safety.js';

export const PAIN_AREAS = [
  'neck',
  'shoulder',
  'upper_back',
  'lower_back',
  'hip',
  'knee',
  'ankle_foot',
  'wrist_hand',
  'elbow',
  'widespread',
] as const;
export type PainArea = (typeof PAIN_AREAS)[number];

export const CONDITIONS = [
  'chronic_low_back_pain',
  'neck_pain',
  'knee_osteoarthritis',
  'hip_osteoarthritis',
  'fibromyalgia',
  'neuropathic_pain',
  'crps',
  'osteoporosis',
  'other',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export const MOBILITY_LEVELS = ['walks_unaided', 'walks_with_aid', 'wheelchair'] as const;
export type Mobility = (typeof MOBILITY_LEVELS)[number];

/** The limbs a person moves and uses for exercise (asked of wheelchair users). */
export const LIMBS = ['arms', 'legs'] as const;
export type Limb = (typeof LIMBS)[number];

export const TIMES_OF_DAY = ['morning', 'midday', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export const EQUIPMENT = [
  'chair',
  'wall',
  'mat',
  'resistance_band',
  'light_weights',
  'stationary_bike',
  'bicycle',
  'pool',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const LIKED_ACTIVITIES = [
  'walking',
  'cycling',
  'swimming',
  'water_exercise',
  'yoga',
  'tai_chi',
  'pilates',
  'breathing',
] as const;
export type LikedActivity = (typeof LIKED_ACTIVITIES)[number];

export const LIMITS = {
  minutesPerDay: { min: 5, max: 90 },
  daysPerWeek: { min: 1, max: 7 },
  painScale: { min: 0, max: 10 },
  age: { min: 18, max: 110 },
  goals: { max: 3, activityMaxLength: 120 },
} as const;

/** One Patient-Specific Functional Scale item: an activity that matters and how well it goes now. */
export interface Goal {
  activity: string;
  score: number;
}

/** The intake answers that shape a person's plan. */
export interface Profile {
  painAreas: PainArea[];
  conditions: Condition[];
  mobility: Mobility;
  floorTransfers: boolean;
  minutesPerDay: number;
  daysPerWeek: number;
  preferredTimes: TimeOfDay[];
  equipment: Equipment[];
  likes: LikedActivity[];
  painToday: number;
  safety: SafetyAnswers;
  age?: number;
  goals?: Goal[];
  /** Wheelchair users: can move to a bed to lie down. Unanswered means no lying exercises. */
  bedTransfers?: boolean;
  /** Wheelchair users: the limbs they use. Unanswered means arms only (legs only when said). */
  limbsUsed?: Limb[];
}

/** True when the person can lie down for exercise: anyone who walks, a wheelchair user only after a yes. */
export function canLieDown(profile: Pick<Profile, 'mobility' | 'bedTransfers'>): boolean {
  return profile.mobility !== 'wheelchair' || profile.bedTransfers === true;
}

/** The limbs a person uses: both for anyone who walks; for a wheelchair user what they said, arms when unsaid. */
export function findUsableLimbs(profile: Pick<Profile, 'mobility' | 'limbsUsed'>): ReadonlySet<Limb> {
  if (profile.mobility !== 'wheelchair') return new Set(LIMBS);
  return new Set(profile.limbsUsed ?? ['arms']);
}

/** True when the person has CRPS: their sessions' stop signs add colour, swelling or temperature change (CLINICAL.md §1). */
export function hasCrps(profile: Pick<Profile, 'conditions'>): boolean {
  return profile.conditions.includes('crps');
}
