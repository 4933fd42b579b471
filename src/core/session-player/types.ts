/**
 * The shapes of a guided session as it is played: what was planned, where the person is, what
 * they did, and what they told us. Plain JSON, so a session survives a reload from storage.
 */
import type { BreathPattern, Pillar } from '../library/exercise.js';

/** What the person reports about an exercise (the contract's `feedback`). */
export const FEEDBACK = ['too_easy', 'right', 'too_hard'] as const;
export type Feedback = (typeof FEEDBACK)[number];

/** How an exercise ended (the contract's `status`). */
export const ITEM_STATUSES = ['done', 'skipped', 'easier'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** What the person says felt wrong when they stop (CLINICAL.md §1, stop-exercise signs). */
export const STOP_REASONS = [
  'pain_too_high',
  'dizzy',
  'chest_pain',
  'breathless',
  'palpitations',
  'one_sided_weakness',
  'something_else',
] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** Counting reps by tapping, or following a counter that paces each rep. */
export type RepMode = 'tap' | 'paced';

/** How a session ended: every exercise reached, or left before the end. */
export type Ending = 'complete' | 'stopped' | 'left';

/** An amount of work, as the plan gives it. `perSide`: reps or holds on each side in turn. */
export interface ItemDose {
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  minutes?: number;
  perSide?: boolean;
}

/** The facts of an exercise the player needs (a library exercise or its API view). */
export interface PlayerExercise {
  id: string;
  pillar: Pillar;
  easier: string | null;
  dose: ItemDose;
  breathPattern?: BreathPattern | null | undefined;
}

/** One item of a planned session. */
export interface PlannedItem extends ItemDose {
  exerciseId: string;
  pillar: Pillar;
}

/** Which side a hold or a set is on, when an exercise is done on each side. */
export type Side = 'both' | 'first' | 'second';

/** One timed or counted stretch of an exercise, in order. */
export type Segment =
  | { kind: 'ready'; ms: number }
  | { kind: 'hold'; ms: number; round: number; rounds: number; side: Side }
  | { kind: 'rest'; ms: number; after: 'hold' | 'side' | 'set' }
  | { kind: 'reps'; target: number; set: number; sets: number; side: Side; holdMs: number }
  | { kind: 'timed'; ms: number };

/** What was done of an item so far. */
export interface WorkDone {
  holds: { first: number; second: number };
  /** Reps counted in each reps segment (one per set and side), by segment index. */
  reps: Record<number, number>;
  timedMs: number;
}

/** An item as it is played. */
export interface ItemState {
  planned: PlannedItem;
  /** The exercise being done now: the planned one, or an easier variant. */
  exerciseId: string;
  pillar: Pillar;
  easier: boolean;
  dose: ItemDose;
  breathPattern: BreathPattern | null;
  phase: 'intro' | 'playing' | 'feedback' | 'finished';
  segment: number;
  /** Time already spent in the current segment, not counting a running stretch. */
  elapsedMs: number;
  /** When the running stretch of the current segment began; `null` when not running. */
  runningSinceMs: number | null;
  /** Reps tapped in the current reps segment. */
  count: number;
  work: WorkDone;
  status: ItemStatus | null;
  feedback: Feedback | null;
  painDuring: number | null;
  /** What the last press of "make it easier" changed, to say it on screen (absent before one). */
  eased?: EaseChange | null;
  /** True when the person took the rest "make it easier" offers at the bottom. */
  rested?: boolean;
}

/** What one press of "make it easier" changed, in terms a screen can say plainly. */
export type EaseChange =
  | { kind: 'variant' | 'position'; fromId: string; toId: string }
  | { kind: 'dose'; field: 'holdSeconds' | 'holds' | 'sets' | 'reps' | 'minutes'; from: number; to: number }
  | { kind: 'rest' };

/** The stop flow: open, and what the person chose. */
export interface StopState {
  reason: StopReason | null;
}

/** A whole guided session. */
export interface SessionState {
  version: 1;
  clientId: string;
  date: string;
  slot: string;
  stage: 'before' | 'playing' | 'after' | 'finished';
  startedAtMs: number | null;
  finishedAtMs: number | null;
  painBefore: number | null;
  painAfter: number | null;
  notes: string;
  items: ItemState[];
  /** The session's minutes as the plan estimates them, when the plan gave them. */
  plannedMinutes: number | null;
  current: number;
  paused: boolean;
  repMode: RepMode;
  /** The rhythm the person chose for the breathing pacer, if they changed it. */
  breath: BreathPattern | null;
  stop: StopState | null;
  ending: Ending | null;
  stopReason: StopReason | null;
  /** The last moment the session was seen running: a reload resumes from here. */
  lastSeenMs: number;
}

/** Everything a person (or a timer) can do to a session. Every action carries the time. */
export type SessionAction =
  | { type: 'setPainBefore'; value: number }
  | { type: 'start'; nowMs: number }
  | { type: 'beginItem'; nowMs: number }
  | { type: 'tick'; nowMs: number }
  | { type: 'countRep'; nowMs: number }
  | { type: 'finishSet'; nowMs: number }
  | { type: 'skipRest'; nowMs: number }
  | { type: 'setRepMode'; mode: RepMode; nowMs: number }
  | { type: 'pause'; nowMs: number }
  | { type: 'resume'; nowMs: number }
  | { type: 'skipItem'; nowMs: number }
  | { type: 'makeEasier'; easier?: PlayerExercise | undefined; gentler?: PlayerExercise | undefined; nowMs: number }
  | { type: 'setFeedback'; value: Feedback }
  | { type: 'setPainDuring'; value: number | null }
  | { type: 'nextItem'; nowMs: number }
  | { type: 'openStop'; nowMs: number }
  | { type: 'chooseStopReason'; reason: StopReason }
  | { type: 'closeStop' }
  | { type: 'end'; why: 'stopped' | 'left'; nowMs: number }
  | { type: 'setPainAfter'; value: number | null }
  | { type: 'setNotes'; value: string }
  | { type: 'finish'; nowMs: number }
  | { type: 'setBreath'; pattern: BreathPattern };
