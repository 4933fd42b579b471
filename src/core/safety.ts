/**
 * The safety screen (CLINICAL.md §1). A "yes" to an emergency question means no plan: the person
 * is sent to emergency care. A "yes" to an urgent question means no plan until a clinician's
 * dated go-ahead. A "yes" to a clearance question (from the PAR-Q+) allows only gentle work until
 * a clinician has cleared them. Sources: research/clinical-sources.md §8.
 */
import type { LocalDate } from './calendar.js';

export const SAFETY_LEVELS = ['emergency', 'urgent', 'clearance'] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];

/** Every screening question, in the order a person is asked them, with what a "yes" means. */
export const SAFETY_QUESTIONS = [
  { id: 'bladder_bowel_change', level: 'emergency' },
  { id: 'saddle_numbness', level: 'emergency' },
  { id: 'both_legs_weakness', level: 'emergency' },
  { id: 'neck_dizziness_speech', level: 'emergency' },
  { id: 'chest_pain_rest', level: 'emergency' },
  { id: 'progressive_weakness', level: 'urgent' },
  { id: 'cancer_or_weight_loss', level: 'urgent' },
  { id: 'fever_unwell', level: 'urgent' },
  { id: 'recent_trauma', level: 'urgent' },
  { id: 'hand_clumsiness_gait', level: 'urgent' },
  { id: 'heart_condition', level: 'clearance' },
  { id: 'chest_pain_activity', level: 'clearance' },
  { id: 'dizzy_fainting', level: 'clearance' },
  { id: 'supervised_only', level: 'clearance' },
] as const satisfies readonly { id: string; level: SafetyLevel }[];

export type SafetyQuestionId = (typeof SAFETY_QUESTIONS)[number]['id'];
export const SAFETY_QUESTION_IDS = SAFETY_QUESTIONS.map((q) => q.id) as SafetyQuestionId[];

/**
 * The answers: id → yes/no, whether a clinician has cleared the person to exercise and on which
 * day, and when the screen was last answered (set by the server, never by the person).
 */
export type SafetyAnswers = Partial<Record<SafetyQuestionId, boolean>> & {
  cleared_by_clinician?: boolean;
  clearedOn?: LocalDate;
  screenedAt?: string;
};

/** What else the screen is judged against: the day of the last stop sign in a session, if any. */
export interface SafetyContext {
  /** A go-ahead dated before this day was given before the stop sign and no longer counts. */
  lastStopSignOn?: LocalDate | null;
}

/**
 * What the screen means for planning:
 * - `refer_emergency`: seek emergency care now; no plan.
 * - `refer_urgent`: see a doctor soon, before starting; no plan.
 * - `clearance_needed`: breathing and level-1 stretching only, until cleared.
 * - `clear`: a full plan.
 */
export type SafetyOutcome =
  | { status: 'refer_emergency'; flagged: SafetyQuestionId[] }
  | { status: 'refer_urgent'; flagged: SafetyQuestionId[] }
  | { status: 'clearance_needed'; flagged: SafetyQuestionId[] }
  | { status: 'clear'; flagged: SafetyQuestionId[] };

/** Returns the ids answered "yes" at a given level. */
export function findFlagged(answers: SafetyAnswers, level: SafetyLevel): SafetyQuestionId[] {
  return SAFETY_QUESTIONS.filter((q) => q.level === level && answers[q.id] === true).map(
    (q) => q.id,
  );
}

/**
 * Decides what the safety answers allow; the most serious level wins. A clinician's go-ahead
 * never opens the plan past an emergency answer; past an urgent answer it needs its date.
 */
export function assessSafety(answers: SafetyAnswers, context: SafetyContext = {}): SafetyOutcome {
  const emergency = findFlagged(answers, 'emergency');
  if (emergency.length > 0) return { status: 'refer_emergency', flagged: emergency };
  const urgent = findFlagged(answers, 'urgent');
  const clearance = findFlagged(answers, 'clearance');
  if (urgent.length > 0 && !hasGoAhead(answers, context, true)) return { status: 'refer_urgent', flagged: urgent };
  if (clearance.length > 0 && !hasGoAhead(answers, context, urgent.length > 0)) {
    return { status: 'clearance_needed', flagged: clearance };
  }
  return { status: 'clear', flagged: [...urgent, ...clearance] };
}

/**
 * True when a clinician's go-ahead counts: given, dated when a date is needed (after an urgent
 * answer; older clearance answers may have none), and not older than the last stop sign.
 */
export function hasGoAhead(answers: SafetyAnswers, context: SafetyContext, needsDate: boolean): boolean {
  if (answers.cleared_by_clinician !== true) return false;
  const on = answers.clearedOn;
  if (on === undefined) return !needsDate && !context.lastStopSignOn;
  // Strictly after: a go-ahead from the morning of a day with a stop sign came before it.
  return !context.lastStopSignOn || on > context.lastStopSignOn;
}

/** True when a plan must not be built at all. */
export function isReferral(outcome: SafetyOutcome): boolean {
  return outcome.status === 'refer_emergency' || outcome.status === 'refer_urgent';
}
