/**
 * The "add a setting" form as data. Dimensions: every kind builds a request the contract accepts;
 * each kind's missing or wrong field is named; an include that fails rules needs every rule
 * confirmed and a reason; server fields map to the form's fields.
 */
import { describe, expect, it } from 'vitest';
import { NewAdjustment } from '../../../contract/prescription.js';
import { emptyDraft, fieldOfServerError, rulesSatisfied, toNewAdjustment, type AdjustmentDraft, type DraftWords } from './adjustment-form.js';

const w: DraftWords = {
  exerciseRequired: 'exercise', daysRequired: 'days', doseRequired: 'dose', doseInvalid: (f) => `dose ${f}`,
  valueInvalid: 'value', weekRequired: 'week', minutesInvalid: 'minutes', daysInvalid: 'days a week',
  coversRequired: 'covers', reasonRequired: 'reason', rulesRequired: 'rules',
};
const draft = (kind: AdjustmentDraft['kind'], patch: Partial<AdjustmentDraft>): AdjustmentDraft => ({ ...emptyDraft(kind), ...patch });

describe('a draft the contract accepts', () => {
  it.each<[string, AdjustmentDraft]>([
    ['include', draft('include', { exerciseId: 'wall-push-up', days: [1, 4], dose: { sets: '2', reps: '10', holdSeconds: '', minutes: '' } })],
    ['include over a rule', draft('include', { exerciseId: 'bridge', days: [2], failedRules: ['position'], confirmedRules: ['position'], reason: 'We practised the floor transfer.' })],
    ['exclude', draft('exclude', { exerciseId: 'wall-push-up', reason: 'Your shoulder needs a rest.' })],
    ['dose cap', draft('dose', { exerciseId: 'walk-outdoors-flat', mode: 'cap', dose: { sets: '', reps: '', holdSeconds: '', minutes: '15' } })],
    ['quota', draft('quota', { activity: 'aerobic:walking', value: '10' })],
    ['rise', draft('rise', { rise: '0.05' })],
    ['hold for walking', draft('rise', { rise: '0', riseActivity: 'aerobic:walking' })],
    ['week', draft('week', { minutesPerDay: '20', daysPerWeek: '' })],
    ['go-ahead', draft('go_ahead', { covers: ['clearance'] })],
  ])('%s', (_name, input) => {
    const result = toNewAdjustment(input, w);
    expect('body' in result).toBe(true);
    if ('body' in result) expect(NewAdjustment.safeParse(result.body).success).toBe(true);
  });
});

describe('a draft with something to fix', () => {
  it.each<[string, AdjustmentDraft, Record<string, string>]>([
    ['include without exercise or days', draft('include', {}), { exercise: 'exercise', days: 'days' }],
    ['include with a wrong dose', draft('include', { exerciseId: 'x', days: [1], dose: { sets: '9', reps: '', holdSeconds: '', minutes: '' } }), { dose: 'dose sets' }],
    ['include over a rule, unconfirmed', draft('include', { exerciseId: 'x', days: [1], failedRules: ['position', 'equipment'], confirmedRules: ['position'] }), { rules: 'rules', reason: 'reason' }],
    ['exclude without exercise', draft('exclude', {}), { exercise: 'exercise' }],
    ['dose without amounts', draft('dose', { exerciseId: 'x' }), { dose: 'dose' }],
    ['quota out of range', draft('quota', { value: '120' }), { value: 'value' }],
    ['week empty', draft('week', {}), { week: 'week' }],
    ['week with 3 minutes', draft('week', { minutesPerDay: '3' }), { week: 'minutes' }],
    ['week with 8 days', draft('week', { daysPerWeek: '8' }), { week: 'days a week' }],
    ['go-ahead covering nothing', draft('go_ahead', {}), { covers: 'covers' }],
  ])('%s', (_name, input, errors) => {
    expect(toNewAdjustment(input, w)).toEqual({ errors });
  });
});

describe('Save on an include over the rules', () => {
  it.each<[string, Partial<AdjustmentDraft>, boolean]>([
    ['no rule fails', { failedRules: [] }, true],
    ['a rule unconfirmed', { failedRules: ['position'], reason: 'why' }, false],
    ['confirmed without reason', { failedRules: ['position'], confirmedRules: ['position'], reason: '  ' }, false],
    ['confirmed with reason', { failedRules: ['position'], confirmedRules: ['position'], reason: 'why' }, true],
  ])('%s', (_name, patch, ok) => {
    expect(rulesSatisfied(draft('include', patch))).toBe(ok);
  });
});

describe('server errors by field', () => {
  it.each([
    ['dose.sets', 'dose'], ['days', 'days'], ['exerciseId', 'exercise'], ['minutesPerDay', 'week'],
    ['confirmedRules', 'rules'], ['reason', 'reason'], [undefined, 'form'], ['something', 'form'],
  ])('%s → %s', (field, place) => {
    expect(fieldOfServerError(field)).toBe(place);
  });
});
