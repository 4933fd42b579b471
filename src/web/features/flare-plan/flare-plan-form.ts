/**
 * The flare plan while it is being written: one draft kept across the steps, and how it becomes
 * the request (`PUT /api/me/flare-plan`). Nothing is required; empty words are sent as none.
 */
import { FLARE_PLAN_TEXT_MAX, normalizeFlarePlan } from '../../../core/flare-plan.js';
import type { ReliefKind } from '../../../core/journal/detail.js';
import type { FlarePlanSchema, PutFlarePlanRequest } from '../../../contract/flare-plan.js';

/** The guided steps, one question a screen. */
export const FLARE_STEPS = ['helps', 'firstDays', 'stopDoing', 'tell', 'callDoctor'] as const;
export type FlareStep = (typeof FLARE_STEPS)[number];

/** The fields written in the person's own words. */
export const FLARE_TEXT_FIELDS = ['helpsOwnWords', 'firstDays', 'stopDoing', 'tellWho', 'tellAsk', 'callDoctor'] as const;
export type FlareTextField = (typeof FLARE_TEXT_FIELDS)[number];

export type FlarePlanDraft = { helps: ReliefKind[] } & Record<FlareTextField, string>;

/** The step each text field is written on, so a problem can send the person back to it. */
export const STEP_OF_FIELD: Record<FlareTextField, FlareStep> = {
  helpsOwnWords: 'helps',
  firstDays: 'firstDays',
  stopDoing: 'stopDoing',
  tellWho: 'tell',
  tellAsk: 'tell',
  callDoctor: 'callDoctor',
};

/** A draft from the saved plan, or an empty one. */
export function draftFromPlan(plan: FlarePlanSchema | null): FlarePlanDraft {
  return {
    helps: [...(plan?.helps ?? [])],
    helpsOwnWords: plan?.helpsOwnWords ?? '',
    firstDays: plan?.firstDays ?? '',
    stopDoing: plan?.stopDoing ?? '',
    tellWho: plan?.tellWho ?? '',
    tellAsk: plan?.tellAsk ?? '',
    callDoctor: plan?.callDoctor ?? '',
  };
}

/** The fields too long to save, in the order they are asked. */
export function flarePlanProblems(draft: FlarePlanDraft): FlareTextField[] {
  return FLARE_TEXT_FIELDS.filter((field) => draft[field].trim().length > FLARE_PLAN_TEXT_MAX);
}

/** The request body in the form the server stores: words trimmed (empty → null), what helps in the catalog's order. */
export function toPutFlarePlanRequest(draft: FlarePlanDraft): PutFlarePlanRequest {
  return normalizeFlarePlan(draft);
}

/** What tells home that the person is in a flare today. */
export interface FlareSigns {
  pacingMode: 'normal' | 'flare' | 'rebuild' | null;
  badDay: boolean;
  checkinsToday: readonly { flare: boolean }[];
}

/** True during a flare: pacing's flare mode, a bad day, or a check-in today marked flare (CLINICAL.md §3). */
export function isDuringFlare(signs: FlareSigns): boolean {
  return signs.pacingMode === 'flare' || signs.badDay || signs.checkinsToday.some((c) => c.flare);
}
