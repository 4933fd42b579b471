// What unsaved safety answers mean (found in review of issue 13: offline, a failed save showed only
// an error and hid the stop sign). Dimensions: emergency and urgent answers, with and without a
// clinician's go-ahead; clearance-only and all-no answers say nothing; no answers say nothing.
import { describe, expect, it } from 'vitest';
import type { SafetyAnswers } from '../../../core/safety.js';
import { unsavedReferral } from './unsaved-outcome.js';

describe('unsavedReferral', () => {
  it.each<[string, SafetyAnswers | null, string | null]>([
    ['no answers tried', null, null],
    ['all no', { chest_pain_rest: false, fever_unwell: false }, null],
    ['chest pain at rest', { chest_pain_rest: true }, 'refer_emergency'],
    ['chest pain at rest with a go-ahead', { chest_pain_rest: true, cleared_by_clinician: true, clearedOn: '2026-11-20' }, 'refer_emergency'],
    ['fever', { fever_unwell: true }, 'refer_urgent'],
    ['fever with a dated go-ahead (the server may know of a later stop sign)', { fever_unwell: true, cleared_by_clinician: true, clearedOn: '2026-11-20' }, 'refer_urgent'],
    ['a heart condition only', { heart_condition: true }, null],
  ])('%s → %s', (_name, answers, status) => {
    expect(unsavedReferral(answers)?.status ?? null).toBe(status);
  });
});
