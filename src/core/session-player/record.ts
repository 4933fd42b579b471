/**
 * What a session records: the body of `POST /api/me/sessions` built from the state — one entry
 * per planned item in plan order, with what was really done — and the kind summary shown at the
 * end (what was done and the time it took; never a score).
 */
import { itemMinutes, sessionMinutes } from '../duration.js';
import { classifyDose } from './dose.js';
import { hasWork, segmentsOf } from './items.js';
import type { Feedback, ItemDose, ItemState, ItemStatus, SessionState, StopReason } from './types.js';

/** One item of a session log (the contract's `SessionItemSchema`). */
export interface LoggedItem {
  exerciseId: string;
  minutes?: number;
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  status: ItemStatus;
  feedback?: Feedback;
  painDuring?: number;
  /** What the plan asked: pacing tells a dose the plan capped from where the person stopped. */
  planned?: Omit<ItemDose, 'perSide'>;
  /** What the person chose with "make it easier": the dose it became (and the planned exercise, when they switched), or a rest. */
  eased?: EasedChoice;
}

/** The easier way a person chose for an item (the contract's `EasedSchema`). */
export interface EasedChoice extends Omit<ItemDose, 'perSide'> {
  /** The exercise the plan gave, when the person switched to another (the item's `exerciseId`). */
  from?: string;
  rest?: boolean;
}

/** The body of `POST /api/me/sessions` (the contract's `CreateSessionLogRequest`). */
export interface SessionLogBody {
  clientId: string;
  startedAt: string;
  painBefore: number;
  /** Null only for a session left partway when the person did not say. */
  painAfter: number | null;
  items: LoggedItem[];
  partial?: boolean;
  stopReason?: StopReason;
  /** A tolerance test (core/tolerance): one timed activity whose minutes are a baseline on their own. */
  toleranceTest?: boolean;
  notes?: string;
}

/**
 * The log of a session, or `null` when there is nothing to log (the person never started).
 * A session left before the end is `partial`, with the reason from the stop flow if there was
 * one. Leaving early lets a person skip pain after: then it is unknown (null), never guessed.
 */
export function buildSessionLog(state: SessionState): SessionLogBody | null {
  if (state.startedAtMs === null || state.painBefore === null || state.items.length === 0)
    return null;
  const partial = state.ending !== 'complete';
  const body: SessionLogBody = {
    clientId: state.clientId,
    startedAt: new Date(state.startedAtMs).toISOString(),
    painBefore: state.painBefore,
    painAfter: state.painAfter ?? (partial ? null : state.painBefore),
    items: state.items.map(logItem),
    partial,
  };
  if (partial && state.stopReason !== null) body.stopReason = state.stopReason;
  const notes = state.notes.trim();
  if (notes.length > 0) body.notes = notes;
  return body;
}

/** What an item records: the exercise done, how it ended, and the amount really done. */
export function logItem(item: ItemState): LoggedItem {
  const status: ItemStatus =
    item.status ?? (hasWork(item.work) ? (item.easier ? 'easier' : 'done') : 'skipped');
  const planned = plannedAmount(item);
  const eased = easedChoice(item);
  // A choice made before leaving an item is still the person's choice: it is kept with it.
  if (status === 'skipped') return { exerciseId: item.planned.exerciseId, status, planned, ...(eased ? { eased } : {}) };
  const logged: LoggedItem = { exerciseId: item.exerciseId, status, ...amountDone(item), planned };
  if (item.feedback !== null) logged.feedback = item.feedback;
  if (item.painDuring !== null) logged.painDuring = item.painDuring;
  if (eased) logged.eased = eased;
  return logged;
}

