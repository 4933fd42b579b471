/**
 * One item of a session as it is played: starting it, moving through its segments as time passes
 * or reps are counted, recording what was done, and ending it early or swapping it for an easier
 * variant. Every function returns a new item; none reads a clock.
 */
import { buildSegments, easierDose, pacedRepMs, segmentMs } from './dose.js';
import type { EaseStep } from './ease.js';
import type {
  ItemState,
  PlannedItem,
  PlayerExercise,
  RepMode,
  Segment,
  WorkDone,
} from './types.js';

const NO_WORK: WorkDone = { holds: { first: 0, second: 0 }, reps: {}, timedMs: 0 };

/** An item not yet begun: the planned dose, done on each side when the exercise says so. */
export function createItem(plan: PlannedItem, exercise: PlayerExercise | undefined): ItemState {
  const planned = pickPlanned(plan);
  const { exerciseId, pillar, ...dose } = planned;
  return {
    planned,
    exerciseId,
    pillar,
    easier: false,
    dose: { ...dose, perSide: exercise?.dose.perSide === true },
    breathPattern: exercise?.breathPattern ?? null,
    phase: 'intro',
    segment: 0,
    elapsedMs: 0,
    runningSinceMs: null,
    count: 0,
    work: NO_WORK,
    status: null,
    feedback: null,
    painDuring: null,
  };
}

/** The fields of a plan item the player keeps (a plan item carries estimates too). */
function pickPlanned(plan: PlannedItem): PlannedItem {
  const picked: PlannedItem = { exerciseId: plan.exerciseId, pillar: plan.pillar };
  for (const field of ['sets', 'reps', 'holdSeconds', 'minutes'] as const) {
    const value = plan[field];
    if (value !== undefined) picked[field] = value;
  }
  return picked;
}

/** The segments of the item's current dose. */
export function segmentsOf(item: ItemState): Segment[] {
  return buildSegments(item.dose);
}

/** The segment the item is in, if it is being played. */
export function currentSegment(item: ItemState): Segment | undefined {
  return item.phase === 'playing' ? segmentsOf(item)[item.segment] : undefined;
}

/** Time spent in the current segment at `nowMs`. */
export function elapsedOf(item: ItemState, nowMs: number): number {
  const running = item.runningSinceMs === null ? 0 : Math.max(0, nowMs - item.runningSinceMs);
  return item.elapsedMs + running;
}

/** True when the current segment ends by itself as time passes (not counted by taps). */
export function isTimedSegment(segment: Segment | undefined, repMode: RepMode): boolean {
  return segment !== undefined && (segment.kind !== 'reps' || repMode === 'paced');
}

/** True when something has been done: a hold, a rep, or some timed minutes. */
export function hasWork(work: WorkDone): boolean {
  const reps = Object.values(work.reps).some((n) => n > 0);
  return work.holds.first + work.holds.second > 0 || reps || work.timedMs > 0;
}

/** Starts the item at its first segment. */
export function beginItem(item: ItemState, nowMs: number, repMode: RepMode): ItemState {
  return enterSegment({ ...item, phase: 'playing', work: NO_WORK }, 0, nowMs, repMode);
}

/** Moves to segment `index` (skipping a count-in before tapped reps); past the last, to feedback. */
export function enterSegment(
  item: ItemState,
  index: number,
  startMs: number,
  repMode: RepMode,
): ItemState {
  const segments = segmentsOf(item);
  const segment = segments[index];
  if (segment === undefined) return toFeedback(item);
  if (segment.kind === 'ready' && repMode === 'tap' && segments[index + 1]?.kind === 'reps') {
    return enterSegment(item, index + 1, startMs, repMode);
  }
  return { ...item, segment: index, elapsedMs: 0, runningSinceMs: startMs, count: 0 };
}

function toFeedback(item: ItemState): ItemState {
  const status = hasWork(item.work) ? (item.easier ? 'easier' : 'done') : 'skipped';
  const phase = status === 'skipped' ? 'finished' : 'feedback';
  return { ...item, phase, status, runningSinceMs: null, elapsedMs: 0, count: 0 };
}

/** Adds what the current segment holds so far to the work done (a hold only when complete). */
export function recordSegment(
  item: ItemState,
  nowMs: number,
  repMode: RepMode,
  complete: boolean,
): WorkDone {
  const segment = currentSegment(item);
  const work = item.work;
  if (!segment) return work;
  const elapsed = Math.min(elapsedOf(item, nowMs), segmentMs(segment));
  switch (segment.kind) {
    case 'hold': {
      if (!complete) return work;
      const side = segment.side === 'second' ? 'second' : 'first';
      return { ...work, holds: { ...work.holds, [side]: work.holds[side] + 1 } };
    }
    case 'reps': {
      const paced = Math.floor(elapsed / pacedRepMs(segment.holdMs));
      const counted = repMode === 'paced' ? paced : item.count;
      const reps = complete && repMode === 'paced' ? segment.target : counted;
      return { ...work, reps: { ...work.reps, [item.segment]: reps } };
    }
    case 'timed':
      return { ...work, timedMs: work.timedMs + elapsed };
    case 'ready':
    case 'rest':
      return work;
  }
}

/**
 * Moves on through every segment that time has completed by `nowMs`, each next one starting
 * when the last ended; stops at a tapped set or at the end of the item.
 */
