/**
 * A simulated person going through a guided session in the real player, as a person would:
 * pain before, start, get into position and begin each exercise, let every timer run to its end
 * (ticks at the moments segments end), tap or follow the paced reps, answer the questions after
 * each exercise, then pain after and finish. The log is `buildSessionLog`, the very body the web
 * player sends.
 */
import type { LocalDate } from '../calendar.js';
import type { PlanSession } from '../planner/plan.js';
import { SETTING_UP_SECONDS } from '../duration.js';
import { classifyDose, pacedRepMs, segmentMs } from '../session-player/dose.js';
import { currentSegment } from '../session-player/items.js';
import { createSession, currentItem, reduceSession } from '../session-player/player.js';
import { buildSessionLog, type SessionLogBody } from '../session-player/record.js';
import type {
  ItemState,
  PlayerExercise,
  RepMode,
  SessionState,
  StopReason,
} from '../session-player/types.js';

/**
 * Getting into position before an exercise of holds or reps, spent on its first screen: the
 * one measure of time's set-up allowance (core/duration.ts), so real and planned time agree. A
 * timed item (a walk, a breathing practice) starts at once: its timer is the activity itself.
 */
export function settingUpMs(item: ItemState): number {
  return classifyDose(item.dose) === 'timed' ? 0 : SETTING_UP_SECONDS * 1000;
}
/** How long into the first exercise a person opens the stop flow. */
const STOP_AFTER_MS = 30_000;
/** More steps than any session has: a guard against a player that stops moving. */
const MAX_STEPS = 20_000;

/** What the person brings to one session. */
export interface SessionChoices {
  clientId: string;
  date: LocalDate;
  startMs: number;
  painBefore: number;
  painAfter: number;
  repMode: RepMode;
  /** Stops in the stop flow during the first exercise, for this reason, and skips pain after. */
  stopFor?: StopReason;
  /** Presses "make it easier" once, before beginning the item at this index (issue 15). */
  easeItem?: number;
}

/** A session played to its end: its log and the time it took in the player. */
export interface PlayedSession {
  log: SessionLogBody;
  elapsedMs: number;
  endMs: number;
}

/** Plays one planned session; null only if the player made no log (nothing was started). */
export function playSession(
  session: PlanSession,
  exercises: ReadonlyMap<string, PlayerExercise>,
  choices: SessionChoices,
): PlayedSession | null {
  let t = choices.startMs;
  let state = createSession({
    clientId: choices.clientId,
    date: choices.date,
    slot: session.slot,
    items: session.items,
    exercises,
    minutes: session.minutes,
    nowMs: t,
  });
  state = reduceSession(state, { type: 'setPainBefore', value: choices.painBefore });
  state = reduceSession(state, { type: 'start', nowMs: t });
  if (choices.repMode === 'paced') {
    state = reduceSession(state, { type: 'setRepMode', mode: 'paced', nowMs: t });
  }
  ({ state, t } = playItems(state, t, choices.stopFor, choices.easeItem));
  if (state.ending === 'complete') {
    state = reduceSession(state, { type: 'setPainAfter', value: choices.painAfter });
  }
  state = reduceSession(state, { type: 'finish', nowMs: t });
  const log = buildSessionLog(state);
  if (!log || state.startedAtMs === null || state.finishedAtMs === null) return null;
  return { log, elapsedMs: state.finishedAtMs - state.startedAtMs, endMs: t };
}

interface Moment {
  state: SessionState;
  t: number;
}

/** Every item in turn, until the session reaches its questions after (or the stop flow ends it). */
function playItems(start: SessionState, startMs: number, stopFor: StopReason | undefined, easeItem?: number): Moment {
  let moment: Moment = { state: start, t: startMs };
  let eased = easeItem === undefined;
  for (let steps = 0; moment.state.stage === 'playing'; steps += 1) {
    if (steps > MAX_STEPS) throw new Error('The player stopped moving in a simulated session.');
    const item = currentItem(moment.state);
    if (!item) break;
    if (stopFor !== undefined && item.phase === 'playing') return stopNow(moment, stopFor);
    if (!eased && item.phase === 'intro' && moment.state.current === easeItem) {
      eased = true;
      moment = { ...moment, state: reduceSession(moment.state, { type: 'makeEasier', nowMs: moment.t }) };
      continue;
    }
    moment = stepItem(moment, item);
  }
  return moment;
}

/** One step of the current item: begin it, move its clock or count its reps, or answer after it. */
function stepItem({ state, t }: Moment, item: ItemState): Moment {
  switch (item.phase) {
    case 'intro': {
      const begun = t + settingUpMs(item);
      return { state: reduceSession(state, { type: 'beginItem', nowMs: begun }), t: begun };
    }
    case 'playing':
      return stepSegment({ state, t }, item);
    case 'feedback': {
      const rated = reduceSession(state, { type: 'setFeedback', value: 'right' });
      return { state: reduceSession(rated, { type: 'nextItem', nowMs: t }), t };
    }
    case 'finished':
      throw new Error('A finished item was still current in a simulated session.');
  }
}

/** Taps each rep of a tapped set at the paced rhythm; otherwise lets the segment's clock run out. */
function stepSegment({ state, t }: Moment, item: ItemState): Moment {
  const segment = currentSegment(item);
  if (!segment || item.runningSinceMs === null) return { state, t };
  if (segment.kind === 'reps' && state.repMode === 'tap') {
    const rep = pacedRepMs(segment.holdMs);
    let next = state;
    let now = t;
    for (let count = item.count; count < segment.target; count += 1) {
      now += rep;
      next = reduceSession(next, { type: 'countRep', nowMs: now });
    }
    return { state: next, t: now };
  }
  const endsAt = Math.max(t, item.runningSinceMs + segmentMs(segment) - item.elapsedMs);
  return { state: reduceSession(state, { type: 'tick', nowMs: endsAt }), t: endsAt };
}

/** The stop flow: open it a little into the exercise, give the reason, end the session there. */
function stopNow({ state, t }: Moment, reason: StopReason): Moment {
  const at = t + STOP_AFTER_MS;
  let next = reduceSession(state, { type: 'openStop', nowMs: at });
  next = reduceSession(next, { type: 'chooseStopReason', reason });
  next = reduceSession(next, { type: 'end', why: 'stopped', nowMs: at });
  return { state: next, t: at };
}
