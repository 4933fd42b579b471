/**
 * Swapping one exercise of the week for another that fits (issue 15): the alternatives the
 * person may choose from, and the week with a swap applied to every day. An alternative is of
 * the same pillar, shares a body region with the exercise it replaces (when that has one), is
 * no harder, and is allowed for the person exactly as the planner allows it: their positions,
 * limbs, equipment and conditions, the safety screen's hold and a clinician's excludes.
 */
import type { Exercise, Position } from '../library/exercise.js';
import type { PainArea } from '../profile.js';
import { chainRootOf } from '../pacing/activity.js';
import { resolvePrescription } from '../prescription/resolve.js';
import { assessPlanSafety } from '../safety-review.js';
import { needsPool } from './aerobic.js';
import { buildMindBodyItem, buildRepsItem, buildStretchItem, buildTimedItem, sumSessionMinutes } from './dosing.js';
import { allowedPositions, canSitOrLie, eligibilityFor, isClearanceSafe, needsSeatedWork } from './eligibility.js';
import type { PlanItem, PlannerInput, WeekPlan } from './plan.js';
import { sumWeeklyMinutes, withPrescription } from './index.js';

/** One exercise swapped for another for the rest of the week. */
export interface Swap {
  from: string;
  to: string;
}

/** Why an exercise may or may not be in this person's week now. */
export type Suitability = 'allowed' | 'held_safety' | 'held_clinician' | 'unsuitable';

/** How the planner judges exercises for one person this week. */
export interface SwapJudge {
  byId: ReadonlyMap<string, Exercise>;
  judge: (exercise: Exercise) => Suitability;
  positions: ReadonlySet<Position>;
  painAreas: readonly PainArea[];
  age: number | undefined;
}

/** One exercise the person may swap in, and why it fits. */
export interface SwapAlternative {
  exerciseId: string;
  /** The body regions it shares with the exercise it replaces. */
  sharedRegions: PainArea[];
  /** The positions it is done in that the person can take. */
  positions: Position[];
}

/** A week as the planner gives it, or as it is shown with reasons of why it changed. */
export type WeekLike = Omit<WeekPlan, 'reasons'>;

/** The most alternatives offered at once: a short list to choose from, not a catalogue. */
export const MAX_ALTERNATIVES = 6;

/**
 * The judge of the planner's own eligibility for this input: what the person can do, then the
 * clinician's excludes, then the safety screen's hold (clearance, stop signs, seated work).
 */
export function judgeSwaps(given: PlannerInput): SwapJudge {
  const input = withPrescription(given);
  const clearance = assessPlanSafety(input.profile.safety, input).status === 'clearance_needed';
  const seated = needsSeatedWork(input.profile, clearance, input);
  const excluded = resolvePrescription(input.prescription).excluded;
  const isEligible = eligibilityFor(input.profile);
  const judge = (e: Exercise): Suitability => {
    if (e.source?.kind === 'custom' || e.retired === true || !isEligible(e)) return 'unsuitable';
    if (excluded.has(e.id)) return 'held_clinician';
    if ((clearance && !isClearanceSafe(e)) || (seated && !canSitOrLie(e))) return 'held_safety';
    return 'allowed';
  };
  const byId = new Map(input.exercises.map((e) => [e.id, e]));
  return { byId, judge, positions: allowedPositions(input.profile), painAreas: input.profile.painAreas, age: input.profile.age };
}

/** The exercises the person may swap `fromId` for this week, best fit first; none for a clinician's include. */
export function listSwapAlternatives(plan: WeekLike, fromId: string, judge: SwapJudge, limit = MAX_ALTERNATIVES): SwapAlternative[] {
  const from = judge.byId.get(fromId);
  const items = itemsOf(plan);
  if (!from || items.every((item) => item.exerciseId !== fromId) || items.some((i) => i.exerciseId === fromId && i.prescribed)) return [];
  const inWeek = new Set(items.map((item) => item.exerciseId));
  const fromRoot = chainRootOf(from, judge.byId).id;
  return [...judge.byId.values()]
    .filter((e) => fitsInPlaceOf(e, from, judge) && !inWeek.has(e.id) && chainRootOf(e, judge.byId).id !== fromRoot)
    .map((e) => ({ exercise: e, shared: e.regions.filter((r) => from.regions.includes(r)) }))
    .sort((a, b) => scoreOf(b, judge) - scoreOf(a, judge) || a.exercise.level - b.exercise.level || a.exercise.name.localeCompare(b.exercise.name))
    .slice(0, limit)
    .map(({ exercise, shared }) => ({ exerciseId: exercise.id, sharedRegions: shared, positions: exercise.positions.filter((p) => judge.positions.has(p)) }));
}

/** True when `candidate` may stand in for `from`: same pillar, a shared region, no harder, in or out of water alike, allowed. */
export function fitsInPlaceOf(candidate: Exercise, from: Exercise, judge: SwapJudge): boolean {
  if (candidate.id === from.id || candidate.pillar !== from.pillar || candidate.level > from.level) return false;
  if (from.regions.length > 0 && !candidate.regions.some((r) => from.regions.includes(r))) return false;
  return needsPool(candidate) === needsPool(from) && judge.judge(candidate) === 'allowed';
}

function scoreOf(entry: { exercise: Exercise; shared: PainArea[] }, judge: SwapJudge): number {
  const forPain = entry.exercise.regions.filter((r) => judge.painAreas.includes(r)).length;
  return entry.shared.length * 2 + forPain;
}

/** The week with `swap` applied on every day: the new exercise at a dose like the old one's. */
export function applySwap<W extends WeekLike>(plan: W, swap: Swap, judge: SwapJudge): W {
  const to = judge.byId.get(swap.to);
  if (!to) return plan;
  const days = plan.days.map((day) => ({
    ...day,
    sessions: day.sessions.map((session) => {
      if (!session.items.some((item) => item.exerciseId === swap.from)) return session;
      const replaced = session.items.map((item) => (item.exerciseId === swap.from && !item.prescribed ? doseLike(item, to, judge.age) : item));
      const items = replaced.filter((item, index) => replaced.findIndex((other) => other.exerciseId === item.exerciseId) === index);
      return { ...session, items, minutes: sumSessionMinutes(items) };
    }),
  }));
  return { ...plan, days, weeklyMinutes: sumWeeklyMinutes(days) };
}

// The same kind of dose: a stretch's holds for the person's age, a strength item's sets and reps,
// an activity's minutes, a practice's own length.
function doseLike(item: PlanItem, to: Exercise, age: number | undefined): PlanItem {
  switch (item.pillar) {
    case 'stretching':
      return buildStretchItem(to, age);
    case 'strengthening':
      return buildRepsItem(to, item.sets ?? 1, item.reps ?? 8);
    case 'aerobic':
      return buildTimedItem(to, item.minutes ?? item.estimatedMinutes);
    case 'mind_body':
      return buildMindBodyItem(to);
  }
}

/** Every item of the week, day by day. */
export function itemsOf(plan: WeekLike): PlanItem[] {
  return plan.days.flatMap((day) => day.sessions.flatMap((session) => session.items));
}
