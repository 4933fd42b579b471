// When a stored week is rebuilt, and the sentence that explains it.
import { describe, expect, it } from 'vitest';
import { describePlanChange, isSameBasis, type PlanBasis } from './plan-basis.js';

const BASE: PlanBasis = { profileUpdatedAt: '2026-11-23T08:00:00.000Z', flareSince: null, badDays: [] };

describe('plan basis', () => {
  it('keeps the stored week while nothing it stands on changed', () => {
    expect(isSameBasis(BASE, { ...BASE })).toBe(true);
    expect(describePlanChange(BASE, { ...BASE })).toBeNull();
    expect(describePlanChange(null, BASE)).toBeNull();
  });

  it.each([
    [{ profileUpdatedAt: '2026-11-24T08:00:00.000Z' }, 'plan_changed_profile'],
    [{ flareSince: '2026-11-24' }, 'plan_changed_flare'],
    [{ badDays: [2] }, 'plan_changed_bad_day'],
    [{ flareSince: null, badDays: [] }, null],
    [{ highPainToday: true }, 'plan_changed_pain_today'],
    [{ profileUpdatedAt: 'later', badDays: [2] }, 'plan_changed_profile'],
  ] as const)('explains a rebuild after %j as %s', (change, code) => {
    const result = describePlanChange(BASE, { ...BASE, ...change, badDays: [...((change as Partial<PlanBasis>).badDays ?? [])] });
    expect(result?.code ?? null).toBe(code);
    if (code) expect(result?.message.length).toBeGreaterThan(20);
  });

  it('explains taking a bad day back, never as a bad day', () => {
    expect(describePlanChange({ ...BASE, badDays: [2] }, BASE)?.code).toBe('plan_changed_bad_day_undone');
  });

  it('explains the end of a flare', () => {
    expect(describePlanChange({ ...BASE, flareSince: '2026-11-22' }, BASE)?.code).toBe('plan_changed_flare_over');
  });
});
