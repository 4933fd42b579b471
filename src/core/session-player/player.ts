/**
 * The guided-session state machine: pain before → each item in turn (begin, segments, feedback)
 * → pain after → finished, with pause, skip, "make it easier" and the stop flow at any point.
 * `reduceSession` is pure: the time comes in with each action, and an action that changes
 * nothing returns the same state object (so a screen need not redraw and nothing is saved).
 */
import {
  advanceItem,
  beginItem,
  countRep,
  createItem,
  currentSegment,
  endSegmentNow,
  leaveItem,
  lowerDose,
  pauseItem,
  restInstead,
  resumeItem,
  swapForEasier,
  switchRepMode,
} from './items.js';
import { decideEasier, type EaseOptions } from './ease.js';
import type {
  ItemState,
  PlannedItem,
  PlayerExercise,
  Segment,
  SessionAction,
  SessionState,
} from './types.js';

/** A running session is checkpointed this often, so a reload loses at most this much time. */
export const CHECKPOINT_MS = 10_000;

/** What a new session needs: where it comes from, its items, and their exercises. */
export interface NewSession {
  clientId: string;
  date: string;
  slot: string;
  items: readonly PlannedItem[];
  exercises: ReadonlyMap<string, PlayerExercise>;
  /** The plan's estimate of the session's minutes. */
  minutes?: number;
  nowMs: number;
}

/** A session waiting for the pain-before answer. */
export function createSession(input: NewSession): SessionState {
  return {
    version: 1,
    clientId: input.clientId,
    date: input.date,
    slot: input.slot,
    stage: 'before',
    startedAtMs: null,
    finishedAtMs: null,
    painBefore: null,
    painAfter: null,
    notes: '',
    items: input.items.map((planned) =>
      createItem(planned, input.exercises.get(planned.exerciseId)),
    ),
    plannedMinutes: input.minutes ?? null,
    current: 0,
    paused: false,
    repMode: 'tap',
    breath: null,
    stop: null,
    ending: null,
    stopReason: null,
    lastSeenMs: input.nowMs,
  };
}

/** The item being played, if any. */
export function currentItem(state: SessionState): ItemState | undefined {
  return state.stage === 'playing' ? state.items[state.current] : undefined;
}

/** True while a clock runs: a segment that ends by itself, not paused. */
export function isTicking(state: SessionState): boolean {
  const item = currentItem(state);
  if (!item || state.paused || item.runningSinceMs === null) return false;
  const segment = currentSegment(item);
  return segment !== undefined && (segment.kind !== 'reps' || state.repMode === 'paced');
}

/** Applies one action. */
export function reduceSession(state: SessionState, action: SessionAction): SessionState {
  if (state.stage === 'finished') return state;
  switch (action.type) {
    case 'setPainBefore':
      return state.stage === 'before' ? { ...state, painBefore: action.value } : state;
    case 'start':
      return startSession(state, action.nowMs);
    case 'tick':
      return tick(state, action.nowMs);
    case 'pause':
      return pauseSession(state, action.nowMs);
    case 'resume':
      return resumeSession(state, action.nowMs);
    case 'openStop':
      return state.stage === 'playing'
        ? { ...pauseSession(state, action.nowMs), stop: { reason: null } }
        : state;
    case 'chooseStopReason':
      return state.stop
        ? { ...state, stop: { reason: action.reason }, stopReason: action.reason }
        : state;
    case 'closeStop':
      return state.stop ? { ...state, stop: null } : state;
    case 'end':
      return endSession(state, action.why, action.nowMs);
    case 'setPainAfter':
      return state.stage === 'after' ? { ...state, painAfter: action.value } : state;
    case 'setNotes':
      return state.stage === 'after' ? { ...state, notes: action.value.slice(0, 2000) } : state;
    case 'finish':
      return finishSession(state, action.nowMs);
    case 'setBreath':
      return { ...state, breath: action.pattern };
    default:
      return reduceItem(state, action);
  }
}

/** Actions on the item being played; ignored while paused or when no item is being played. */
function reduceItem(state: SessionState, action: SessionAction): SessionState {
  const item = currentItem(state);
  if (!item || state.paused) return state;
  const mode = state.repMode;
  switch (action.type) {
    case 'beginItem':
      return item.phase === 'intro'
        ? withItem(state, beginItem(item, action.nowMs, mode), action.nowMs)
        : state;
    case 'countRep':
      return afterItem(withItem(state, countRep(item, action.nowMs, mode), action.nowMs));
    case 'finishSet':
      return endSegmentOf(state, item, ['reps'], action.nowMs);
    case 'skipRest':
      return endSegmentOf(state, item, ['ready', 'rest'], action.nowMs);
    case 'setRepMode':
      return {
        ...withItem(state, switchRepMode(item, mode, action.mode, action.nowMs), action.nowMs),
        repMode: action.mode,
      };
    default:
      return reduceItemEnd(state, item, action);
  }
}

