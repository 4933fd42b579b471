/**
 * What safety answers that could not be saved (offline, or the server did not answer) mean, so a
 * stop sign is never hidden behind a failed save. Only a referral is shown: without the server the
 * last stop sign is unknown, so a go-ahead cannot be judged and "clear" is never said from here.
 */
import { assessSafety, isReferral, type SafetyAnswers, type SafetyOutcome } from '../../../core/safety.js';

/** The emergency or urgent outcome of answers not yet saved, or null when they ask for neither. */
export function unsavedReferral(answers: SafetyAnswers | null): SafetyOutcome | null {
  if (!answers) return null;
  // A go-ahead is left out: the server may know of a stop sign after it.
  const { cleared_by_clinician: _cleared, clearedOn: _on, ...screen } = answers;
  const outcome = assessSafety(screen);
  return isReferral(outcome) ? outcome : null;
}
