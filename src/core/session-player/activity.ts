/**
 * A quick log of an activity done away from the app — a walk outside, a swim — as one session
 * log with one item. Effort is asked on the talk test (CLINICAL.md §2: an easy pace lets you talk
 * in full sentences but not sing). The contract has no effort field yet, so effort travels as
 * the item's feedback: easy → too_easy, right → right, hard → too_hard.
 */
import type { SessionLogBody } from './record.js';
import type { Feedback } from './types.js';

/** Effort on the talk test: could sing; could talk but not sing; could only say a few words. */
export const EFFORTS = ['easy', 'right', 'hard'] as const;
export type Effort = (typeof EFFORTS)[number];

/** The feedback an effort is sent as until the contract carries effort itself. */
export function effortToFeedback(effort: Effort): Feedback {
  switch (effort) {
    case 'easy':
      return 'too_easy';
    case 'right':
      return 'right';
    case 'hard':
      return 'too_hard';
  }
}

/** The limits of a quick log: whole minutes, as long as the contract allows. */
export const ACTIVITY_MINUTES = { min: 1, max: 600 } as const;

/** What a person tells us about an activity done just now. */
export interface ActivityReport {
  clientId: string;
  exerciseId: string;
  minutes: number;
  effort: Effort;
  painBefore: number;
  painAfter: number;
  /** When the log is made; the activity is taken to have ended then. */
  nowMs: number;
}

/** The session log of an activity that ended now and lasted `minutes`. */
export function buildActivityLog(report: ActivityReport): SessionLogBody {
  const minutes = Math.min(
    ACTIVITY_MINUTES.max,
    Math.max(ACTIVITY_MINUTES.min, Math.round(report.minutes)),
  );
  return {
    clientId: report.clientId,
    startedAt: new Date(report.nowMs - minutes * 60_000).toISOString(),
    painBefore: report.painBefore,
    painAfter: report.painAfter,
    items: [
      {
        exerciseId: report.exerciseId,
        minutes,
        status: 'done',
        feedback: effortToFeedback(report.effort),
      },
    ],
  };
}
