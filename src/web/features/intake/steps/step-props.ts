/** What every intake step receives from the wizard. */
import type { IntakeAnswers, IntakeProblem } from '../../../../core/intake.js';

export interface StepProps {
  answers: IntakeAnswers;
  onChange: (patch: Partial<IntakeAnswers>) => void;
  problems: readonly IntakeProblem[];
}

/** True when a problem about `field` was found on this step. */
export function hasProblem(
  problems: readonly IntakeProblem[],
  field: IntakeProblem['field'],
): boolean {
  return problems.some((p) => p.field === field);
}
