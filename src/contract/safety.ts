/**
 * The safety loop after intake (CLINICAL.md §1): what the answers and any stop sign since they
 * were given allow, whether the screen is due again and why, and answering it again.
 */
import { z } from 'zod';
import { REVIEW_REASONS, RED_FLAG_STOPS } from '../core/safety-review.js';
import { SAFETY_QUESTION_IDS } from '../core/safety.js';
import { Instant, LocalDate } from './common.js';
import { SafetyAnswersInput } from './profile.js';

/** Answering the safety questions again; the server records when. */
export const PutSafetyRequest = SafetyAnswersInput;
export type PutSafetyRequest = z.input<typeof PutSafetyRequest>;

/** The person's safety status. */
export const SafetyStatus = z.object({
  /** What the plan is built on: the answers, with a stop sign since them turning a full plan into clearance. */
  outcome: z.object({
    status: z.enum(['refer_emergency', 'refer_urgent', 'clearance_needed', 'clear']),
    flagged: z.array(z.enum(SAFETY_QUESTION_IDS)),
  }),
  /** A red-flag stop since the screen was last answered, or null. */
  hold: z.object({ reason: z.enum(RED_FLAG_STOPS), at: Instant, localDate: LocalDate }).nullable(),
  /** Show the emergency notice: a stop for chest pain or one-sided weakness since the last screen. */
  emergencyNotice: z.boolean(),
  /** The screen is due again when `reasons` is not empty. */
  review: z.object({ due: z.boolean(), reasons: z.array(z.enum(REVIEW_REASONS)) }),
  screenedAt: Instant,
  emergencyNumber: z.string(),
});
export type SafetyStatus = z.infer<typeof SafetyStatus>;
