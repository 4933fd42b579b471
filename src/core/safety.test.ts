// The safety screen's levels (CLINICAL.md §1): emergency never opens; urgent opens only with a
// dated go-ahead; clearance opens with a go-ahead; a go-ahead older than the last stop sign no
// longer counts.
import { describe, expect, it } from 'vitest';
import { assessSafety, SAFETY_QUESTION_IDS, type SafetyAnswers, type SafetyContext } from './safety.js';

const allNo: SafetyAnswers = Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false]));
const goAhead = { cleared_by_clinician: true, clearedOn: '2026-11-01' } as const;

describe('assessSafety', () => {
  it.each<[string, SafetyAnswers, SafetyContext, string]>([
    ['all no', allNo, {}, 'clear'],
    ['emergency', { ...allNo, chest_pain_rest: true }, {}, 'refer_emergency'],
    ['emergency with a dated go-ahead', { ...allNo, chest_pain_rest: true, ...goAhead }, {}, 'refer_emergency'],
    ['urgent', { ...allNo, cancer_or_weight_loss: true }, {}, 'refer_urgent'],
    ['urgent with a go-ahead but no date', { ...allNo, recent_trauma: true, cleared_by_clinician: true }, {}, 'refer_urgent'],
    ['urgent with a dated go-ahead', { ...allNo, recent_trauma: true, ...goAhead }, {}, 'clear'],
    ['urgent and clearance with a dated go-ahead', { ...allNo, fever_unwell: true, heart_condition: true, ...goAhead }, {}, 'clear'],
    ['clearance', { ...allNo, heart_condition: true }, {}, 'clearance_needed'],
    ['clearance with an undated go-ahead (older answers)', { ...allNo, heart_condition: true, cleared_by_clinician: true }, {}, 'clear'],
    ['clearance with a go-ahead from before the last stop sign', { ...allNo, heart_condition: true, ...goAhead }, { lastStopSignOn: '2026-11-20' }, 'clearance_needed'],
    ['clearance with an undated go-ahead and a stop sign', { ...allNo, heart_condition: true, cleared_by_clinician: true }, { lastStopSignOn: '2026-11-20' }, 'clearance_needed'],
    // Only the date is known: a go-ahead from the morning of a day with a stop sign came before it.
    ['clearance with a go-ahead on the day of the stop sign (it counted: the unsafe way round)', { ...allNo, heart_condition: true, ...goAhead }, { lastStopSignOn: '2026-11-01' }, 'clearance_needed'],
    ['clearance with a go-ahead the day after the stop sign', { ...allNo, heart_condition: true, ...goAhead }, { lastStopSignOn: '2026-10-31' }, 'clear'],
    ['urgent with a go-ahead from before the last stop sign', { ...allNo, recent_trauma: true, ...goAhead }, { lastStopSignOn: '2026-11-02' }, 'refer_urgent'],
  ])('%s → %s', (_name, answers, context, status) => {
    expect(assessSafety(answers, context).status).toBe(status);
  });

  it('lists the urgent answers a go-ahead covers, so a clinician can see them', () => {
    expect(assessSafety({ ...allNo, cancer_or_weight_loss: true, ...goAhead }).flagged).toEqual(['cancer_or_weight_loss']);
  });
});
