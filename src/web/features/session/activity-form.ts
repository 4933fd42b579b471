/** The quick activity log as a form: what it holds, and what still needs an answer. */
import { ACTIVITY_MINUTES, type Effort } from '../../../core/session-player/index.js';

/** The answers as typed and chosen. */
export interface ActivityForm {
  exerciseId: string;
  minutes: string;
  effort: Effort | null;
  painBefore: number | null;
  painAfter: number | null;
}

export type ActivityField = 'minutes' | 'effort' | 'painBefore' | 'painAfter';

/** Answers ready to log. */
export interface ActivityAnswers {
  exerciseId: string;
  minutes: number;
  effort: Effort;
  painBefore: number;
  painAfter: number;
}

/** The answers, or the fields still to answer (in the order they appear). */
export function checkActivityForm(
  form: ActivityForm,
): { ok: true; answers: ActivityAnswers } | { ok: false; problems: ActivityField[] } {
  const minutes = Number(form.minutes.trim().replace(',', '.'));
  const minutesOk =
    form.minutes.trim() !== '' &&
    Number.isFinite(minutes) &&
    minutes >= ACTIVITY_MINUTES.min &&
    minutes <= ACTIVITY_MINUTES.max;
  const problems: ActivityField[] = [];
  if (!minutesOk) problems.push('minutes');
  if (form.effort === null) problems.push('effort');
  if (form.painBefore === null) problems.push('painBefore');
  if (form.painAfter === null) problems.push('painAfter');
  if (
    problems.length > 0 ||
    form.effort === null ||
    form.painBefore === null ||
    form.painAfter === null
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    answers: {
      exerciseId: form.exerciseId,
      minutes: Math.round(minutes),
      effort: form.effort,
      painBefore: form.painBefore,
      painAfter: form.painAfter,
    },
  };
}
