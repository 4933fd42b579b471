/**
 * The tolerance test of CLINICAL.md §3 ("a tolerance test the person runs"): one aerobic activity
 * at an easy pace until the person would like to stop, or up to 15 minutes. Its minutes are the
 * activity's baseline, and the quota starts at 80 % of them (the pacing rule `startQuota`). The
 * clock is always passed in: a run is data, and screens move it on.
 */
import { startQuota } from '../pacing/rules.js';
import type { SessionLogBody, StopReason } from '../session-player/index.js';

/** The limits of a test: up to 15 minutes; a run left for half a day is forgotten. */
export const TOLERANCE_TEST = {
  maxMinutes: 15,
  forgetAfterMs: 12 * 60 * 60_000,
} as const;

const MAX_MS = TOLERANCE_TEST.maxMinutes * 60_000;

/** One test under way or just ended, as kept on the device. */
export interface ToleranceRun {
  clientId: string;
  /** The pacing key, `aerobic:walking`, and the exercise the log names. */
  activity: string;
  exerciseId: string;
  painBefore: number;
  startedAtMs: number;
  /** Null while the clock runs. */
  stoppedAtMs: number | null;
}

/** The body of `POST /api/me/sessions` for a test: one timed item, marked as a tolerance test. */
export type ToleranceLogBody = SessionLogBody & { toleranceTest: true };

/** A run whose clock starts now. */
export function startRun(input: Omit<ToleranceRun, 'startedAtMs' | 'stoppedAtMs'>, nowMs: number): ToleranceRun {
  return { ...input, startedAtMs: nowMs, stoppedAtMs: null };
}

/** Time on the clock: from the start to the stop (or now), never below 0 nor past 15 minutes. */
export function elapsedMs(run: ToleranceRun, nowMs: number): number {
  const end = run.stoppedAtMs ?? nowMs;
  return Math.min(MAX_MS, Math.max(0, end - run.startedAtMs));
}

/** True once the clock has reached 15 minutes: the test ends by itself. */
export function isTimeUp(run: ToleranceRun, nowMs: number): boolean {
  return elapsedMs(run, nowMs) >= MAX_MS;
}

/** The run with its clock stopped now, or at 15 minutes if that came first; a stopped run is kept. */
export function stopRun(run: ToleranceRun, nowMs: number): ToleranceRun {
  if (run.stoppedAtMs !== null) return run;
  return { ...run, stoppedAtMs: run.startedAtMs + elapsedMs(run, nowMs) };
}

/** True for a run begun so long ago (or in the future, after a clock change) that it cannot be trusted. */
export function isStale(run: ToleranceRun, nowMs: number): boolean {
  return nowMs - run.startedAtMs > TOLERANCE_TEST.forgetAfterMs || run.startedAtMs - nowMs > MAX_MS;
}

/** The minutes a run lasted, to a tenth (what the log sends), at least a tenth so it is measured. */
export function runMinutes(run: ToleranceRun, nowMs: number): number {
  return Math.max(0.1, Math.round(elapsedMs(run, nowMs) / 6_000) / 10);
}

/** The daily amount pacing starts from after a test of `minutes`: the same rule the server applies. */
export function startingPointOf(minutes: number): number {
  return startQuota(minutes, 'minutes');
}

/** The log of a stopped run with pain after; null while the clock still runs. */
export function buildToleranceLog(run: ToleranceRun, painAfter: number): ToleranceLogBody | null {
  if (run.stoppedAtMs === null) return null;
  return {
    clientId: run.clientId,
    startedAt: new Date(run.startedAtMs).toISOString(),
    painBefore: run.painBefore,
    painAfter,
    items: [{ exerciseId: run.exerciseId, minutes: runMinutes(run, run.stoppedAtMs), status: 'done' }],
    toleranceTest: true,
  };
}

/**
 * The log of a test ended through the stop flow ("something feels wrong"): a partial session
 * with its reason and no pain after asked, and not a tolerance test, so it sets no baseline —
 * pacing and the plan act on the reason as for any session (CLINICAL.md §1).
 */
export function buildStoppedTestLog(run: ToleranceRun, reason: StopReason, nowMs: number): SessionLogBody {
  return {
    clientId: run.clientId,
    startedAt: new Date(run.startedAtMs).toISOString(),
    painBefore: run.painBefore,
    painAfter: null,
    items: [{ exerciseId: run.exerciseId, minutes: runMinutes(run, nowMs), status: 'done' }],
    partial: true,
    stopReason: reason,
  };
}

/** True when a stored value is a run this code can carry on. */
export function isToleranceRun(value: unknown): value is ToleranceRun {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof ToleranceRun, unknown>>;
  const isNumber = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  return (
    typeof v.clientId === 'string' &&
    typeof v.activity === 'string' &&
    typeof v.exerciseId === 'string' &&
    isNumber(v.painBefore) &&
    isNumber(v.startedAtMs) &&
    (v.stoppedAtMs === null || isNumber(v.stoppedAtMs))
  );
}
