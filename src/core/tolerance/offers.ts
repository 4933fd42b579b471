/**
 * Which tolerance tests to offer: the aerobic activities a person does — in this week's plan, or
 * with a pacing quota — that have no baseline yet, each with the gentlest exercise of it the
 * person can do. Pacing only takes a test in its normal mode (not during a flare or its rebuild),
 * so nothing is offered then; nor while the plan waits for a clinician (a referral, or the
 * clearance plan of breathing and gentle stretching, CLINICAL.md §1).
 */
import type { PacingMode } from '../pacing/activity.js';

/** What an offer needs to know of a library exercise. */
export interface OfferExercise {
  id: string;
  pillar: string;
  /** The liked activity it belongs to; aerobic work without one is `aerobic:other` in pacing. */
  activity: string | null;
  level: number;
  positions: readonly string[];
}

/** What an offer needs to know of a pacing quota. */
export interface OfferQuota {
  activity: string;
  baseline?: number;
  /** The name pacing gives it: "Walking". */
  label: string;
}

/** The person's pacing, their week's exercise ids and the library's aerobic exercises. */
export interface OfferInput {
  mode: PacingMode;
  /** True while the plan is a referral or the clearance plan: no aerobic work until a clinician's go-ahead. */
  awaitingClinician: boolean;
  quotas: readonly OfferQuota[];
  plannedExerciseIds: readonly string[];
  exercises: readonly OfferExercise[];
}

/** One test to offer: the pacing key, pacing's name for it when it has one, and the exercise to log. */
export interface ToleranceOffer {
  activity: string;
  /** `walking`, `cycling`, … `other`: the part after `aerobic:`, for a URL and for words. */
  kind: string;
  label: string | null;
  exerciseId: string;
  /** True when that exercise is done sitting (chair marching for walking), so the words fit it. */
  seated: boolean;
}

/** The pacing key of an aerobic exercise (the rule of core/pacing/activity.ts `activityKeyOf`). */
export function aerobicKeyOf(exercise: OfferExercise): string {
  return `aerobic:${exercise.activity ?? 'other'}`;
}

/** The tests to offer, in the order the activities first appear in the week, then in pacing. */
export function toleranceOffers(input: OfferInput): ToleranceOffer[] {
  if (input.mode !== 'normal' || input.awaitingClinician) return [];
  const aerobic = input.exercises.filter((e) => e.pillar === 'aerobic');
  const byId = new Map(aerobic.map((e) => [e.id, e]));
  const planned = input.plannedExerciseIds.flatMap((id) => byId.get(id) ?? []);
  const quotas = new Map(input.quotas.map((q) => [q.activity, q]));
  const activities = [
    ...new Set([...planned.map(aerobicKeyOf), ...input.quotas.map((q) => q.activity)]),
  ].filter((a) => a.startsWith('aerobic:') && quotas.get(a)?.baseline === undefined);
  return activities.flatMap((activity) => {
    // Exercises in the plan are ones the person can do; otherwise the library's gentlest.
    const exercise = gentlest(planned, activity) ?? gentlest(aerobic, activity);
    if (!exercise) return [];
    const kind = activity.slice('aerobic:'.length);
    const seated = !exercise.positions.some((p) => p === 'standing' || p === 'aquatic');
    return [{ activity, kind, label: quotas.get(activity)?.label ?? null, exerciseId: exercise.id, seated }];
  });
}

/** The offer for a `kind` (`walking`), if there is one. */
export function offerOfKind(offers: readonly ToleranceOffer[], kind: string): ToleranceOffer | null {
  return offers.find((offer) => offer.kind === kind) ?? null;
}

function gentlest(exercises: readonly OfferExercise[], activity: string): OfferExercise | null {
  let best: OfferExercise | null = null;
  for (const exercise of exercises) {
    if (aerobicKeyOf(exercise) !== activity) continue;
    if (!best || exercise.level < best.level) best = exercise;
  }
  return best;
}