/** The easier way chosen for an item, when "make it easier" changed it. */
export function easedChoice(item: ItemState): EasedChoice | undefined {
  if (!item.easier) return undefined;
  const { sets, reps, holdSeconds, minutes } = item.dose;
  const choice: EasedChoice = {};
  if (item.exerciseId !== item.planned.exerciseId) choice.from = item.planned.exerciseId;
  if (sets !== undefined) choice.sets = sets;
  if (reps !== undefined) choice.reps = reps;
  if (holdSeconds !== undefined) choice.holdSeconds = holdSeconds;
  if (minutes !== undefined) choice.minutes = minutes;
  if (item.rested === true) choice.rest = true;
  return choice;
}

/** The dose the plan gave the item (of the planned exercise, even when an easier one was done). */
function plannedAmount(item: ItemState): Omit<ItemDose, 'perSide'> {
  const { sets, reps, holdSeconds, minutes } = item.planned;
  const amount: Omit<ItemDose, 'perSide'> = {};
  if (sets !== undefined) amount.sets = sets;
  if (reps !== undefined) amount.reps = reps;
  if (holdSeconds !== undefined) amount.holdSeconds = holdSeconds;
  if (minutes !== undefined) amount.minutes = minutes;
  return amount;
}

/** The amount done, in the item's own terms: minutes, holds of so many seconds, or sets of reps. */
export function amountDone(
  item: ItemState,
): Pick<LoggedItem, 'minutes' | 'sets' | 'reps' | 'holdSeconds'> {
  const { work, dose } = item;
  switch (classifyDose(dose)) {
    case 'timed':
      return { minutes: Math.min(600, Math.round(work.timedMs / 6_000) / 10) };
    case 'holds': {
      const rounds = dose.perSide
        ? Math.min(work.holds.first, work.holds.second)
        : work.holds.first;
      return { holdSeconds: dose.holdSeconds ?? 0, reps: rounds };
    }
    case 'reps':
      return repsDone(item);
  }
}

/** Sets with any reps in them, and the reps of a set on average (rounded down: never more than done). */
function repsDone(item: ItemState): Pick<LoggedItem, 'sets' | 'reps' | 'holdSeconds'> {
  const segments = segmentsOf(item);
  const bySet = new Map<number, number[]>();
  for (const [index, reps] of Object.entries(item.work.reps)) {
    const segment = segments[Number(index)];
    if (segment?.kind !== 'reps' || reps <= 0) continue;
    bySet.set(segment.set, [...(bySet.get(segment.set) ?? []), reps]);
  }
  const counted = [...bySet.values()].flat();
  const sides = item.dose.perSide ? 2 : 1;
  const total = counted.reduce((sum, n) => sum + n, 0);
  const sets = bySet.size;
  const reps = sets === 0 ? 0 : Math.min(200, Math.floor(total / (sets * sides)));
  const amount: Pick<LoggedItem, 'sets' | 'reps' | 'holdSeconds'> = {
    sets: Math.min(20, sets),
    reps,
  };
  if (item.dose.holdSeconds !== undefined) amount.holdSeconds = item.dose.holdSeconds;
  return amount;
}

/** The end-of-session summary: counts and time, in plain numbers for kind words. */
export interface SessionSummary {
  done: number;
  easier: number;
  skipped: number;
  /** Whole minutes from start to finish, at least 1 once started. */
  minutes: number;
  partial: boolean;
}

/** Sums a session up for its last screen. */
export function summarizeSession(state: SessionState, nowMs: number): SessionSummary {
  const statuses = state.items.map((item) => logItem(item).status);
  const count = (status: ItemStatus) => statuses.filter((s) => s === status).length;
  const end = state.finishedAtMs ?? nowMs;
  const spentMs = state.startedAtMs === null ? 0 : Math.max(0, end - state.startedAtMs);
  return {
    done: count('done'),
    easier: count('easier'),
    skipped: count('skipped'),
    minutes: state.startedAtMs === null ? 0 : Math.max(1, Math.round(spentMs / 60_000)),
    partial: state.ending !== 'complete',
  };
}

/** About how many minutes the session takes at its own pace: the one measure of core/duration.ts. */
export function estimateMinutes(state: SessionState): number {
  return Math.max(1, sessionMinutes(state.items.map((item) => itemMinutes(item.dose))));
}
