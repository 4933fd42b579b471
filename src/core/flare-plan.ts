/**
 * A flare plan of the person's own (issue 14), written in a few guided steps: what helps, what
 * they do on days 1-3, what they stop doing, who they tell and what they ask of them, and when they
 * call a doctor (Pacewise lists the red flags of CLINICAL.md §1 beside their own words).
 */
import { RELIEF_KINDS, type ReliefKind } from './journal/detail.js';

export const FLARE_PLAN_TEXT_MAX = 600;

export interface FlarePlan {
  /** What helps me, picked from the relief list. */
  helps: ReliefKind[];
  /** What helps me, in my own words. */
  helpsOwnWords: string | null;
  /** What I do on days 1 to 3. */
  firstDays: string | null;
  /** What I stop doing (for now). */
  stopDoing: string | null;
  /** Who I tell. */
  tellWho: string | null;
  /** What I ask of them. */
  tellAsk: string | null;
  /** When I call a doctor, in my own words, beside the red flags the app lists. */
  callDoctor: string | null;
}

/** True when nothing was written or picked. */
export function isEmptyFlarePlan(plan: FlarePlan): boolean {
  return plan.helps.length === 0 && [plan.helpsOwnWords, plan.firstDays, plan.stopDoing, plan.tellWho, plan.tellAsk, plan.callDoctor].every((t) => !t);
}

/** The plan as stored (by the route and by an import): what helps in the list's order, words trimmed, blank words as none. */
export function normalizeFlarePlan(plan: FlarePlan): FlarePlan {
  const words = (text: string | null) => text?.trim() || null;
  return {
    helps: RELIEF_KINDS.filter((kind) => plan.helps.includes(kind)),
    helpsOwnWords: words(plan.helpsOwnWords),
    firstDays: words(plan.firstDays),
    stopDoing: words(plan.stopDoing),
    tellWho: words(plan.tellWho),
    tellAsk: words(plan.tellAsk),
    callDoctor: words(plan.callDoctor),
  };
}
