/**
 * The weekly Plan of PRODUCT.md ("Plan") and the input the planner takes. The public shape is
 * kept as written there; the optional extras (`weekStart`, a day's `date` and `kind`, an item's
 * `estimatedMinutes`) only add to it.
 */
import type { LocalDate } from '../calendar.js';
import type { Exercise, Pillar } from '../library/exercise.js';
import type { PacingView } from '../pacing/activity.js';
import type { Profile, TimeOfDay } from '../profile.js';
import type { PrescribedChange, Prescription } from '../prescription/types.js';
import type { StopSignFacts } from '../safety-review.js';
import type { ChosenEasier } from './chosen-easier.js';

/** When in the day a session happens. */
export type Slot = TimeOfDay;

/** Day 1 is Monday, day 7 is Sunday. */
export type DayNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const DAY_NUMBERS: readonly DayNumber[] = [1, 2, 3, 4, 5, 6, 7];

/** An active day, a rest day, or an active day turned into its gentle flare version. */
export type DayKind = 'active' | 'rest' | 'flare';

/** One exercise in a session, with its dose. Only the dose fields that apply are set. */
export interface PlanItem {
  exerciseId: string;
  pillar: Pillar;
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  /** The dose in minutes, for timed work (aerobic activity, most mind-body practice). */
  minutes?: number;
  /** True when the reps or holds are done on each side in turn (counted in the estimate). */
  perSide?: boolean;
  /** About how long the item takes, in half minutes: holds, reps, rests and setting up. */
  estimatedMinutes: number;
  /** The id of the clinician's adjustment that put it here or set its dose (issue 11). */
  prescribed?: string;
}

/** The exercises done together at one time of day. `minutes` is its items' estimates, rounded. */
export interface PlanSession {
  slot: Slot;
  minutes: number;
  items: PlanItem[];
}

/** One day of the week; rest days are listed too, with no sessions, so `days[d - 1].day === d`. */
export interface PlanDay {
  day: DayNumber;
  date: LocalDate;
  kind: DayKind;
  sessions: PlanSession[];
}

/** Minutes of the week per pillar, rounded. */
export type WeeklyMinutes = Record<Pillar, number>;

/** Every reason the planner can give; each has one sentence in messages.ts. */
export const REASON_CODES = [
  'refer_emergency',
  'refer_urgent',
  'clearance_needed',
  'flare_pain_today',
  'flare_mode',
  'flare_marked',
  'rebuild_mode',
  'active_days',
  'strength_days',
  'morning_stretch',
  'aerobic_liked',
  'aerobic_default',
  'pool_days',
  'aerobic_shortened',
  'mind_body_liked',
  'mind_body_default',
  'mind_body_days',
  'pain_areas',
  'four_pillars',
  'short_week',
  'starts_small',
  'older_adult_holds',
  'seated_or_lying',
  'no_floor',
  'conditions_respected',
  'crps_guidance',
  'seated_before_clearance',
  'pool_visit',
  'water_from_wheelchair',
  'level_one_start',
  'library_gap',
  'kept_easier',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Why the week looks as it does, in one plain sentence or two. */
export interface PlanReason {
  code: ReasonCode;
  message: string;
}

/** No plan: the safety screen asks for a clinician first. */
export interface ReferPlan {
  status: 'refer';
  reasons: PlanReason[];
  /** The clinician's adjustments and what became of each (absent when there are none). */
  prescription?: PrescribedChange[];
}

/** A week of movement. */
export interface WeekPlan {
  status: 'ok';
  weekStart: LocalDate;
  days: PlanDay[];
  weeklyMinutes: WeeklyMinutes;
  reasons: PlanReason[];
  /** The clinician's adjustments and what became of each this week (absent when there are none). */
  prescription?: PrescribedChange[];
}

/** The planner's answer (PRODUCT.md, "Plan"). */
export type Plan = ReferPlan | WeekPlan;

/**
 * What `buildWeeklyPlan` needs. `today` defaults to `weekStart`. A `safetyHold` (a stop sign in a
 * session since the safety screen was answered) is treated like `clearance_needed`.
 */
export interface PlannerInput extends StopSignFacts {
  profile: Profile;
  exercises: readonly Exercise[];
  pacing: PacingView;
  /** A Monday. */
  weekStart: LocalDate;
  /** Variety across weeks and people; mixed with `weekStart`. Defaults to 0. */
  seed?: number;
  today?: LocalDate;
  /** Days (1-7) to give in their flare version, e.g. marked by the person or their therapist. */
  flareDays?: readonly number[];
  /**
   * The last day before this week with strength in the plan (last week's last strength day):
   * when it is the Sunday before, Monday has no strength (48 hours between sessions).
   */
  lastStrengthDate?: LocalDate;
  /**
   * The clinician's adjustments in force (issue 11): inputs the week is built on, within the
   * planner's safety rules. `exercises` must hold every exercise they name (a clinician's own too).
   */
  prescription?: Prescription;
  /**
   * What the person made easier in the last week ("make it easier", issue 15): those exercises
   * come back at the dose or version they chose, for a week after the day they chose it.
   */
  chosenEasier?: readonly ChosenEasier[];
}
