// Covers the flare plan's draft: empty and from a saved plan, the request (trimmed words, empty as
// none, what helps in catalog order), words too long, and when home says "during a flare".
import { describe, expect, it } from 'vitest';
import { PutFlarePlanRequest, type FlarePlanSchema } from '../../../contract/flare-plan.js';
import { FLARE_PLAN_TEXT_MAX } from '../../../core/flare-plan.js';
import {
  FLARE_STEPS,
  STEP_OF_FIELD,
  draftFromPlan,
  flarePlanProblems,
  isDuringFlare,
  toPutFlarePlanRequest,
} from './flare-plan-form.js';

const saved: FlarePlanSchema = {
  helps: ['heat', 'rest'],
  helpsOwnWords: 'A warm shower',
  firstDays: null,
  stopDoing: 'Long drives',
  tellWho: 'Sam',
  tellAsk: null,
  callDoctor: null,
  updatedAt: '2026-11-24T09:00:00.000Z',
};

describe('flare plan draft', () => {
  it('starts empty and sends nothing but empty lists and nulls', () => {
    const body = toPutFlarePlanRequest(draftFromPlan(null));
    expect(body).toEqual({
      helps: [],
      helpsOwnWords: null,
      firstDays: null,
      stopDoing: null,
      tellWho: null,
      tellAsk: null,
      callDoctor: null,
    });
    expect(PutFlarePlanRequest.safeParse(body).success).toBe(true);
  });

  it('round-trips a saved plan', () => {
    const { updatedAt: _at, ...plan } = saved;
    expect(toPutFlarePlanRequest(draftFromPlan(saved))).toEqual(plan);
  });

  it('trims words and keeps what helps in catalog order', () => {
    const draft = { ...draftFromPlan(null), helps: ['rest' as const, 'heat' as const], firstDays: '  walk a little  ', tellAsk: '   ' };
    expect(toPutFlarePlanRequest(draft)).toMatchObject({ helps: ['heat', 'rest'], firstDays: 'walk a little', tellAsk: null });
  });

  it('names the words too long to save, with their step', () => {
    const draft = { ...draftFromPlan(null), tellAsk: 'x'.repeat(FLARE_PLAN_TEXT_MAX + 1), firstDays: 'x'.repeat(FLARE_PLAN_TEXT_MAX) };
    expect(flarePlanProblems(draft)).toEqual(['tellAsk']);
    expect(STEP_OF_FIELD.tellAsk).toBe('tell');
    expect(FLARE_STEPS).toHaveLength(5);
  });
});

describe('during a flare', () => {
  it.each([
    [{ pacingMode: null, badDay: false, checkinsToday: [] }, false],
    [{ pacingMode: 'normal', badDay: false, checkinsToday: [{ flare: false }] }, false],
    [{ pacingMode: 'rebuild', badDay: false, checkinsToday: [] }, false],
    [{ pacingMode: 'flare', badDay: false, checkinsToday: [] }, true],
    [{ pacingMode: 'normal', badDay: true, checkinsToday: [] }, true],
    [{ pacingMode: null, badDay: false, checkinsToday: [{ flare: false }, { flare: true }] }, true],
  ] as const)('%j → %s', (signs, during) => {
    expect(isDuringFlare(signs)).toBe(during);
  });
});
