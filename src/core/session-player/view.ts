/**
 * What a guided session shows at one moment: the stage, the item, and within it the step — a
 * count-in, a hold, a rest, a set of reps (tapped or paced), or a timed stretch with its breath.
 */
import type { BreathPattern } from '../library/exercise.js';
import { breathAt, chooseBreath, type BreathMoment } from './breath.js';
import { PACED_DOWN_MS, PACED_UP_MS, pacedRepMs, segmentMs } from './dose.js';
import { currentSegment, elapsedOf, segmentsOf } from './items.js';
import type { Ending, ItemState, Segment, SessionState } from './types.js';

type SegmentOf<K extends Segment['kind']> = Extract<Segment, { kind: K }>;

/** The part of a paced rep. */
export type RepPart = 'up' | 'hold' | 'down';

/** The step of the item being played. */
export type StepView =
  | { kind: 'intro' }
  | { kind: 'feedback' }
  | { kind: 'ready'; remainingMs: number; next: Segment | undefined }
  | { kind: 'hold'; remainingMs: number; segment: SegmentOf<'hold'> }
  | { kind: 'rest'; remainingMs: number; segment: SegmentOf<'rest'>; next: Segment | undefined }
  | { kind: 'reps'; mode: 'tap'; count: number; segment: SegmentOf<'reps'> }
  | {
      kind: 'reps';
      mode: 'paced';
      count: number;
      rep: number;
      part: RepPart;
      segment: SegmentOf<'reps'>;
    }
  | {
      kind: 'timed';
      remainingMs: number;
      totalMs: number;
      pattern: BreathPattern | null;
      breath: BreathMoment | null;
    };

/** The whole screen at one moment. */
export type PlayerView =
  | { stage: 'before' }
  | { stage: 'after'; ending: Ending }
  | { stage: 'finished'; ending: Ending }
  | {
      stage: 'playing';
      index: number;
      total: number;
      item: ItemState;
      paused: boolean;
      stopping: boolean;
      step: StepView;
    };

/** The view of `state` at `nowMs`. */
export function viewSession(state: SessionState, nowMs: number): PlayerView {
  switch (state.stage) {
    case 'before':
      return { stage: 'before' };
    case 'after':
    case 'finished':
      return { stage: state.stage, ending: state.ending ?? 'left' };
    case 'playing': {
      const item = state.items[state.current];
      if (!item) return { stage: 'after', ending: state.ending ?? 'left' };
      const step = viewStep(state, item, nowMs);
      return {
        stage: 'playing',
        index: state.current,
        total: state.items.length,
        item,
        paused: state.paused,
        stopping: state.stop !== null,
        step,
      };
    }
  }
}

function viewStep(state: SessionState, item: ItemState, nowMs: number): StepView {
  if (item.phase === 'intro') return { kind: 'intro' };
  const segment = currentSegment(item);
  if (!segment) return { kind: 'feedback' };
  const elapsed = Math.min(elapsedOf(item, nowMs), segmentMs(segment));
  const remainingMs = segmentMs(segment) - elapsed;
  const next = segmentsOf(item)[item.segment + 1];
  switch (segment.kind) {
    case 'ready':
      return { kind: 'ready', remainingMs, next };
    case 'hold':
      return { kind: 'hold', remainingMs, segment };
    case 'rest':
      return { kind: 'rest', remainingMs, segment, next };
    case 'reps':
      return state.repMode === 'tap'
        ? { kind: 'reps', mode: 'tap', count: item.count, segment }
        : viewPacedReps(segment, elapsed);
    case 'timed': {
      const breathes = item.pillar === 'mind_body';
      const pattern = breathes ? chooseBreath(state.breath, item.breathPattern) : null;
      const breath = pattern ? breathAt(pattern, elapsed) : null;
      return { kind: 'timed', remainingMs, totalMs: segment.ms, pattern, breath };
    }
  }
}

/** A paced set: reps finished so far, the rep under way, and whether it goes up, holds or comes down. */
export function viewPacedReps(segment: SegmentOf<'reps'>, elapsedMs: number): StepView {
  const cycle = pacedRepMs(segment.holdMs);
  const count = Math.min(segment.target, Math.floor(elapsedMs / cycle));
  const into = elapsedMs - count * cycle;
  const part: RepPart = into < PACED_UP_MS ? 'up' : into < cycle - PACED_DOWN_MS ? 'hold' : 'down';
  return {
    kind: 'reps',
    mode: 'paced',
    count,
    rep: Math.min(segment.target, count + 1),
    part,
    segment,
  };
}

/** Whole seconds left, rounded up, as a countdown shows them. */
export function secondsLeft(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}
