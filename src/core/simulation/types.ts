/**
 * The shapes of a simulated person living with their plan: how they behave, and what each day
 * and week of the closed loop (planner → player → pacing → planner) turned out to be.
 */
import type { LocalDate } from '../calendar.js';
import type { Exercise } from '../library/exercise.js';
import type { ActivityKey, PacingMode, QuotaView } from '../pacing/activity.js';
import type { PacingChange, PacingState } from '../pacing/types.js';
import type { PlanReason, Slot, WeekPlan } from '../planner/plan.js';
import type { ChosenEasier } from '../planner/chosen-easier.js';
import type { PlanChangeCode } from '../planner/plan-basis.js';
import type { Prescription } from '../prescription/types.js';
import type { Profile } from '../profile.js';
import type { StopReason } from '../session-player/types.js';

/** A stop in the stop flow on one day (numbered from 0), for one of the player's reasons. */
export interface StopOnDay {
  day: number;
  reason: StopReason;
}

/**
 * How the simulated person behaves. Days are numbered from 0, the first Monday.
 * - `adherence`: the chance of doing each planned session (drawn from the seed).
 * - `painBefore`: their usual pain, at each morning check-in and before each session.
 * - `painAfterChange`: pain after a session minus pain before it.
 * - `flareOnDays`: days whose check-in is marked as a flare (pain 3 points above usual).
 * - `overdoOnDays`: days the aerobic item is done for 160 % of the person's dose (see play.ts).
 * - `breakDays`: from and to (both included): no sessions, check-ins go on.
 * - `stopOnDays`: the first session of the day ends in the stop flow.
 * - `rescreenOnDays`: the safety screen is answered again (the same answers) that morning.
 */
export interface Behaviour {
  adherence: number;
  painBefore: number;
  painAfterChange: number;
  flareOnDays?: readonly number[];
  overdoOnDays?: readonly number[];
  breakDays?: readonly [number, number];
  stopOnDays?: readonly StopOnDay[];
  rescreenOnDays?: readonly number[];
  /** Days "make it easier" is pressed once on one item of each session (issue 15): item `n mod count`. */
  easeOnDays?: readonly number[];
  /** Days the person swaps today's first exercise that has an alternative, for the first one offered (issue 15). */
  swapOnDays?: readonly number[];
  /** Days the person moves today's first session to the first later day and time it may go to (issue 15). */
  moveOnDays?: readonly number[];
}

/** Everything a simulation needs; the same input always gives the same answer. */
export interface SimulationInput {
  profile: Profile;
  exercises: readonly Exercise[];
  /** A Monday: day 0. */
  weekStart: LocalDate;
  weeks: number;
  behaviour: Behaviour;
  /** Variety of the person's plans and of their adherence. */
  seed: number;
  /** A clinician's adjustments in force from the start (issue 11), given to the planner and pacing as the server gives them. */
  prescription?: Prescription;
}

/** A week's plan as the person sees it: a week rebuilt mid-week says why first, as the server does. */
export type LivedPlan = Omit<WeekPlan, 'reasons'> & {
  reasons: (PlanReason | { code: PlanChangeCode; message: string })[];
};

/** One session of a day: what the plan said, and what the player timed. */
export interface SimulatedSession {
  slot: Slot;
  plannedMinutes: number;
  /** False when the person let this one go (adherence, a break). */
  done: boolean;
  /** From start to finish in the player, in milliseconds; 0 when not done. */
  elapsedMs: number;
  /** Left before the end (the stop flow). */
  partial: boolean;
}

/** One lived day. */
export interface SimulatedDay {
  /** Days since the first Monday. */
  n: number;
  date: LocalDate;
  checkinPain: number;
  flare: boolean;
  /** The week's plan as it stood that day (rebuilt only when the server would rebuild it). */
  plan: LivedPlan;
  /** The day's minutes in that plan. */
  plannedMinutes: number;
  /** The aerobic items of the day's plan: their activity and minutes. */
  aerobic: { activity: ActivityKey; minutes: number }[];
  sessions: SimulatedSession[];
  /** Extra activity logged on an overdo day, in milliseconds. */
  extraMs: number;
  /** What the person made easier that day (issue 15), as the week will keep it. */
  chosen?: ChosenEasier[];
  /** Pacing after the day's sessions. */
  mode: PacingMode;
  quotas: QuotaView[];
}

/** One lived week: its plan (the one built on Monday), its days, and pacing's changes in it. */
export interface SimulatedWeek {
  weekStart: LocalDate;
  plan: LivedPlan;
  days: SimulatedDay[];
  /** Changes dated within the week, oldest first, with their reason codes and sentences. */
  changes: PacingChange[];
}

/** A whole simulation: a referral (no plan to live), or the weeks lived. */
export type Simulation =
  | { status: 'refer'; reasons: PlanReason[] }
  | { status: 'ok'; weeks: SimulatedWeek[]; pacing: PacingState };
