/** The clinician's caseload (issue 10): each row's figures and the "needs attention first" order. */
import { findAttentionReasons, tierOf, type AttentionReason } from './attention.js';
import { buildCaseloadFigures, type CaseloadFigures, type CaseloadInput } from './figures.js';

export * from './attention.js';
export * from './figures.js';

/** A row's figures with its attention reasons and tier. */
export interface CaseloadAssessment extends CaseloadFigures {
  attention: AttentionReason[];
  tier: number;
}

/** Everything one caseload row shows and is sorted by. */
export function assessPatient(input: CaseloadInput): CaseloadAssessment {
  const figures = buildCaseloadFigures(input);
  const attention = findAttentionReasons(figures, input.today);
  return { ...figures, attention, tier: tierOf(attention) };
}
