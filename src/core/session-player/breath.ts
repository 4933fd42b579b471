/**
 * The breathing pacer: where in a breath a person is after some time at a rhythm, and the rhythm
 * itself — the exercise's own when it has one, 4 s in and 6 s out otherwise (a longer breath out
 * calms; CLINICAL.md §2, mind-body practice), adjustable by the person.
 */
import type { BreathPattern } from '../library/exercise.js';

/** The rhythm used when neither the person nor the exercise gives one. */
export const DEFAULT_BREATH: BreathPattern = { inSeconds: 4, outSeconds: 6 };
/** The range a person can set each part of a breath to, in seconds. */
export const BREATH_LIMITS = { min: 2, max: 10 } as const;

export type BreathPhase = 'in' | 'holdIn' | 'out' | 'holdOut';

/** One moment of the pacer. */
export interface BreathMoment {
  phase: BreathPhase;
  /** The length of this phase in seconds. */
  seconds: number;
  /** Which second of the phase it is, from 1. */
  second: number;
  /** How many whole breaths came before this one. */
  breath: number;
}

/** The phases of one breath with their lengths, holds only when the rhythm has them. */
export function breathPhases(pattern: BreathPattern): { phase: BreathPhase; seconds: number }[] {
  const phases: { phase: BreathPhase; seconds: number }[] = [
    { phase: 'in', seconds: pattern.inSeconds },
  ];
  if (pattern.holdInSeconds) phases.push({ phase: 'holdIn', seconds: pattern.holdInSeconds });
  phases.push({ phase: 'out', seconds: pattern.outSeconds });
  if (pattern.holdOutSeconds) phases.push({ phase: 'holdOut', seconds: pattern.holdOutSeconds });
  return phases;
}

/** The moment of the pacer `elapsedMs` after it began. */
export function breathAt(pattern: BreathPattern, elapsedMs: number): BreathMoment {
  const phases = breathPhases(pattern);
  const cycleMs = phases.reduce((sum, p) => sum + p.seconds * 1000, 0);
  const safe = Math.max(0, elapsedMs);
  let into = cycleMs > 0 ? safe % cycleMs : 0;
  const breath = cycleMs > 0 ? Math.floor(safe / cycleMs) : 0;
  for (const { phase, seconds } of phases) {
    if (into < seconds * 1000)
      return { phase, seconds, second: Math.floor(into / 1000) + 1, breath };
    into -= seconds * 1000;
  }
  const first = phases[0] ?? { phase: 'in' as const, seconds: 0 };
  return { ...first, second: 1, breath };
}

/** The rhythm for an item: the person's choice, else the exercise's own, else 4 in and 6 out. */
export function chooseBreath(
  personal: BreathPattern | null,
  exercise: BreathPattern | null,
): BreathPattern {
  return personal ?? exercise ?? DEFAULT_BREATH;
}

/** The rhythm with the breath in or out made longer or shorter, kept within 2-10 s. */
export function adjustBreath(
  pattern: BreathPattern,
  part: 'in' | 'out',
  deltaSeconds: number,
): BreathPattern {
  const clamp = (n: number) => Math.min(BREATH_LIMITS.max, Math.max(BREATH_LIMITS.min, n));
  return part === 'in'
    ? { ...pattern, inSeconds: clamp(pattern.inSeconds + deltaSeconds) }
    : { ...pattern, outSeconds: clamp(pattern.outSeconds + deltaSeconds) };
}
