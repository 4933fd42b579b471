/**
 * The pacing engine's data (CLINICAL.md §3): events in, state out. Every type here is plain JSON,
 * so a state can be stored in the database and fed more events later.
 */
import type { LocalDate } from '../calendar.js';
import type { Exercise } from '../library/exercise.js';
import type { Prescription } from '../prescription/types.js';
import type { StopReason } from '../session-player/types.js';
import type { ActivityKey, PacingMode, QuotaUnit } from './activity.js';

/** Why a quota changed or held: a closed set, each with one sentence in `messages.ts`. */
export const REASON_CODES = [
  'start_small',
  'baseline_set',
  'progress_calm_week',
  'hold_not_enough_days',
  'hold_not_calm',
  'hold_no_checkin',
  'hold_at_top',
  'flare_halved',
  'rebuild_step',
  'rebuild_done',
  'variant_harder',
  'set_added',
  'too_hard_eased',
  'pain_during_eased',
  'boom_bust_noticed',
  'baseline_tolerance_test',
  'break_restart',
  'set_by_clinician',
  'hold_at_cap',
  'hold_chosen_easier',
] as const;
/** One of the reason codes. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** A daily check-in as pacing reads it. */
export interface CheckinEvent {
  kind: 'checkin';
  /** ISO instant the check-in is about; with `localDate` it identifies the check-in. */
  at: string;
  localDate: LocalDate;
  pain: number;
  flare: boolean;
}

/** How an item of a session went: done as planned, skipped, or done in an easier way. */
export type ItemStatus = 'done' | 'skipped' | 'easier';
/** How an item felt to the person. */
export type ItemFeedback = 'too_easy' | 'right' | 'too_hard';

/** An amount of work: minutes, or sets of reps, or holds (reps) of so many seconds. */
export interface DoseAmount {
  minutes?: number;
  sets?: number;
  reps?: number;
  holdSeconds?: number;
}

/** One exercise of a logged session: what was done and, when the plan gave it, what was planned. */
export interface SessionItemLog extends DoseAmount {
  exerciseId: string;
  status: ItemStatus;
  feedback?: ItemFeedback;
  /** Pain during the exercise, 0-10, when the person said (the traffic light of CLINICAL.md §3). */
  painDuring?: number;
  planned?: DoseAmount;
  /** What the person chose with "make it easier": done at it is done as planned (issue 15). */
  eased?: EasedAmount;
}

/** The exercise (when another) and dose an item was made easier to, or a rest taken instead. */
export interface EasedAmount extends DoseAmount {
  /** The exercise the plan gave, when the person switched to another. */
  from?: string;
  rest?: boolean;
}

/** A logged session; `clientId` identifies it, so sending it twice changes nothing. */
export interface SessionEvent {
  kind: 'session';
  clientId: string;
  startedAt: string;
  localDate: LocalDate;
  painBefore: number;
  /** Unknown for a session left partway without an answer. */
  painAfter: number | null;
  items: SessionItemLog[];
  partial?: boolean;
  stopReason?: StopReason;
  /** A tolerance test: "at an easy pace until you would like to stop" — its amount is a baseline on its own. */
  toleranceTest?: boolean;
}

/** What pacing consumes. */
export type PacingEvent = CheckinEvent | SessionEvent;

/**
 * One change of a quota, or a week it held, or a boom-bust notice (then `from` equals `to`).
 * `at` is the person's calendar day of the event that led to it; weekly reviews are dated on
 * the day they ran. `from` is null when there was no quota before.
 */
export interface PacingChange {
  at: LocalDate;
  activity: ActivityKey;
  unit: QuotaUnit;
  from: number | null;
  to: number;
  code: ReasonCode;
  message: string;
}

/** A quota and what pacing needs to move it. Aerobic and session quotas are minutes a day; strength is reps per set. */
export interface QuotaState {
  activity: ActivityKey;
  unit: QuotaUnit;
  value: number;
  /** Strength only: sets, and the variant of the chain the person is on. */
  sets: number | null;
  exerciseId: string | null;
  /** The mean of the first three efforts, once there are three. */
  baseline: number | null;
  /** Calm efforts so far while there is no baseline yet. */
  efforts: BaselineEffort[];
  /** The day of the next weekly review; null while a flare or a rebuild holds it. */
  reviewOn: LocalDate | null;
  /** After a flare or a break: the quota before it, and the size of one rebuild step. */
  rebuild: Rebuild | null;
  tooHardInARow: number;
  /** The clinician's set (issue 11) this quota last took, so it is applied once. */
  prescribedId?: string;
}