export function advanceItem(item: ItemState, nowMs: number, repMode: RepMode): ItemState {
  let next = item;
  for (;;) {
    const segment = currentSegment(next);
    if (!segment || next.runningSinceMs === null || !isTimedSegment(segment, repMode)) return next;
    const endsAt = next.runningSinceMs + segmentMs(segment) - next.elapsedMs;
    if (endsAt > nowMs) return next;
    const work = recordSegment(next, endsAt, repMode, true);
    next = enterSegment({ ...next, work }, next.segment + 1, endsAt, repMode);
  }
}

/** Ends the current segment now, keeping what was done in it (a set finished early, a rest cut short). */
export function endSegmentNow(item: ItemState, nowMs: number, repMode: RepMode): ItemState {
  if (!currentSegment(item)) return item;
  const work = recordSegment(item, nowMs, repMode, false);
  return enterSegment({ ...item, work }, item.segment + 1, nowMs, repMode);
}

/** One tapped rep; the set ends when its target is reached. */
export function countRep(item: ItemState, nowMs: number, repMode: RepMode): ItemState {
  const segment = currentSegment(item);
  if (segment?.kind !== 'reps' || repMode !== 'tap') return item;
  const counted = { ...item, count: item.count + 1 };
  return counted.count >= segment.target ? endSegmentNow(counted, nowMs, repMode) : counted;
}

/** Switches between tapping and the paced counter, keeping the reps of the set so far. */
export function switchRepMode(
  item: ItemState,
  from: RepMode,
  to: RepMode,
  nowMs: number,
): ItemState {
  const segment = currentSegment(item);
  if (segment?.kind !== 'reps' || from === to) return item;
  const cycle = pacedRepMs(segment.holdMs);
  const running = item.runningSinceMs === null ? null : nowMs;
  if (to === 'paced')
    return { ...item, elapsedMs: item.count * cycle, runningSinceMs: running, count: 0 };
  const count = Math.floor(elapsedOf(item, nowMs) / cycle);
  return { ...item, count, elapsedMs: 0, runningSinceMs: running };
}

/** Stops the clock of the current segment, keeping the time spent. */
export function pauseItem(item: ItemState, nowMs: number): ItemState {
  if (item.runningSinceMs === null) return item;
  return { ...item, elapsedMs: elapsedOf(item, nowMs), runningSinceMs: null };
}

/** Starts the clock of the current segment again. */
export function resumeItem(item: ItemState, nowMs: number): ItemState {
  if (item.phase !== 'playing' || item.runningSinceMs !== null) return item;
  return { ...item, runningSinceMs: nowMs };
}

/** Ends the item before its end: what was done is kept; with nothing done it counts as skipped. */
export function leaveItem(item: ItemState, nowMs: number, repMode: RepMode): ItemState {
  if (item.phase === 'feedback' || item.phase === 'finished') return item;
  const work = item.phase === 'playing' ? recordSegment(item, nowMs, repMode, false) : item.work;
  return toFeedback({ ...item, work });
}

/** The item swapped for its easier variant, to be begun afresh; the planned item is kept. */
export function swapForEasier(
  item: ItemState,
  easier: PlayerExercise,
  kind: 'variant' | 'position' = 'variant',
): ItemState {
  return {
    ...item,
    eased: { kind, fromId: item.exerciseId, toId: easier.id },
    exerciseId: easier.id,
    pillar: easier.pillar,
    easier: true,
    dose: easierDose(item.dose, easier),
    breathPattern: easier.breathPattern ?? null,
    phase: 'intro',
    segment: 0,
    elapsedMs: 0,
    runningSinceMs: null,
    count: 0,
    work: NO_WORK,
    status: null,
  };
}

/**
 * The item at a smaller dose, carrying on where it is: a smaller dose only shortens segments or
 * drops the last ones, so the segment under way keeps its place (and ends now if it is past the
 * new end). What was done so far is kept.
 */
export function lowerDose(
  item: ItemState,
  step: Extract<EaseStep, { kind: 'dose' }>,
  nowMs: number,
  repMode: RepMode,
): ItemState {
  const { field, from, to } = step;
  const eased: ItemState = { ...item, dose: step.dose, easier: true, eased: { kind: 'dose', field, from, to } };
  if (eased.phase !== 'playing') return eased;
  const segment = currentSegment(eased);
  if (segment === undefined) return toFeedback(eased);
  if (segment.kind === 'reps' && repMode === 'tap' && eased.count >= segment.target)
    return endSegmentNow(eased, nowMs, repMode);
  // A hold or a timer already past its new length ends now, done; the rest after it starts now.
  if (isTimedSegment(segment, repMode) && elapsedOf(eased, nowMs) >= segmentMs(segment)) {
    const work = recordSegment(eased, nowMs, repMode, true);
    return enterSegment({ ...eased, work }, eased.segment + 1, nowMs, repMode);
  }
  return eased;
}

/** The rest at the bottom of "make it easier": the item ends here, as done in an easier way. */
export function restInstead(item: ItemState, nowMs: number, repMode: RepMode): ItemState {
  const left = leaveItem(item, nowMs, repMode);
  // With something done, the person is still asked how it went; with nothing done, on to the next.
  const phase = hasWork(left.work) ? 'feedback' : 'finished';
  return {
    ...left,
    easier: true,
    rested: true,
    eased: { kind: 'rest' },
    status: 'easier',
    phase,
    runningSinceMs: null,
  };
}
