/**
 * A clinician's prescription for one person (issue 11): the bounds the therapist sets, given to
 * the planner and to pacing as inputs, never as edits of a stored plan. So every adjustment
 * survives every rebuild, a flare still halves within it, and the planner's safety rules still
 * hold. Each adjustment carries who set it, on which day, and why, so the person can read it.
 *
 * Plain JSON values: stored by the server, decoded once with the contract's schema.
 */
import type { LocalDate } from '../calendar.js';
import type { ActivityKey } from '../pacing/activity.js';
import type { DayNumber } from '../planner/plan.js';

/** A dose a clinician sets or caps; only the fields that apply are given. */
export interface PrescribedDose {
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  minutes?: number;
}

/**
 * The planner's rules an exercise can fail for a person (planner/eligibility.ts). Including an
 * exercise that fails any of them needs the clinician to confirm each one and write why.
 */
export const SUITABILITY_RULES = ['position', 'limbs', 'equipment', 'condition', 'crps_limb'] as const;
export type SuitabilityRule = (typeof SUITABILITY_RULES)[number];

/** The safety answers a clinician's go-ahead covers: a clearance answer, an urgent one, a stop sign. */
export const GO_AHEAD_COVERS = ['clearance', 'urgent', 'stop_sign'] as const;
export type GoAheadCover = (typeof GO_AHEAD_COVERS)[number];

/** The slowest and fastest weekly rise a clinician may set (pacing's own is 10 %). 0 holds. */
export const WEEKLY_RISE = { min: 0, max: 0.2, usual: 0.1 } as const;
/** The bounds a clinician may set for the week; the same as intake's. */
export const PRESCRIBED_WEEK = { minutesPerDay: { min: 5, max: 90 }, daysPerWeek: { min: 1, max: 7 } } as const;

/** Who set an adjustment and when: the name as it was then, so the line still reads later. */
export interface SetBy {
  clinicianId: string;
  name: string;
  /** The clinician's calendar day when it was set (the patient's time zone). */
  on: LocalDate;
  /** The instant, for ordering. */
  at: string;
}

/** Where an adjustment came from when a programme was assigned in one step. */
export interface FromProgramme {
  id: string;
  name: string;
}

interface AdjustmentBase {
  id: string;
  setBy: SetBy;
  /** The clinician's own words to the person; required when an include overrides a rule. */
  reason: string | null;
  programme?: FromProgramme;
}

/**
 * Add an exercise to the person's week on the chosen days, at the given dose (or its usual one).
 * `confirmedRules` lists the suitability rules the clinician confirmed overriding, with `reason`.
 */
export interface IncludeAdjustment extends AdjustmentBase {
  kind: 'include';
  exerciseId: string;
  days: DayNumber[];
  dose?: PrescribedDose;
  confirmedRules: SuitabilityRule[];
}

/** Keep an exercise out of the person's week (every variant the planner would choose on its own). */
export interface ExcludeAdjustment extends AdjustmentBase {
  kind: 'exclude';
  exerciseId: string;
}

/**
 * Set or cap the dose of an exercise. `set` fixes a stretch or practice's dose and starts a paced
 * one's quota there (pacing moves it on from that day); `cap` is the most the plan and pacing
 * ever give it. A flare still halves, within the cap.
 */
export interface DoseAdjustment extends AdjustmentBase {
  kind: 'dose';
  exerciseId: string;
  mode: 'set' | 'cap';
  dose: PrescribedDose;
}

/** Set a pacing quota from the day it is set (e.g. the `session` day quota, in minutes). */
export interface QuotaAdjustment extends AdjustmentBase {
  kind: 'quota';
  activity: ActivityKey;
  value: number;
  /** Strength only: sets. */
  sets?: number;
}

/** A slower or faster weekly rise, for one activity or (without one) for all. */
export interface RiseAdjustment extends AdjustmentBase {
  kind: 'rise';
  activity?: ActivityKey;
  /** A fraction: 0.05 is 5 % a week. */
  weeklyRise: number;
}

/** The person's minutes a day and days a week, in place of what they said at intake. */
export interface WeekAdjustment extends AdjustmentBase {
  kind: 'week';
  minutesPerDay?: number;
  daysPerWeek?: number;
}

/**
 * The go-ahead the safety screen asks for, given by the clinician on `setBy.on`. It never opens
 * the plan past an emergency answer; a stop sign after that day needs a new one.
 */
export interface GoAheadAdjustment extends AdjustmentBase {
  kind: 'go_ahead';
  covers: GoAheadCover[];
}

export type Adjustment =
  | IncludeAdjustment
  | ExcludeAdjustment
  | DoseAdjustment
  | QuotaAdjustment
  | RiseAdjustment
  | WeekAdjustment
  | GoAheadAdjustment;
export type AdjustmentKind = Adjustment['kind'];
export const ADJUSTMENT_KINDS = ['include', 'exclude', 'dose', 'quota', 'rise', 'week', 'go_ahead'] as const satisfies readonly AdjustmentKind[];

/** A person's prescription: every adjustment in force, oldest first. Empty for most people. */
export type Prescription = readonly Adjustment[];

/**
 * What became of an adjustment in one week, so the person and the clinician see it honestly:
 * `applied`; `waits_flare` (a flare day holds only its gentle version); `waits_clearance` (the
 * safety screen still keeps the plan to breathing and gentle stretching); `not_suitable` (a rule
 * the clinician did not confirm); `did_not_fit` (the day's minutes were full); `waits_strength_rest`
 * (a strength day next to another: strength keeps 48 hours between days); `unknown_exercise`
 * (no longer in the library, or the clinician's exercise was deleted).
 */
export const ADJUSTMENT_OUTCOMES = ['applied', 'waits_flare', 'waits_clearance', 'not_suitable', 'did_not_fit', 'waits_strength_rest', 'unknown_exercise'] as const;
export type AdjustmentOutcome = (typeof ADJUSTMENT_OUTCOMES)[number];

/** One adjustment as a week shows it: the adjustment and what became of it, per day where it has days. */
export interface PrescribedChange {
  adjustment: Adjustment;
  outcome: AdjustmentOutcome;
  /** For an include: the days it is in the week, and the days it waits, with why. */
  days?: { day: DayNumber; outcome: AdjustmentOutcome }[];
  /** For `not_suitable`: the rules it fails that were not confirmed. */
  failedRules?: SuitabilityRule[];
}
