/** The person's week and pacing; before the intake is finished there is neither. */
import type { MyPlanResponse, PacingResponse } from '../../contract/plan.js';
import { isApiError } from '../api/api-error.js';
import { callApi } from '../api/client.js';
import { fetchProfile } from './useProfile.js';
import { useQuery } from './useQuery.js';

/** What a page shows: the answer, or the intake prompt (with whether a draft is waiting). */
export type NeedsProfile<T> = { kind: 'ready'; data: T } | { kind: 'noProfile'; hasDraft: boolean };

/**
 * Runs `load`; a 404 means "no profile yet" only when there really is none (a 404 for another
 * reason stays an error).
 */
async function loadOrIntake<T>(load: () => Promise<T>): Promise<NeedsProfile<T>> {
  try {
    return { kind: 'ready', data: await load() };
  } catch (error) {
    if (!isApiError(error) || error.status !== 404) throw error;
    const [profile, draft] = await Promise.all([fetchProfile(), callApi('getIntakeDraft')]);
    if (profile) throw error;
    return { kind: 'noProfile', hasDraft: draft.draft !== null };
  }
}

/** This week's plan with pacing applied, today, and whether today is marked a bad day. */
export function useMyPlan() {
  return useQuery('my-plan', () => loadOrIntake<MyPlanResponse>(() => callApi('getMyPlan')));
}

/** Pacing: the mode, the current amounts, and every change with its reason. */
export function usePacing() {
  return useQuery('pacing', () => loadOrIntake<PacingResponse>(() => callApi('getPacing')));
}