/** A building-back after a flare or a break of 14 days or more. */
export interface Rebuild {
  target: number;
  step: number;
  cause?: 'flare' | 'break';
}

/**
 * One calm day's amount of an activity, for a baseline: what was done (minutes, or the most reps
 * in a set) and what the plan asked that day (null when unknown). An amount the plan capped is
 * not discounted again (CLINICAL.md §3).
 */
export interface BaselineEffort {
  value: number;
  asked: number | null;
}

/** How a session turned out, once the next day's check-in is known. */
export type Verdict = 'pending' | 'calm' | 'not_calm' | 'unconfirmed';

/** A session as the calm rule needs it. */
export interface SessionRecord {
  painBefore: number;
  /** Null when a session left partway had no answer. */
  painAfter: number | null;
  activities: ActivityKey[];
  verdict: Verdict;
  /** Left or stopped partway: never calm progress, though a settled one may still show a baseline. */
  partial?: boolean;
}

/** How much of one activity a day held, against the quota at the start of that day and what the plan asked. */
export interface ActivityDay {
  volume: number;
  planned: number;
  /** What the plan asked of it that day, from the logged items' planned doses; null when unknown. */
  asked: number | null;
  /** For a baseline: minutes, or the most reps in one set. */
  perSet: number;
  /** True when at least one effort had a measurable amount. */
  measured: boolean;
}

/** One applied day: the pacing memory of the last week is a list of these. */
export interface DayRecord {
  day: LocalDate;
  pains: number[];
  checkedIn: boolean;
  flare: boolean;
  active: boolean;
  sessions: SessionRecord[];
  activities: Record<string, ActivityDay>;
  /** Activities the plan asked for that day (logged items with a planned dose, done or not). */
  asked?: ActivityKey[];
  /** False when the day began in flare or rebuild mode: its efforts do not show the usual level. */
  normal?: boolean;
  /** Activities the person made easier that day: their next review holds them where they are. */
  eased?: ActivityKey[];
}

/** A day at more than 150 % of quota, waiting two days to see whether a bust follows. */
export interface Boom {
  activity: ActivityKey;
  day: LocalDate;
  volume: number;
  planned: number;
}

/** Everything pacing remembers between days, apart from the change log. */
export interface PacingCore {
  mode: PacingMode;
  /** The first and the last day of flare mode, while in it. */
  flareSince: LocalDate | null;
  flareLastDay: LocalDate | null;
  /** Sorted by activity key. */
  quotas: QuotaState[];
  /** The last eight applied days, oldest first. */
  days: DayRecord[];
  booms: Boom[];
  /** The last day with a logged session, for restarting gently after a break. */
  lastActiveDay?: LocalDate | null;
}

/** The stored pacing state of one person (JSON). */
export interface PacingState {
  version: 1;
  /** The last day that is final: events for it or before are no longer taken (replay instead). */
  settledThrough: LocalDate | null;
  core: PacingCore;
  /** The change log up to `settledThrough`, oldest first (the latest 500 are kept). */
  changes: PacingChange[];
  /** Events of the days after `settledThrough`, by day and time. */
  open: PacingEvent[];
  /** The settled state with the open days applied: what the person sees today. */
  current: {
    mode: PacingMode;
    /** While in flare mode: the day the flare began and its last day. */
    flareSince: LocalDate | null;
    flareUntil: LocalDate | null;
    quotas: QuotaState[];
    changes: PacingChange[];
  };
}

/** What `updatePacing` needs besides events: the exercises and the person's calendar day. */
export interface PacingContext {
  exercises: ReadonlyMap<string, Exercise>;
  today: LocalDate;
  /**
   * The most minutes a day the person has (their `minutesPerDay`): the session quota starts at
   * the smaller of this and 30, and never grows past it. Without it, 30 and 90.
   */
  dayMinutes?: number;
  /** Called at the start of each applied day with the quota volumes that applied that day (see history.ts). */
  observeDay?: (day: LocalDate, planned: ReadonlyMap<ActivityKey, number>) => void;
  /**
   * Which exercises the person can do (their positions, equipment, conditions). Pacing moves a
   * strength chain only to variants that pass; without it, every variant passes. Replays must
   * pass the same filter to get the same state.
   */
  canDo?: (exercise: Exercise) => boolean;
  /**
   * The clinician's adjustments in force (issue 11): a quota or dose `set` starts the quota there
   * on the day it was set; a `cap` is the most a quota grows to; a `rise` replaces the weekly 10 %.
   * Replays must pass the same prescription to get the same state.
   */
  prescription?: Prescription;
}
