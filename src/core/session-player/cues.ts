/**
 * Cues between two moments of a session: a new step began, the last seconds of a count-in, hold
 * or rest, a minute passed in a timed stretch, a paced rep moved, a breath turned. The screen
 * turns them into beeps, spoken words and polite announcements — at sensible moments, never
 * every second.
 */
import type { BreathPhase } from './breath.js';
import type { PlayerView, RepPart, StepView } from './view.js';
import { secondsLeft } from './view.js';

/** Something worth saying or sounding. */
export type Cue =
  | { kind: 'step'; step: StepView }
  | { kind: 'countdown'; seconds: number }
  | { kind: 'secondsLeft'; seconds: number }
  | { kind: 'minutesLeft'; minutes: number }
  | { kind: 'rep'; part: RepPart; rep: number }
  | { kind: 'breath'; phase: BreathPhase }
  | { kind: 'allDone' };

/** A hold this long or longer gets a "10 seconds left". */
const HALFWAY_NOTE_MS = 20_000;

/** Which step a view is at; a change of key is a new step. */
export function stepKey(view: PlayerView): string {
  if (view.stage !== 'playing') return view.stage;
  const { item, step, index } = view;
  return `${index}:${item.exerciseId}:${item.phase}:${item.segment}:${step.kind}`;
}

/** The cues to give on the way from `prev` to `next`. */
export function cuesBetween(prev: PlayerView, next: PlayerView): Cue[] {
  if (next.stage !== 'playing') {
    return prev.stage === 'playing' && next.stage === 'after' && next.ending === 'complete'
      ? [{ kind: 'allDone' }]
      : [];
  }
  if (next.paused) return [];
  if (stepKey(prev) !== stepKey(next)) return [{ kind: 'step', step: next.step }];
  if (prev.stage !== 'playing') return [];
  return cuesWithinStep(prev.step, next.step);
}

function cuesWithinStep(prev: StepView, next: StepView): Cue[] {
  switch (next.kind) {
    case 'ready':
    case 'rest':
    case 'hold':
      return countdownCues(prev, next);
    case 'timed':
      return prev.kind === 'timed' ? timedCues(prev, next) : [];
    case 'reps':
      if (next.mode !== 'paced' || prev.kind !== 'reps' || prev.mode !== 'paced') return [];
      return prev.part !== next.part || prev.rep !== next.rep
        ? [{ kind: 'rep', part: next.part, rep: next.rep }]
        : [];
    case 'intro':
    case 'feedback':
      return [];
  }
}

function countdownCues(prev: StepView, next: Extract<StepView, { remainingMs: number }>): Cue[] {
  if (!('remainingMs' in prev)) return [];
  const before = secondsLeft(prev.remainingMs);
  const after = secondsLeft(next.remainingMs);
  if (after === before) return [];
  if (after >= 1 && after <= 3) return [{ kind: 'countdown', seconds: after }];
  const long = next.kind === 'hold' && next.segment.ms >= HALFWAY_NOTE_MS;
  return long && before > 10 && after <= 10 ? [{ kind: 'secondsLeft', seconds: 10 }] : [];
}

function timedCues(
  prev: Extract<StepView, { kind: 'timed' }>,
  next: Extract<StepView, { kind: 'timed' }>,
): Cue[] {
  const cues: Cue[] = [];
  if (prev.breath && next.breath && prev.breath.phase !== next.breath.phase) {
    cues.push({ kind: 'breath', phase: next.breath.phase });
  }
  const before = Math.ceil(prev.remainingMs / 60_000);
  const after = Math.ceil(next.remainingMs / 60_000);
  if (after < before && after > 0 && isMinuteWorthSaying(after))
    cues.push({ kind: 'minutesLeft', minutes: after });
  return cues;
}

/** Each of the last five minutes, and every fifth minute before that. */
function isMinuteWorthSaying(minutes: number): boolean {
  return minutes <= 5 || minutes % 5 === 0;
}