/** Ending an item: skipping it, swapping it, and the questions after it. */
function reduceItemEnd(state: SessionState, item: ItemState, action: SessionAction): SessionState {
  const asking = item.phase === 'feedback';
  switch (action.type) {
    case 'skipItem': {
      const advanced = advanceItem(item, action.nowMs, state.repMode);
      return afterItem(
        withItem(state, leaveItem(advanced, action.nowMs, state.repMode), action.nowMs),
      );
    }
    case 'makeEasier':
      return makeEasier(state, item, action, action.nowMs);
    case 'setFeedback':
      return asking ? withItem(state, { ...item, feedback: action.value }) : state;
    case 'setPainDuring':
      return asking ? withItem(state, { ...item, painDuring: action.value }) : state;
    case 'nextItem':
      return asking
        ? afterItem(withItem(state, { ...item, phase: 'finished' }, action.nowMs))
        : state;
    default:
      return state;
  }
}

/** Ends the current segment early when it is of one of `kinds` (a set, a rest, a count-in). */
function endSegmentOf(
  state: SessionState,
  item: ItemState,
  kinds: readonly Segment['kind'][],
  nowMs: number,
): SessionState {
  const advanced = advanceItem(item, nowMs, state.repMode);
  const segment = currentSegment(advanced);
  if (!segment || !kinds.includes(segment.kind)) return afterItem(withItem(state, advanced, nowMs));
  return afterItem(withItem(state, endSegmentNow(advanced, nowMs, state.repMode), nowMs));
}

function withItem(state: SessionState, item: ItemState, nowMs?: number): SessionState {
  if (item === state.items[state.current]) return state;
  const items = state.items.map((old, index) => (index === state.current ? item : old));
  return { ...state, items, lastSeenMs: nowMs ?? state.lastSeenMs };
}

/** After an item is finished: the next item, or the end of the session. */
function afterItem(state: SessionState): SessionState {
  const item = state.items[state.current];
  if (item?.phase !== 'finished') return state;
  const next = state.current + 1;
  if (next < state.items.length) return { ...state, current: next };
  return { ...state, stage: 'after', ending: 'complete' };
}

function startSession(state: SessionState, nowMs: number): SessionState {
  if (state.stage !== 'before' || state.painBefore === null) return state;
  return { ...state, stage: 'playing', startedAtMs: nowMs, current: 0, lastSeenMs: nowMs };
}

function tick(state: SessionState, nowMs: number): SessionState {
  const item = currentItem(state);
  if (!item || state.paused) return state;
  const advanced = advanceItem(item, nowMs, state.repMode);
  if (advanced !== item) return afterItem(withItem(state, advanced, nowMs));
  if (isTicking(state) && nowMs - state.lastSeenMs >= CHECKPOINT_MS)
    return { ...state, lastSeenMs: nowMs };
  return state;
}

function pauseSession(state: SessionState, nowMs: number): SessionState {
  const item = currentItem(state);
  if (!item || state.paused) return state;
  const advanced = advanceItem(item, nowMs, state.repMode);
  return { ...withItem(state, pauseItem(advanced, nowMs), nowMs), paused: true };
}

function resumeSession(state: SessionState, nowMs: number): SessionState {
  const item = currentItem(state);
  if (!item || !state.paused) return state;
  return { ...withItem(state, resumeItem(item, nowMs), nowMs), paused: false, stop: null };
}

/** One press of "make it easier": one step, decided in ease.ts; never during the questions after. */
function makeEasier(state: SessionState, item: ItemState, options: EaseOptions, nowMs: number): SessionState {
  if (item.phase === 'feedback' || item.phase === 'finished') return state;
  const step = decideEasier(item.exerciseId, item.dose, options);
  switch (step.kind) {
    case 'variant':
    case 'position':
      return withItem(state, swapForEasier(item, step.exercise, step.kind), nowMs);
    case 'dose':
      return afterItem(withItem(state, lowerDose(item, step, nowMs, state.repMode), nowMs));
    case 'rest':
      return afterItem(withItem(state, restInstead(item, nowMs, state.repMode), nowMs));
  }
}

/** Leaves before the end: the item under way keeps what was done; the rest count as skipped. */
function endSession(state: SessionState, why: 'stopped' | 'left', nowMs: number): SessionState {
  if (state.stage !== 'playing') return state;
  const items = state.items.map((item, index) => {
    if (index < state.current) return item;
    const now =
      index === state.current ? pauseItem(advanceItem(item, nowMs, state.repMode), nowMs) : item;
    const left = leaveItem(now, nowMs, state.repMode);
    return { ...left, phase: 'finished' as const };
  });
  return {
    ...state,
    items,
    stage: 'after',
    ending: why,
    paused: false,
    stop: null,
    lastSeenMs: nowMs,
  };
}

/** Pain after is needed when every item was reached; leaving early asks for it only gently. */
export function canFinish(state: SessionState): boolean {
  return state.stage === 'after' && (state.ending !== 'complete' || state.painAfter !== null);
}

function finishSession(state: SessionState, nowMs: number): SessionState {
  if (!canFinish(state)) return state;
  return { ...state, stage: 'finished', finishedAtMs: nowMs, lastSeenMs: nowMs };
}
