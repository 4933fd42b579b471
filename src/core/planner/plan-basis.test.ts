// When a stored week is rebuilt, and the sentence that explains it.
import { describe, expect, it } from 'vitest';
import type { PacingView } from '../pacing/activity.js';
import { describePlanChange, isSameBasis, movedActivities, pacingFingerprintOf, type PlanBasis } from './plan-basis.js';

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

  it('never says pain is high when today went back to its usual plan because pain eased', () => {
    const change = describePlanChange({ ...BASE, highPainToday: true }, { ...BASE, highPainToday: false });
    expect(change?.code).toBe('plan_changed_pain_eased');
    expect(change?.message).not.toMatch(/high/);
  });

  it('explains the end of a flare', () => {
    expect(describePlanChange({ ...BASE, flareSince: '2026-11-22' }, BASE)?.code).toBe('plan_changed_flare_over');
  });

  const VIEW: PacingView = {
    mode: 'normal',
    quotas: [
      { activity: 'session', unit: 'minutes', value: 19 },
      { activity: 'aerobic:walking', unit: 'minutes', value: 9 },
      { activity: 'strength:wall-push-up', unit: 'reps', value: 12, sets: 1, exerciseId: 'wall-push-up' },
    ],
  };
  const withPacing = (view: PacingView): PlanBasis => ({ ...BASE, pacing: pacingFingerprintOf(view) });

  it('keeps the week while pacing reads the same, whatever the order of its quotas', () => {
    const reordered = { ...VIEW, quotas: [...VIEW.quotas].reverse() };
    expect(isSameBasis(withPacing(VIEW), withPacing(reordered))).toBe(true);
  });

  it.each([
    ['a quota moves', { ...VIEW, quotas: VIEW.quotas.map((q) => (q.activity === 'session' ? { ...q, value: 2 } : q)) }, ['session']],
    ['a strength chain moves to its next variant', { ...VIEW, quotas: VIEW.quotas.map((q) => (q.exerciseId ? { ...q, exerciseId: 'counter-push-up', value: 8 } : q)) }, ['strength:wall-push-up']],
    ['a set is added', { ...VIEW, quotas: VIEW.quotas.map((q) => (q.sets ? { ...q, sets: 2, value: 8 } : q)) }, ['strength:wall-push-up']],
    ['a new quota appears', { ...VIEW, quotas: [...VIEW.quotas, { activity: 'aerobic:cycling' as const, unit: 'minutes' as const, value: 5 }] }, ['aerobic:cycling']],
    ['the mode changes', { ...VIEW, mode: 'rebuild' as const }, []],
  ])('moves the week with pacing when %s', (_, view, moved) => {
    const change = describePlanChange(withPacing(VIEW), withPacing(view), 'Walking 9 → 10 min: three calm walks this week.');
    expect(change?.code).toBe('plan_changed_pacing');
    expect(change?.message).toBe('Your week moved with your pacing: Walking 9 → 10 min: three calm walks this week.');
    expect(movedActivities(withPacing(VIEW).pacing, pacingFingerprintOf(view))).toEqual(moved);
  });

  it('rebuilds a week stored before pacing was part of its basis, with a plain reason', () => {
    const change = describePlanChange(BASE, withPacing(VIEW));
    expect(change?.code).toBe('plan_changed_pacing');
    expect(change?.message).toMatch(/pacing page/);
  });

  it('names a bad day before pacing when both changed', () => {
    expect(describePlanChange(withPacing(VIEW), { ...withPacing({ ...VIEW, mode: 'rebuild' }), badDays: [3] })?.code).toBe('plan_changed_bad_day');
  });
});
