/**
 * The tolerance tests a person may take: their pacing, this week's plan and the aerobic part of
 * the library, read together and sorted by the core rule. Before the intake there are none.
 */
import type { PacingMode } from '../../../core/pacing/activity.js';
import { toleranceOffers, type ToleranceOffer } from '../../../core/tolerance/offers.js';
import type { MyPlanResponse } from '../../../contract/plan.js';
import { isApiError } from '../../api/api-error.js';
import { callApi } from '../../api/client.js';
import { fetchExerciseList } from '../../hooks/useExercises.js';
import { useQuery } from '../../hooks/useQuery.js';

/** The offers, and pacing's mode (no test is offered outside the normal mode). */
export interface StartingPointOffers {
  mode: PacingMode;
  awaitingClinician: boolean;
  offers: ToleranceOffer[];
}

/** True for a referral, or the clearance plan of breathing and gentle stretching. */
function awaitsClinician(plan: MyPlanResponse['plan']): boolean {
  return plan.status === 'refer' || plan.reasons.some((reason) => reason.code === 'clearance_needed');
}

/** Every exercise id of the week's sessions. */
function plannedIds(plan: MyPlanResponse['plan']): string[] {
  if (plan.status !== 'ok') return [];
  return plan.days.flatMap((day) => day.sessions.flatMap((s) => s.items.map((i) => i.exerciseId)));
}

/** Loads what the offers need; a missing profile (404) means no offers yet. */
export async function loadStartingPointOffers(): Promise<StartingPointOffers> {
  try {
    const [pacing, week, exercises] = await Promise.all([
      callApi('getPacing'),
      callApi('getMyPlan'),
      fetchExerciseList({ pillar: 'aerobic' }),
    ]);
    const awaitingClinician = awaitsClinician(week.plan);
    const offers = toleranceOffers({
      ...{ mode: pacing.mode, quotas: pacing.quotas, exercises, awaitingClinician },
      plannedExerciseIds: plannedIds(week.plan),
    });
    return { mode: pacing.mode, awaitingClinician, offers };
  } catch (error) {
    if (isApiError(error) && error.status === 404) return { mode: 'normal', awaitingClinician: false, offers: [] };
    throw error;
  }
}

/** The offers for a page. */
export function useStartingPointOffers() {
  return useQuery('starting-point-offers', loadStartingPointOffers);
}
